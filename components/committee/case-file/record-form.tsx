"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formView } from "@/components/ui/form-view";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import type { FormViewLike } from "../event-forms/types";

type Action = (previous: FormState, form: FormData) => Promise<FormState>;

/** A small record-keeping form on the case file (note, message, declaration, ruling…). */
export function RecordForm({
  id,
  action,
  caseId,
  submitLabel,
  fields,
  danger = false,
  closed,
}: {
  id: string;
  action: Action;
  caseId: string;
  submitLabel: string;
  fields: (view: FormViewLike) => ReactNode;
  danger?: boolean;
  /** Shown instead of the form once there is nothing left to do, keeping the last result's message. */
  closed?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const view = formView(state);
  const key = state.status === "error" ? JSON.stringify(state.values ?? {}) : state.status;
  return (
    <div className="space-y-3">
      {state.status === "error" ? <ErrorSummary id={`${id}-errors`} message={state.message} errors={view.errors} /> : null}
      {state.status === "success" && state.message ? <NoticeBanner title={state.message} /> : null}
      {closed ?? (
        <form key={key} action={formAction} className="space-y-4" noValidate>
          <input type="hidden" name="caseId" value={caseId} />
          {fields(view)}
          <Button type="submit" variant={danger ? "danger" : "secondary"} disabled={pending}>
            {pending ? "Saving…" : submitLabel}
          </Button>
        </form>
      )}
    </div>
  );
}
