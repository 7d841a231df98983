"use client";

import { Checkboxes } from "@/components/ui/checkboxes";
import { TextAreaField } from "@/components/ui/field";
import { APPEAL_GROUNDS, APPEAL_GROUND_INFO } from "@/lib/domain/appeal-grounds";
import { FileInput } from "../file-input";
import { FormShell, usePortalForm, type FormAction } from "../form-shell";
import { errorsOf } from "./field-errors";

const OPTIONS = APPEAL_GROUNDS.map((ground) => ({ value: ground, label: APPEAL_GROUND_INFO[ground].label, hint: APPEAL_GROUND_INFO[ground].description }));

export function AppealForm({ action, caseId, version }: { action: FormAction; caseId: string; version: number }) {
  const form = usePortalForm(action);
  const { view } = form;
  const chosen = view.value("grounds").split("\n").filter(Boolean);
  return (
    <FormShell id="appeal" form={form} caseId={caseId} version={version} submitLabel="File my appeal">
      <Checkboxes
        name="grounds"
        legend="Grounds of appeal"
        hint="Choose every ground that applies. The appeal is decided on the record: new evidence belongs in a petition to reopen."
        options={OPTIONS}
        defaultValues={chosen}
        error={view.fieldError("grounds")}
      />
      <TextAreaField
        name="statement"
        label="Your statement"
        hint="Explain each ground you chose, pointing to the parts of the decision and the record you rely on."
        rows={12}
        defaultValue={view.value("statement")}
        error={view.fieldError("statement")}
      />
      <FileInput name="files" label="Supporting documents (optional)" errors={errorsOf(form.state, "files")} />
    </FormShell>
  );
}
