"use client";

import { TextAreaField } from "@/components/ui/field";
import { FileInput } from "../file-input";
import { FormShell, usePortalForm, type FormAction } from "../form-shell";
import { errorsOf } from "./field-errors";

export function ReopenForm({ action, caseId, version }: { action: FormAction; caseId: string; version: number }) {
  const form = usePortalForm(action);
  const { view } = form;
  return (
    <FormShell id="reopen" form={form} caseId={caseId} version={version} submitLabel="Send my petition">
      <TextAreaField name="newEvidence" label="What is the new evidence, and how could it change the outcome?" rows={8} defaultValue={view.value("newEvidence")} error={view.fieldError("newEvidence")} />
      <TextAreaField
        name="whyNotAvailableBefore"
        label="Why was it not available before the decision?"
        rows={5}
        defaultValue={view.value("whyNotAvailableBefore")}
        error={view.fieldError("whyNotAvailableBefore")}
      />
      <FileInput name="files" label="The new evidence" errors={errorsOf(form.state, "files")} />
    </FormShell>
  );
}
