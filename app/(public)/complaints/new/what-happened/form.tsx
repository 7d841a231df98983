"use client";

import { StepShell, useStepForm } from "@/components/intake/step-form";
import { CharacterCount } from "@/components/ui/character-count";
import { DateInput } from "@/components/ui/date-input";
import { SelectField } from "@/components/ui/select-field";
import { US_STATES } from "@/lib/domain/intake/places";
import { HARM_MAX, NARRATIVE_MAX, PRACTICE_SETTINGS } from "@/lib/domain/intake/what-happened";
import { saveStepAction } from "../actions";

export function WhatHappenedForm({ defaults, returnToCheck }: { defaults: Record<string, string>; returnToCheck: boolean }) {
  const { state, formAction, pending, view } = useStepForm(saveStepAction, defaults);
  const { value, fieldError, values } = view;
  return (
    <StepShell step="what-happened" state={state} formAction={formAction} pending={pending} returnToCheck={returnToCheck} errors={view.errors}>
      <DateInput
        name="conductFrom"
        legend="When did it happen, or start to happen?"
        hint="For example, 27 3 2025. If you are not sure of the day, give the first of the month."
        values={values}
        error={fieldError("conductFrom")}
      />
      <DateInput name="conductTo" legend="If it went on over time, when did it stop? (optional)" values={values} error={fieldError("conductTo")} />
      <DateInput
        name="learnedAt"
        legend="When did you find out about it?"
        hint="Complaints are normally made within a year of finding out. You can still complain after that: the Committee Chair decides whether to accept it."
        values={values}
        error={fieldError("learnedAt")}
      />
      <SelectField
        name="settingRegion"
        label="Which state did it happen in? (optional)"
        defaultValue={value("settingRegion")}
        error={fieldError("settingRegion")}
        options={[{ value: "", label: "Select a state" }, ...US_STATES.map(([code, name]) => ({ value: code, label: name }))]}
      />
      <SelectField
        name="practiceSetting"
        label="Where was the case manager working? (optional)"
        defaultValue={value("practiceSetting")}
        error={fieldError("practiceSetting")}
        options={[{ value: "", label: "Select a setting" }, ...PRACTICE_SETTINGS.map((setting) => ({ value: setting, label: setting }))]}
      />
      <CharacterCount
        name="narrative"
        label="Describe what happened"
        hint="Say what the case manager did or did not do, when, and who was involved. Do not include medical records here: you can upload documents later."
        maxLength={NARRATIVE_MAX}
        rows={10}
        defaultValue={value("narrative")}
        error={fieldError("narrative")}
      />
      <CharacterCount
        name="harm"
        label="How has this affected you or others? (optional)"
        maxLength={HARM_MAX}
        rows={4}
        defaultValue={value("harm")}
        error={fieldError("harm")}
      />
    </StepShell>
  );
}
