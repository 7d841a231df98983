"use client";

import { useActionState, type ReactNode } from "react";
import { Honeypot } from "@/components/intake/honeypot";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { summaryErrors } from "@/components/ui/field-id";
import { IDLE } from "@/lib/domain/form-state";
import { submitComplaintAction } from "../actions";

/**
 * The one "Submit complaint" button. The hidden key is the draft's idempotency key: a double click,
 * a resubmitted page or a retry after a lost connection files one complaint.
 */
export function SubmitForm({ idempotencyKey, complete, children }: { idempotencyKey: string; complete: boolean; children: ReactNode }) {
  const [state, action, pending] = useActionState(submitComplaintAction, IDLE);
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message || undefined} errors={summaryErrors(state.fieldErrors)} /> : null}
      {children}
      <form action={action} noValidate>
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <Honeypot />
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Submit complaint"}
        </Button>
        {!complete ? <p className="mt-2 text-slate-700">Some questions above still need an answer before you can send the complaint.</p> : null}
      </form>
    </>
  );
}
