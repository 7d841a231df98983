import { z } from "zod";
import { dateFieldNames, readDate } from "./dates";
import { optionalText, requiredText, type RawValues } from "./fields";
import { US_STATE_CODES } from "./places";

export const NARRATIVE_MAX = 10_000;
export const HARM_MAX = 5_000;

export const PRACTICE_SETTINGS = [
  "Hospital or health system",
  "Health plan or insurer",
  "Workers' compensation",
  "Home health or community care",
  "Long-term or residential care",
  "Independent or private practice",
  "Employer or occupational health",
  "Government programme",
  "Other or not sure",
] as const;

export const WHAT_HAPPENED_FIELDS = [
  ...dateFieldNames("conductFrom"),
  ...dateFieldNames("conductTo"),
  ...dateFieldNames("learnedAt"),
  "settingRegion",
  "practiceSetting",
  "narrative",
  "harm",
] as const;

const TextFieldsSchema = z.object({
  settingRegion: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || (US_STATE_CODES as readonly string[]).includes(value), "Select a state from the list"),
  practiceSetting: z
    .string()
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || (PRACTICE_SETTINGS as readonly string[]).includes(value), "Select a setting from the list"),
  narrative: requiredText("Describe what happened", "The description of what happened", NARRATIVE_MAX),
  harm: optionalText("The description of the harm or impact", HARM_MAX),
});

export interface WhatHappened extends z.output<typeof TextFieldsSchema> {
  conductFrom: Date;
  conductTo?: Date;
  learnedAt: Date;
}

/** The "What happened" page: the dates are read (and checked against each other) here. */
export function whatHappenedSchema(now: Date) {
  return z.custom<RawValues>((value) => typeof value === "object" && value !== null).transform((raw, ctx): WhatHappened => {
    const text = TextFieldsSchema.safeParse(raw);
    if (!text.success) for (const issue of text.error.issues) ctx.addIssue({ code: "custom", path: issue.path as PropertyKey[], message: issue.message });
    const from = readDate(raw, "conductFrom", { label: "The date it started", required: true, now });
    const to = readDate(raw, "conductTo", { label: "The date it ended", required: false, now });
    const learned = readDate(raw, "learnedAt", { label: "The date you found out", required: true, now });
    if (from.error) ctx.addIssue({ code: "custom", path: ["conductFrom"], message: from.error });
    if (to.error) ctx.addIssue({ code: "custom", path: ["conductTo"], message: to.error });
    if (learned.error) ctx.addIssue({ code: "custom", path: ["learnedAt"], message: learned.error });
    if (from.date && to.date && to.date < from.date) {
      ctx.addIssue({ code: "custom", path: ["conductTo"], message: "The date it ended must be the same as or after the date it started" });
    }
    if (from.date && learned.date && learned.date < from.date) {
      ctx.addIssue({ code: "custom", path: ["learnedAt"], message: "The date you found out must be the same as or after the date it started" });
    }
    if (!text.success || !from.date || !learned.date) return z.NEVER;
    return { ...text.data, conductFrom: from.date, ...(to.date && { conductTo: to.date }), learnedAt: learned.date };
  });
}
