import type { InputHTMLAttributes, ReactNode } from "react";
import { fieldId } from "./field-id";

type Props = { name: string; label: ReactNode; hint?: ReactNode; errors?: readonly string[] } & InputHTMLAttributes<HTMLInputElement>;

/** A file input with every error about the chosen files listed (each file can fail for its own reason). */
export function FileField({ name, label, hint, errors = [], ...rest }: Props) {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${errors.length ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </div>
      ) : null}
      {errors.length ? (
        <ul id={`${id}-error`} className="space-y-1 font-semibold text-danger">
          {errors.map((error) => (
            <li key={error}>
              <span className="sr-only">Error: </span>
              {error}
            </li>
          ))}
        </ul>
      ) : null}
      <input
        id={id}
        name={name}
        type="file"
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={described}
        className="block w-full max-w-xl border-2 border-dashed border-slate-800 p-2 text-base file:mr-4 file:min-h-11 file:border-0 file:bg-slate-200 file:px-4 file:font-semibold"
        {...rest}
      />
    </div>
  );
}
