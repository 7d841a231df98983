"use client";

import { TextAreaField, TextField } from "@/components/ui/field";
import { ChoiceRadios } from "../choice-radios";
import { ACCEPT_CONFIRMATION } from "@/lib/domain/portal/forms";
import { FormShell, usePortalForm, type FormAction } from "../form-shell";
import { fieldId } from "@/components/ui/field-id";

type Props = { action: FormAction; caseId: string; version: number; canAccept: boolean; canRequestHearing: boolean };

/** Accept the proposed outcome in writing, or ask for a hearing (DOMAIN §3 #15–#16). */
export function ElectionForm({ action, caseId, version, canAccept, canRequestHearing }: Props) {
  const form = usePortalForm(action);
  const { view } = form;
  const waiverError = view.fieldError("waiver");
  const waiverId = fieldId("waiver");
  const options = [
    ...(canAccept
      ? [
          {
            value: "accept",
            label: "I accept the proposed outcome",
            hint: "The proposed outcome becomes the decision at once. You give up your right to a hearing and to appeal.",
            conditional: (
              <div className={`space-y-2 ${waiverError ? "border-l-4 border-danger pl-3" : ""}`}>
                <p className="text-sm text-slate-700">Only if you accept:</p>
                {waiverError ? (
                  <p id={`${waiverId}-error`} className="font-semibold text-danger">
                    <span className="sr-only">Error: </span>
                    {waiverError}
                  </p>
                ) : null}
                <div className="flex items-start gap-3">
                  <input
                    id={waiverId}
                    type="checkbox"
                    name="waiver"
                    value={ACCEPT_CONFIRMATION}
                    defaultChecked={view.value("waiver") === ACCEPT_CONFIRMATION}
                    aria-describedby={waiverError ? `${waiverId}-error` : undefined}
                    className="mt-1 size-6 shrink-0 accent-brand"
                  />
                  <label htmlFor={waiverId}>
                    I understand that by accepting I give up my right to a hearing and my right to appeal, and that the outcome becomes final.
                  </label>
                </div>
              </div>
            ),
          },
        ]
      : []),
    ...(canRequestHearing
      ? [{ value: "hearing", label: "I ask for a hearing", hint: "A panel of Committee members will hear the case and decide it. You may bring a representative at your own expense." }]
      : []),
  ];
  return (
    <FormShell id="election" form={form} caseId={caseId} version={version} submitLabel="Send my decision">
      <ChoiceRadios name="choice" legend="What do you want to do?" options={options} defaultValue={view.value("choice")} error={view.fieldError("choice")} />
      <TextField
        name="signedName"
        label="Your full name, as your signature"
        autoComplete="name"
        defaultValue={view.value("signedName")}
        error={view.fieldError("signedName")}
      />
      <TextAreaField name="statement" label="Anything you want to add (optional)" rows={5} defaultValue={view.value("statement")} error={view.fieldError("statement")} />
    </FormShell>
  );
}
