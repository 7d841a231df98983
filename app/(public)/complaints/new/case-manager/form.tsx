"use client";

import { StepShell, useStepForm } from "@/components/intake/step-form";
import { TextAreaField, TextField } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";
import { NOT_LISTED } from "@/lib/domain/intake/case-manager";
import { saveStepAction } from "../actions";
import type { RegistryChoice } from "../../registry-choice";

type Props = { defaults: Record<string, string>; candidates: RegistryChoice[]; returnToCheck: boolean };

export function CaseManagerForm({ defaults, candidates, returnToCheck }: Props) {
  const { state, formAction, pending, view } = useStepForm(saveStepAction, defaults);
  const { value, fieldError } = view;
  const describe = (
    <>
      <TextField name="name" label="Their full name" autoComplete="off" spellCheck={false} defaultValue={value("name")} error={fieldError("name")} />
      <TextField
        name="ccmNumber"
        label="Their CCM number, if you know it (optional)"
        autoComplete="off"
        spellCheck={false}
        defaultValue={value("ccmNumber")}
        error={fieldError("ccmNumber")}
      />
    </>
  );
  return (
    <StepShell step="case-manager" state={state} formAction={formAction} pending={pending} returnToCheck={returnToCheck} errors={view.errors}>
      {candidates.length > 0 ? (
        <Radios
          name="match"
          legend="Which case manager is it?"
          defaultValue={value("match") || (candidates.length === 1 ? candidates[0]!.number : undefined)}
          error={fieldError("match")}
          options={[
            ...candidates.map((candidate) => ({
              value: candidate.number,
              label: (
                <>
                  <strong>{candidate.name}</strong>, CCM {candidate.number}
                </>
              ),
              hint: `${candidate.statusLabel}. ${candidate.scope}`,
            })),
            {
              value: NOT_LISTED,
              label: "None of these: I will describe them",
              hint: "Fill in their name below.",
              conditional: describe,
            },
          ]}
        />
      ) : (
        <fieldset className="space-y-6">
          <legend className="mb-2 text-xl font-semibold">Or describe them</legend>
          <input type="hidden" name="match" value={NOT_LISTED} />
          {describe}
        </fieldset>
      )}
      <TextField name="employer" label="Where do they work? (optional)" hint="The employer or organisation." defaultValue={value("employer")} error={fieldError("employer")} />
      <TextField name="location" label="Town or city and state where they work (optional)" defaultValue={value("location")} error={fieldError("location")} />
      <TextAreaField
        name="contact"
        label="Their contact details, if you know them (optional)"
        rows={2}
        defaultValue={value("contact")}
        error={fieldError("contact")}
      />
    </StepShell>
  );
}
