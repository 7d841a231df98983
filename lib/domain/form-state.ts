import type { z } from "zod";

/** What a form action returns to its form: shared by client components and server actions. */
export type FormState =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      /** Field name → messages; rendered beside each field and in the error summary. */
      fieldErrors?: Record<string, string[]>;
      /** What the person typed, so nothing is lost on an error. */
      values?: Record<string, string>;
      /** An id a person can quote to support when something unexpected failed. */
      reference?: string;
    }
  | { status: "success"; message?: string };

export const IDLE: FormState = { status: "idle" };

/** Field errors from a zod error, first message per path. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** String values of a FormData, files and secrets left out, to refill a form after an error. */
export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  // Own properties only: a field named "toString" or "__proto__" must not read or set Object.prototype's.
  const out = new Map<string, string>();
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || omit.includes(key) || key.startsWith("$ACTION")) continue;
    const previous = out.get(key);
    out.set(key, previous === undefined ? value : `${previous}\n${value}`);
  }
  return Object.fromEntries(out);
}
