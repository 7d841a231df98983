"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { formView } from "@/components/ui/form-view";
import { IDLE, type FormState } from "@/lib/domain/form-state";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A portal form's action state and the values to refill it with after an error. */
export function usePortalForm(action: FormAction, defaults: Record<string, string> = {}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return { state, formAction, pending, view: formView(state, defaults) };
}

type ShellProps = {
  /** Distinct per form on a page: names the error summary. */
  id: string;
  form: ReturnType<typeof usePortalForm>;
  caseId: string;
  /** The case version the page showed: the server refuses the action if the case changed since. */
  version: number;
  submitLabel: string;
  children: ReactNode;
  variant?: "primary" | "secondary" | "danger";
};

/**
 * One portal form: its error summary (focused when it appears, each message linked to its field),
 * the case and version it acts on, the fields and one submit button. A plain POST without
 * JavaScript; the server action redirects to the case page when it succeeds.
 */
export function FormShell({ id, form, caseId, version, submitLabel, children, variant = "primary" }: ShellProps) {
  const { state, formAction, pending, view } = form;
  return (
    <div>
      {state.status === "error" ? <ErrorSummary id={`${id}-errors`} message={state.message || undefined} errors={view.errors} /> : null}
      <form action={formAction} className="space-y-6" noValidate>
        <input type="hidden" name="caseId" value={caseId} />
        <input type="hidden" name="expectedVersion" value={version} />
        {children}
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? "Sending…" : submitLabel}
        </Button>
      </form>
    </div>
  );
}
