"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { fieldId } from "@/components/ui/field-id";
import { TextAreaField, TextField } from "@/components/ui/field";
import { formView } from "@/components/ui/form-view";
import { NoticeBanner } from "@/components/ui/notice-banner";
import { SelectField } from "@/components/ui/select-field";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import { legalHoldAction, runPurgeAction } from "./actions";

export function LegalHoldForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(legalHoldAction, IDLE);
  const view = formView(state, { hold: "on" });
  return (
    <>
      {state.status === "error" ? <ErrorSummary id="hold-errors" message={state.message} errors={view.errors} /> : null}
      {state.status === "success" ? <NoticeBanner title={state.message ?? "Saved"} /> : null}
      <form action={action} className="space-y-4" noValidate key={view.key}>
        <TextField name="reference" label="Case reference" hint="For example EPC-2026-0001." spellCheck={false} defaultValue={view.value("reference")} error={view.fieldError("reference")} />
        <SelectField
          name="hold"
          label="Legal hold"
          options={[
            { value: "on", label: "Place a legal hold" },
            { value: "off", label: "Release the legal hold" },
          ]}
          defaultValue={view.value("hold")}
          error={view.fieldError("hold")}
        />
        <TextAreaField name="reason" label="Reason" hint="Recorded in the case's audit trail." defaultValue={view.value("reason")} error={view.fieldError("reason")} />
        <Button type="submit" variant="secondary" disabled={pending}>
          Save the legal hold
        </Button>
      </form>
    </>
  );
}

export function RunPurgeForm({ due }: { due: number }) {
  const [state, action, pending] = useActionState<FormState, FormData>(runPurgeAction, IDLE);
  const view = formView(state);
  const error = view.fieldError("confirm");
  return (
    <>
      {state.status === "error" ? <ErrorSummary id="purge-errors" message={state.message} errors={view.errors} /> : null}
      {state.status === "success" ? <NoticeBanner title={state.message ?? "Done"} /> : null}
      <form action={action} className="space-y-4" noValidate>
        <div className={`flex items-start gap-3 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
          <input id={fieldId("confirm")} type="checkbox" name="confirm" value="yes" className="mt-1 size-6 accent-brand" aria-describedby={error ? `${fieldId("confirm")}-error` : undefined} />
          <label htmlFor={fieldId("confirm")}>
            I understand that the personal data of these {due} {due === 1 ? "case" : "cases"} will be removed for good. Anonymised statistics and the audit
            log are kept.
          </label>
        </div>
        {error ? (
          <p id={`${fieldId("confirm")}-error`} className="font-semibold text-danger">
            <span className="sr-only">Error: </span>
            {error}
          </p>
        ) : null}
        <Button type="submit" variant="danger" disabled={pending || due === 0}>
          {pending ? "Purging…" : `Purge ${due} ${due === 1 ? "case" : "cases"}`}
        </Button>
      </form>
    </>
  );
}
