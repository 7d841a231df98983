import type { ReactNode } from "react";
import { fieldId } from "@/components/ui/field-id";

export type Choice = { value: string; label: string; hint?: string; conditional?: ReactNode };

/**
 * A question answered by one choice: a fieldset whose legend asks it; the first radio carries the
 * id the error summary links to. Conditional content sits under its choice and is always shown
 * (so it works without JavaScript).
 */
export function ChoiceRadios({ name, legend, options, defaultValue, error }: { name: string; legend: string; options: readonly Choice[]; defaultValue?: string; error?: string }) {
  const id = fieldId(name);
  return (
    <fieldset className={`space-y-3 ${error ? "border-l-4 border-danger pl-3" : ""}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-lg font-semibold">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      {options.map((option, index) => {
        const radioId = index === 0 ? id : `${id}-${option.value}`;
        const hintId = option.hint ? `${radioId}-hint` : undefined;
        return (
          <div key={option.value}>
            <div className="flex items-start gap-3">
              <input
                id={radioId}
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={defaultValue === option.value}
                aria-describedby={hintId}
                className="mt-0.5 size-7 shrink-0 accent-brand"
              />
              <label htmlFor={radioId} className="min-h-7 pt-0.5">
                {option.label}
                {option.hint ? (
                  <span id={hintId} className="block text-sm text-slate-700">
                    {option.hint}
                  </span>
                ) : null}
              </label>
            </div>
            {option.conditional ? <div className="ml-3.5 mt-3 space-y-4 border-l-4 border-slate-400 pl-6">{option.conditional}</div> : null}
          </div>
        );
      })}
    </fieldset>
  );
}
