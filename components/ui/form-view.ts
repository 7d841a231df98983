import type { FormState } from "@/lib/domain/form-state";
import { summaryErrors, type SummaryError } from "./field-id";

/** What a form renders from its action's state: summary errors, typed values, one error per field. */
export function formView(state: FormState, defaults: Record<string, string> = {}) {
  const isError = state.status === "error";
  const errors: SummaryError[] = isError ? summaryErrors(state.fieldErrors) : [];
  const values: Record<string, string> = isError ? { ...defaults, ...(state.values ?? {}) } : defaults;
  return {
    errors,
    values,
    value: (name: string) => values[name] ?? "",
    fieldError: (name: string) => (isError ? state.fieldErrors?.[name]?.[0] : undefined),
  };
}
