import type { FormState } from "@/lib/domain/form-state";

/** Every message for one field (a file field can fail once per file). */
export function errorsOf(state: FormState, name: string): string[] {
  return state.status === "error" ? (state.fieldErrors?.[name] ?? []) : [];
}
