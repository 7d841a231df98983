import { ACCEPT_ATTRIBUTE, ACCEPTED_TYPES_TEXT, MAX_FILES, MAX_FILE_BYTES, describeSize } from "@/lib/domain/intake/uploads";
import { fieldId } from "@/components/ui/field-id";

/** A multiple-file input with every error about the chosen files listed (the same limits as intake). */
export function FileInput({ name, label, errors = [], hint }: { name: string; label: string; errors?: readonly string[]; hint?: string }) {
  const id = fieldId(name);
  const described = [`${id}-hint`, errors.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`space-y-1 ${errors.length ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint ? `${hint} ` : ""}Up to {MAX_FILES} files, each {describeSize(MAX_FILE_BYTES)} or smaller: {ACCEPTED_TYPES_TEXT}. If the form shows an
        error, choose the files again.
      </p>
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
        multiple
        accept={ACCEPT_ATTRIBUTE}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={described}
        className="block w-full max-w-xl border-2 border-dashed border-slate-800 p-2 text-base file:mr-4 file:min-h-11 file:border-0 file:bg-slate-200 file:px-4 file:font-semibold"
      />
    </div>
  );
}
