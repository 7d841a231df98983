"use client";

import { TextField } from "@/components/ui/field";
import { FormShell, usePortalForm, type FormAction } from "../form-shell";

type Props = { action: FormAction; caseId: string; version: number };

export function RepresentativeForm({ action, caseId, version }: Props) {
  const form = usePortalForm(action);
  const { view } = form;
  return (
    <FormShell id="representative" form={form} caseId={caseId} version={version} submitLabel="Give access to this case">
      <TextField name="name" label="Full name" autoComplete="off" defaultValue={view.value("name")} error={view.fieldError("name")} />
      <TextField
        name="email"
        label="Email address"
        hint="We send a link to this address to set up their account."
        type="email"
        autoComplete="off"
        spellCheck={false}
        defaultValue={view.value("email")}
        error={view.fieldError("email")}
      />
    </FormShell>
  );
}

export function RevokeRepresentativeForm({ action, caseId, version, representativeId, name }: Props & { representativeId: string; name: string }) {
  const form = usePortalForm(action);
  return (
    <FormShell id={`revoke-${representativeId}`} form={form} caseId={caseId} version={version} submitLabel={`Remove ${name}`} variant="secondary">
      <input type="hidden" name="representativeId" value={representativeId} />
    </FormShell>
  );
}
