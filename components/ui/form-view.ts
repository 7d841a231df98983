import type { FormState } from "@/lib/domain/form-state";
import { summaryErrors, type SummaryError } from "./field-id";

const resultIds = new WeakMap<object, number>();
let nextResultId = 0;

/**
 * A key that changes with every action result. React resets a form after its action and a
 * <select> keeps its first defaultValue, so without a remount the typed choice would be lost on an
 * error; keyed by the result, the form remounts with the values the person typed.
 */
function resultKey(state: FormState): number {
  if (state.status === "idle") return 0;
  let id = resultIds.get(state);
  if (id === undefined) {
    id = (nextResultId += 1);
    resultIds.set(state, id);
  }
  return id;
}

/** What a form renders from its action's state: summary errors, typed values, one error per field. */
export function formView(state: FormState, defaults: Record<string, string> = {}) {
  const isError = state.status === "error";
  const errors: SummaryError[] = isError ? summaryErrors(state.fieldErrors) : [];
  const values: Record<string, string> = isError ? { ...defaults, ...(state.values ?? {}) } : defaults;
  return {
    errors,
    values,
    /** Put on the <form> (with anything else that should remount it, e.g. a record version). */
    key: resultKey(state),
    value: (name: string) => values[name] ?? "",
    fieldError: (name: string) => (isError ? state.fieldErrors?.[name]?.[0] : undefined),
    /** Every message for a field (a file field can fail once per file). */
    fieldErrors: (name: string) => (isError ? (state.fieldErrors?.[name] ?? []) : []),
  };
}
