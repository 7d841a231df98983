"use client";

import { StepShell, useStepForm } from "@/components/intake/step-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Radios } from "@/components/ui/radios";
import { PROCEEDING_LABELS } from "@/lib/domain/intake/lists";
import { PROCEEDING_KINDS } from "@/lib/domain/new-case";
import { saveStepAction } from "../actions";

export function ProceedingsForm({ returnToCheck, hasItems }: { returnToCheck: boolean; hasItems: boolean }) {
  const { state, formAction, pending, view } = useStepForm(saveStepAction, {});
  const { value, fieldError } = view;
  return (
    <StepShell
      step="other-proceedings"
      state={state}
      formAction={formAction}
      pending={pending}
      returnToCheck={returnToCheck}
      errors={view.errors}
      extraButtons={
        <Button type="submit" name="intent" value="add" variant="secondary" disabled={pending}>
          Add this
        </Button>
      }
    >
      <div className="space-y-6">
        <h2 className="text-xl">{hasItems ? "Add another" : "Add one"} (optional)</h2>
        <Radios
          name="kind"
          legend="Where did you report it?"
          defaultValue={value("kind")}
          error={fieldError("kind")}
          options={PROCEEDING_KINDS.map((kind) => ({ value: kind, label: PROCEEDING_LABELS[kind] }))}
        />
        <TextField name="body" label="Name of the organisation (optional)" hint="For example, Ohio Board of Nursing." defaultValue={value("body")} error={fieldError("body")} />
        <TextField name="status" label="Where has it got to? (optional)" hint="For example, open, closed, or a hearing is due." defaultValue={value("status")} error={fieldError("status")} />
        <TextField name="reference" label="Their reference number (optional)" defaultValue={value("reference")} error={fieldError("reference")} />
      </div>
    </StepShell>
  );
}
