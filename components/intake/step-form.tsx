"use client";

import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { type SummaryError } from "@/components/ui/field-id";
import { formView } from "@/components/ui/form-view";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import { Honeypot } from "./honeypot";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A form's action state with the values to refill it (typed values win over saved ones). */
export function useStepForm(action: FormAction, defaults: Record<string, string>) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return { state, formAction, pending, view: formView(state, defaults) };
}

type ShellProps = {
  step: string;
  state: FormState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  returnToCheck: boolean;
  errors: SummaryError[];
  children: ReactNode;
  /** The primary button's words. */
  submitLabel?: string;
  /** Offer "Save and come back later". */
  canSave?: boolean;
  /** Buttons besides Continue that come first in the form (the default action on Enter). */
  extraButtons?: ReactNode;
};

/**
 * One intake question page: the error summary (focused when it appears), the form with the step
 * and return-to-summary markers and the honeypot, then Continue and "Save and come back later".
 * A plain POST without JavaScript; the same server action with it.
 */
export function StepShell({ step, state, formAction, pending, returnToCheck, errors, children, submitLabel = "Continue", canSave = true, extraButtons }: ShellProps) {
  return (
    <>
      {state.status === "error" ? <ErrorSummary message={state.message || undefined} errors={errors} /> : null}
      <form action={formAction} className="space-y-8" noValidate>
        <input type="hidden" name="step" value={step} />
        {returnToCheck ? <input type="hidden" name="return" value="check" /> : null}
        <Honeypot />
        {children}
        <div className="flex flex-wrap items-center gap-4">
          {extraButtons}
          <Button type="submit" name="intent" value="continue" disabled={pending}>
            {submitLabel}
          </Button>
          {canSave ? (
            <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>
              Save and come back later
            </Button>
          ) : null}
        </div>
      </form>
    </>
  );
}
