"use client";

import { StepShell, useStepForm } from "@/components/intake/step-form";
import { fieldId } from "@/components/ui/field-id";
import { saveStepAction } from "../actions";

export type ProvisionGroup = { name: string; provisions: { code: string; title: string; plain: string }[] };

type Props = { groups: ProvisionGroup[]; defaults: Record<string, string>; returnToCheck: boolean };

/** Rules and Standards as plain-language checkboxes, one fieldset per group of the Code. */
export function RulesForm({ groups, defaults, returnToCheck }: Props) {
  const { state, formAction, pending, view } = useStepForm(saveStepAction, defaults);
  const chosen = new Set(view.value("provisions").split("\n").filter(Boolean));
  const error = view.fieldError("provisions");
  const firstCode = groups[0]?.provisions[0]?.code;
  return (
    <StepShell step="rules" state={state} formAction={formAction} pending={pending} returnToCheck={returnToCheck} errors={view.errors}>
      {error ? (
        <p id={`${fieldId("provisions")}-error`} className="font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {groups.map((group) => (
        <fieldset key={group.name} className="space-y-3">
          <legend className="mb-2 text-xl font-semibold">{group.name}</legend>
          {group.provisions.map((provision) => {
            const id = provision.code === firstCode ? fieldId("provisions") : `${fieldId("provisions")}-${provision.code}`;
            return (
              <div key={provision.code} className="flex items-start gap-3">
                <input
                  id={id}
                  type="checkbox"
                  name="provisions"
                  value={provision.code}
                  defaultChecked={chosen.has(provision.code)}
                  aria-describedby={`${id}-hint`}
                  className="mt-0.5 size-7 shrink-0 accent-brand"
                />
                <label htmlFor={id} className="pt-0.5">
                  {provision.plain}
                  <span id={`${id}-hint`} className="block text-sm text-slate-700">
                    {provision.title}
                  </span>
                </label>
              </div>
            );
          })}
        </fieldset>
      ))}
    </StepShell>
  );
}
