"use client";

import { StepShell, useStepForm } from "@/components/intake/step-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { saveStepAction } from "../actions";

export function WitnessesForm({ returnToCheck, hasItems }: { returnToCheck: boolean; hasItems: boolean }) {
  const { state, formAction, pending, view } = useStepForm(saveStepAction, {});
  const { value, fieldError } = view;
  return (
    <StepShell
      step="witnesses"
      state={state}
      formAction={formAction}
      pending={pending}
      returnToCheck={returnToCheck}
      errors={view.errors}
      extraButtons={
        <Button type="submit" name="intent" value="add" variant="secondary" disabled={pending}>
          Add this witness
        </Button>
      }
    >
      <div className="space-y-6">
        <h2 className="text-xl">{hasItems ? "Add another witness" : "Add a witness"} (optional)</h2>
        <TextField name="witnessName" label="Their name" autoComplete="off" defaultValue={value("witnessName")} error={fieldError("witnessName")} />
        <TextField
          name="witnessContact"
          label="How can we contact them? (optional)"
          hint="An email address, phone number or postal address."
          autoComplete="off"
          defaultValue={value("witnessContact")}
          error={fieldError("witnessContact")}
        />
        <TextField
          name="witnessRelation"
          label="How do they know about it? (optional)"
          hint="For example, a nurse on the ward, or my daughter."
          defaultValue={value("witnessRelation")}
          error={fieldError("witnessRelation")}
        />
      </div>
    </StepShell>
  );
}
