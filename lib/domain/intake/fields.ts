import { z } from "zod";
import { hasNoNul, nulMessage } from "../plain-text";

/**
 * Field schemas for the intake forms, with GOV.UK-style messages. Every form value arrives as a
 * string (or a list of strings); blank optional answers become undefined.
 */

export type RawValue = string | string[];
export type RawValues = Record<string, RawValue>;


export function requiredText(missing: string, label: string, max: number) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${label} must be ${max.toLocaleString("en-US")} characters or fewer`)
    .refine(hasNoNul, nulMessage(label));
}

export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString("en-US")} characters or fewer`)
    .refine(hasNoNul, nulMessage(label))
    .optional()
    .transform((value) => (value ? value : undefined));
}

export const EmailSchema = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(320, "Email address must be 320 characters or fewer")
  .pipe(z.email("Enter an email address in the correct format, like name@example.com"))
  .transform((value) => value.toLowerCase());

/** A checkbox: present with value "yes" when ticked. */
export const TickedSchema = z
  .string()
  .optional()
  .transform((value) => value === "yes");

export function requiredTick(message: string) {
  return z.literal("yes", { error: message }).transform(() => true as const);
}

export function yesNo(message: string) {
  return z.enum(["yes", "no"], { error: message }).transform((value) => value === "yes");
}

/** A list of strings from repeated form fields (checkboxes), tolerant of a single value. */
export const StringListSchema = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean));

/** Reads the named fields of a form submission; names in `lists` keep every value. */
export function rawValuesFrom(formData: FormData, names: readonly string[], lists: readonly string[] = []): RawValues {
  const out: RawValues = {};
  for (const name of names) {
    if (lists.includes(name)) {
      out[name] = formData.getAll(name).filter((value): value is string => typeof value === "string");
      continue;
    }
    const value = formData.get(name);
    if (typeof value === "string") out[name] = value;
  }
  return out;
}

/** Form values back as strings for refilling a form (lists joined by newlines, as formValues does). */
export function flatValues(raw: RawValues | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw ?? {})) out[key] = Array.isArray(value) ? value.join("\n") : value;
  return out;
}
