"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import { retryNoticeAction } from "./actions";

export function RetryForm({ noticeId }: { noticeId: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(retryNoticeAction, IDLE);
  return (
    <>
      {state.status === "error" ? <ErrorSummary id="retry-errors" message={state.message} errors={[]} /> : null}
      {state.status === "success" ? <NoticeBanner title={state.message ?? "Queued again"} /> : null}
      <form action={action}>
        <input type="hidden" name="noticeId" value={noticeId} />
        <Button type="submit" disabled={pending || state.status === "success"}>
          Send this notice again
        </Button>
      </form>
    </>
  );
}
