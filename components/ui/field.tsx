import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { fieldId } from "./field-id";

type Common = { name: string; label: ReactNode; hint?: ReactNode; error?: string };

function Describe({ name, hint, error }: { name: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${fieldId(name)}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${fieldId(name)}-error`} className="font-semibold text-danger">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(name: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

const inputClass =
  "block w-full max-w-xl rounded-none border-2 border-slate-800 px-3 py-2 text-base aria-[invalid=true]:border-danger";

export function TextField({ name, label, hint, error, ...rest }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={fieldId(name)} className="block font-semibold">
        {label}
      </label>
      <Describe name={name} hint={hint} error={error} />
      <input
        id={fieldId(name)}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={inputClass}
        {...rest}
      />
    </div>
  );
}

export function TextAreaField({ name, label, hint, error, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={fieldId(name)} className="block font-semibold">
        {label}
      </label>
      <Describe name={name} hint={hint} error={error} />
      <textarea
        id={fieldId(name)}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`${inputClass} min-h-32`}
        {...rest}
      />
    </div>
  );
}
