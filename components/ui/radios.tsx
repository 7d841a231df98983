import type { ReactNode } from "react";
import { fieldId } from "./field-id";

export type RadioOption = { value: string; label: ReactNode; hint?: ReactNode; conditional?: ReactNode };

type Props = {
  name: string;
  legend: ReactNode;
  options: readonly RadioOption[];
  defaultValue?: string;
  hint?: ReactNode;
  error?: string;
  /** The legend as the page heading (GOV.UK: a question page with one question). */
  legendIsHeading?: boolean;
  inline?: boolean;
};

/**
 * GOV.UK radios: a fieldset whose legend asks the question. The first radio carries the id the
 * error summary links to. `conditional` content sits under its option and is always shown (so it
 * works without JavaScript); its hint says when it applies.
 */
export function Radios({ name, legend, options, defaultValue, hint, error, legendIsHeading, inline }: Props) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`space-y-3 ${error ? "border-l-4 border-danger pl-3" : ""}`} aria-describedby={described}>
      <legend className={legendIsHeading ? "mb-2 text-3xl font-bold tracking-tight" : "mb-1 font-semibold"}>
        {legendIsHeading ? <h1 className="text-3xl font-bold tracking-tight">{legend}</h1> : legend}
      </legend>
      {hint ? (
        <div id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className={inline ? "flex flex-wrap gap-6" : "space-y-3"}>
        {options.map((option, index) => {
          const radioId = index === 0 ? id : `${id}-${option.value}`;
          const hintId = option.hint ? `${radioId}-item-hint` : undefined;
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
      </div>
    </fieldset>
  );
}
