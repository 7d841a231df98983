"use client";

import { TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { FileInput } from "../file-input";
import { FormShell, usePortalForm, type FormAction } from "../form-shell";
import { errorsOf } from "./field-errors";

type Props = { action: FormAction; caseId: string; version: number; conditions: readonly { id: string; label: string }[] };

export function ComplianceForm({ action, caseId, version, conditions }: Props) {
  const form = usePortalForm(action);
  const { view } = form;
  const only = conditions.length === 1 ? conditions[0] : undefined;
  return (
    <FormShell id="compliance" form={form} caseId={caseId} version={version} submitLabel="Send the evidence">
      <SelectField
        name="conditionId"
        label="Which condition does this evidence show is met?"
        options={[...(only ? [] : [{ value: "", label: "Choose a condition" }]), ...conditions.map((c) => ({ value: c.id, label: c.label }))]}
        defaultValue={view.value("conditionId") || only?.id}
        error={view.fieldError("conditionId")}
      />
      <FileInput name="evidence" label="Evidence" hint="For example certificates of completion, reports or receipts." errors={errorsOf(form.state, "evidence")} />
      <TextAreaField name="note" label="Note for the ethics coordinator (optional)" rows={4} defaultValue={view.value("note")} error={view.fieldError("note")} />
    </FormShell>
  );
}
