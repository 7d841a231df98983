import { z } from "zod";
import { CLOCK_FIELDS, LETTERHEAD_FIELDS, NUMBER_SECTIONS, RULE_CHOICES } from "./settings-fields";
import { ProcedureRulesSchema, type ProcedureRules } from "@/lib/workflow/rules";

/** Letterhead and signatory printed on letters. Stored beside the rules in ProcedureSettings.data. */
export const LetterheadSchema = z
  .object({
    organisation: z.string().trim().min(1, "Enter the organisation name").max(200, "Organisation name must be 200 characters or fewer").default("Commission for Case Manager Certification"),
    committee: z.string().trim().max(200, "Committee name must be 200 characters or fewer").default("Ethics & Professional Conduct Committee"),
    address: z.string().trim().max(500, "Postal address must be 500 characters or fewer").default(""),
    email: z
      .string()
      .trim()
      .max(254, "Contact email must be 254 characters or fewer")
      .refine((value) => value === "" || z.email().safeParse(value).success, "Enter the contact email like ethics@example.org")
      .default(""),
    phone: z.string().trim().max(40, "Contact phone must be 40 characters or fewer").default(""),
    signatoryName: z.string().trim().min(1, "Enter the signatory's name").max(200, "Signatory name must be 200 characters or fewer").default("Committee Chair"),
    signatoryTitle: z.string().trim().min(1, "Enter the signatory's title").max(200, "Signatory title must be 200 characters or fewer").default("Chair, Ethics & Professional Conduct Committee"),
  })
  .prefault({});
export type Letterhead = z.output<typeof LetterheadSchema>;
export const defaultLetterhead: Letterhead = LetterheadSchema.parse(undefined);

/** Everything the settings page edits: the procedure rules plus the letterhead. */
export const ProcedureSettingsSchema = ProcedureRulesSchema.extend({ letterhead: LetterheadSchema });
export type ProcedureSettingsData = z.output<typeof ProcedureSettingsSchema>;

export const SETTINGS_NOT_EDITED = ["retention.auditLogYears"] as const;

const LABELS: Record<string, string> = {
  ...Object.fromEntries(CLOCK_FIELDS.map((clock) => [`clocks.${clock.name}.length`, clock.label])),
  ...Object.fromEntries(CLOCK_FIELDS.map((clock) => [`clocks.${clock.name}.unit`, `${clock.label}: kind of days`])),
  ...Object.fromEntries(NUMBER_SECTIONS.flatMap((section) => section.fields.map((field) => [field.name, field.label]))),
  ...Object.fromEntries(LETTERHEAD_FIELDS.map((field) => [field.name, field.label])),
  holidays: "Holidays",
  reminderOffsetsDays: "Reminder days",
  "filing.exemptRuleIds": "Rules with no filing limit",
  "sanctions.stayExceptRuleIds": "Rules whose sanctions are not stayed on appeal",
};

const WHOLE = /^\s*-?\d+\s*$/;
const list = (value: string) => value.split(/[\s,;]+/).filter(Boolean);

/** A number field as typed: a whole number, or the raw text so the schema reports it. */
function whole(value: FormDataEntryValue | null): number | string {
  const text = typeof value === "string" ? value : "";
  return WHOLE.test(text) ? Number(text) : text;
}

function wholeOrNull(value: FormDataEntryValue | null): number | string | null {
  const text = typeof value === "string" ? value.trim() : "";
  return text === "" ? null : whole(text);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** `overlay` over `base`, objects merged key by key, everything else replaced. */
function mergeDeep(base: unknown, overlay: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(overlay)) return overlay === undefined ? base : overlay;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overlay)) out[key] = mergeDeep(base[key], value);
  return out;
}

/**
 * The settings form's fields as the schema's input (values left as typed where they are wrong),
 * laid over `base` (the stored settings) so a rule the form does not show is kept, not reset.
 */
export function settingsInputFromForm(form: FormData, base: unknown = {}): Record<string, unknown> {
  return mergeDeep(base, formInput(form)) as Record<string, unknown>;
}

