"use client";

import { TextAreaField } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { FileInput } from "../file-input";
import { FormShell, usePortalForm, type FormAction } from "../form-shell";
import { errorsOf } from "./field-errors";

type Props = { action: FormAction; caseId: string; version: number };

export function ChallengeForm({ action, caseId, version, panel }: Props & { panel: readonly { personId: string; name: string }[] }) {
  const form = usePortalForm(action);
  const { view } = form;
  return (
    <FormShell id="challenge" form={form} caseId={caseId} version={version} submitLabel="Send my challenge" variant="secondary">
      <SelectField
        name="memberId"
        label="Panel member you challenge"
        options={[{ value: "", label: "Choose a member" }, ...panel.map((member) => ({ value: member.personId, label: member.name }))]}
        defaultValue={view.value("memberId")}
        error={view.fieldError("memberId")}
      />
      <TextAreaField
        name="grounds"
        label="Why can this member not judge your case fairly?"
        hint="For example a relationship with you or the complainant, a shared or competing employer, a financial interest, or earlier involvement."
        rows={5}
        defaultValue={view.value("grounds")}
        error={view.fieldError("grounds")}
      />
    </FormShell>
  );
}

export function HearingMaterialForm({ action, caseId, version }: Props) {
  const form = usePortalForm(action);
  const { view } = form;
  return (
    <FormShell id="material" form={form} caseId={caseId} version={version} submitLabel="Send to the panel">
      <TextAreaField
        name="statement"
        label="Written statement (optional)"
        hint="You may send a written statement instead of, or as well as, appearing at the hearing."
        rows={10}
        defaultValue={view.value("statement")}
        error={view.fieldError("statement")}
      />
      <FileInput name="exhibits" label="Exhibits (optional)" errors={errorsOf(form.state, "exhibits")} />
    </FormShell>
  );
}

export function PostponementForm({ action, caseId, version }: Props) {
  const form = usePortalForm(action);
  const { view } = form;
  return (
    <FormShell id="postponement" form={form} caseId={caseId} version={version} submitLabel="Ask to postpone the hearing" variant="secondary">
      <TextAreaField
        name="reason"
        label="Why should the hearing be postponed?"
        hint="The Chair postpones a hearing only for good cause. Say what prevents you and from when you could attend."
        rows={5}
        defaultValue={view.value("reason")}
        error={view.fieldError("reason")}
      />
    </FormShell>
  );
}
