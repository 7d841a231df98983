import type { ReactNode } from "react";
import { fieldId } from "./field-id";

type Props = {
  name: string;
  legend: ReactNode;
  options: readonly { value: string; label: string; hint?: string }[];
  defaultValues?: readonly string[];
  hint?: ReactNode;
  error?: string;
};

/** A group of checkboxes sharing a name; the first box carries the id the error summary links to. */
export function Checkboxes({ name, legend, options, defaultValues = [], hint, error }: Props) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={`space-y-2 ${error ? "border-l-4 border-danger pl-3" : ""}`} aria-describedby={described}>
      <legend className="font-semibold">{legend}</legend>
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
      {options.map((option, index) => {
        const boxId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div key={option.value} className="flex items-start gap-3">
            <input
              id={boxId}
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={defaultValues.includes(option.value)}
              className="mt-1 size-6 shrink-0 accent-brand"
            />
            <label htmlFor={boxId}>
              {option.label}
              {option.hint ? <span className="block text-sm text-slate-700">{option.hint}</span> : null}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