function formInput(form: FormData): Record<string, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const nested: Record<string, Record<string, unknown>> = {};
  for (const section of NUMBER_SECTIONS) {
    for (const field of section.fields) {
      const [group, key] = field.name.split(".");
      if (!key) continue;
      (nested[group!] ??= {})[key] = field.blankMeans ? wholeOrNull(form.get(field.name)) : whole(form.get(field.name));
    }
  }
  const rules = (name: string) => form.getAll(name).filter((value): value is string => typeof value === "string");
  return {
    clocks: Object.fromEntries(
      CLOCK_FIELDS.map((clock) => [clock.name, { length: whole(form.get(`clocks.${clock.name}.length`)), unit: text(`clocks.${clock.name}.unit`) }]),
    ),
    holidays: list(text("holidays")),
    rollForwardOffNonBusinessDays: form.get("rollForwardOffNonBusinessDays") === "on",
    mailReceiptDays: whole(form.get("mailReceiptDays")),
    reminderOffsetsDays: list(text("reminderOffsetsDays")).map((value) => whole(value)),
    ...nested,
    filing: { ...nested.filing, exemptRuleIds: rules("filing.exemptRuleIds") },
    sanctions: { ...nested.sanctions, stayExceptRuleIds: rules("sanctions.stayExceptRuleIds") },
    retention: { ...nested.retention, auditLogYears: null },
    letterhead: Object.fromEntries(LETTERHEAD_FIELDS.map((field) => [field.name.split(".")[1]!, text(field.name)])),
  };
}

/** Field errors keyed by form field name, in words that name the setting. */
export function settingsFieldErrors(error: z.ZodError, input: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const [head, ...rest] = issue.path.map(String);
    let field = [head, ...rest].join(".");
    let message: string;
    if ((head === "holidays" || head === "reminderOffsetsDays") && rest.length > 0) {
      field = head;
      const typed = (input[head] as unknown[])[Number(rest[0])];
      message =
        head === "holidays"
          ? `Holiday "${String(typed)}" is not a real date in the form YYYY-MM-DD`
          : `Reminder day "${String(typed)}" must be a whole number from 1 to 90`;
    } else {
      message = describeIssue(LABELS[field] ?? field, issue);
    }
    (out[field] ??= []).push(message);
  }
  return out;
}

function describeIssue(label: string, issue: z.core.$ZodIssue): string {
  if (issue.code === "too_small" && issue.origin === "number") return `${label} must be at least ${String(issue.minimum)}`;
  if (issue.code === "too_big" && issue.origin === "number") return `${label} must be at most ${String(issue.maximum)}`;
  if (issue.code === "too_big" && issue.origin === "array") return `${label}: at most ${String(issue.maximum)} entries`;
  if (issue.code === "invalid_type" && (issue.expected === "number" || issue.expected === "int")) return `${label}: enter a whole number`;
  if (issue.code === "invalid_value") return `${label}: choose one of the options`;
  if (issue.code === "invalid_format" && issue.format === "regex") return `${label}: choose from ${RULE_CHOICES.join(", ")}`;
  if (issue.code === "custom" || issue.code === "too_small" || issue.code === "too_big") return issue.message;
  return `${label}: ${issue.message}`;
}

/** Current settings as the form's initial values. */
export function settingsFormValues(rules: ProcedureRules, letterhead: Letterhead): Record<string, string> {
  const out: Record<string, string> = {};
  for (const clock of CLOCK_FIELDS) {
    out[`clocks.${clock.name}.length`] = String(rules.clocks[clock.name].length);
    out[`clocks.${clock.name}.unit`] = rules.clocks[clock.name].unit;
  }
  for (const section of NUMBER_SECTIONS) {
    for (const field of section.fields) {
      const value = field.name.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], rules);
      out[field.name] = value === null || value === undefined ? "" : String(value);
    }
  }
  out.holidays = rules.holidays.join("\n");
  out.reminderOffsetsDays = rules.reminderOffsetsDays.join(", ");
  out.rollForwardOffNonBusinessDays = rules.rollForwardOffNonBusinessDays ? "on" : "";
  out["filing.exemptRuleIds"] = rules.filing.exemptRuleIds.join("\n");
  out["sanctions.stayExceptRuleIds"] = rules.sanctions.stayExceptRuleIds.join("\n");
  for (const field of LETTERHEAD_FIELDS) out[field.name] = letterhead[field.name.split(".")[1] as keyof Letterhead];
  return out;
}

export type SettingsChange = { path: string; before: unknown; after: unknown };

/** Leaf-level differences between two settings objects (arrays compared whole). */
export function diffSettings(before: unknown, after: unknown, path = ""): SettingsChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffSettings(before[key], after[key], path ? `${path}.${key}` : key));
  }
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? [] : [{ path, before: before ?? null, after: after ?? null }];
}
