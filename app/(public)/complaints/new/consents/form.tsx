"use client";

import type { ReactNode } from "react";
import { StepShell, useStepForm } from "@/components/intake/step-form";
import { fieldId } from "@/components/ui/field-id";
import { TextField } from "@/components/ui/field";
import { saveStepAction } from "../actions";

function Tick({ name, label, hint, checked, error }: { name: string; label: ReactNode; hint?: ReactNode; checked: boolean; error?: string }) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          name={name}
          value="yes"
          defaultChecked={checked}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          className="mt-0.5 size-7 shrink-0 accent-brand"
        />
        <label htmlFor={id} className="pt-0.5">
          {label}
          {hint ? (
            <span id={`${id}-hint`} className="block text-sm text-slate-700">
              {hint}
            </span>
          ) : null}
        </label>
      </div>
    </div>
  );
}

type Props = { defaults: Record<string, string>; returnToCheck: boolean; shareIdentity: boolean | null };

export function ConsentsForm({ defaults, returnToCheck, shareIdentity }: Props) {
  const { state, formAction, pending, view } = useStepForm(saveStepAction, defaults);
  const { value, fieldError } = view;
  const ticked = (name: string) => value(name) === "yes";
  return (
    <StepShell step="consents" state={state} formAction={formAction} pending={pending} returnToCheck={returnToCheck} errors={view.errors}>
      <fieldset className="space-y-6">
        <legend className="mb-2 text-xl font-semibold">Sharing information</legend>
        <Tick
          name="releaseOfInformation"
          checked={ticked("releaseOfInformation")}
          error={fieldError("releaseOfInformation")}
          label="I agree that CCMC may share my complaint and the evidence I send with the case manager and with the people who deal with it."
          hint={
            shareIdentity === false
              ? "You asked us not to tell the case manager who you are: we will not share your name or contact details unless the Committee Chair decides it is necessary, and we will tell you first."
              : "The case manager needs to know what the complaint says to be able to respond to it."
          }
        />
        <Tick
          name="healthRecordsAuthorization"
          checked={ticked("healthRecordsAuthorization")}
          error={fieldError("healthRecordsAuthorization")}
          label="I agree that CCMC may ask for health or case records about me (or the person I am complaining for) if the Committee needs them. (optional)"
          hint="We will ask you before getting anything you have not sent us."
        />
        <Tick
          name="confidentiality"
          checked={ticked("confidentiality")}
          error={fieldError("confidentiality")}
          label="I will keep confidential what I learn about the case manager through this process."
        />
      </fieldset>
      <fieldset className="space-y-6">
        <legend className="mb-2 text-xl font-semibold">Declaration</legend>
        <Tick
          name="truthfulnessAttestation"
          checked={ticked("truthfulnessAttestation")}
          error={fieldError("truthfulnessAttestation")}
          label="The information I have given is true and complete to the best of my knowledge."
        />
        <TextField
          name="signedName"
          label="Type your full name to sign"
          hint="This is your electronic signature. We record the date and time you submit."
          autoComplete="name"
          spellCheck={false}
          defaultValue={value("signedName")}
          error={fieldError("signedName")}
        />
      </fieldset>
    </StepShell>
  );
}
