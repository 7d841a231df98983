import type { ReactNode } from "react";
import { fieldId } from "./field-id";

type Props = {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  values: Record<string, string>;
};

const PARTS = [
  { part: "day", label: "Day", width: "w-16", maxLength: 2 },
  { part: "month", label: "Month", width: "w-16", maxLength: 2 },
  { part: "year", label: "Year", width: "w-24", maxLength: 4 },
] as const;

/** GOV.UK date input: day, month and year as three numeric text fields (`<name>-day` …). */
export function DateInput({ name, legend, hint, error, values }: Props) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`space-y-2 ${error ? "border-l-4 border-danger pl-3" : ""}`} aria-describedby={described} role="group">
      <legend className="mb-1 font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
      <div className="flex gap-4">
        {PARTS.map(({ part, label, width, maxLength }, index) => {
          const inputId = index === 0 ? id : `${id}-${part}`;
          return (
            <div key={part} className="space-y-1">
              <label htmlFor={inputId} className="block">
                {label}
              </label>
              <input
                id={inputId}
                name={`${name}-${part}`}
                inputMode="numeric"
                maxLength={maxLength}
                defaultValue={values[`${name}-${part}`] ?? ""}
                aria-invalid={error ? true : undefined}
                className={`block ${width} rounded-none border-2 border-slate-800 px-2 py-2 text-base aria-[invalid=true]:border-danger`}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
