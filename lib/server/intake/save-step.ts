import "server-only";
import type { z } from "zod";
import { formValues } from "@/lib/domain/form-state";
import { ABOUT_YOU_FIELDS, AboutYouSchema } from "@/lib/domain/intake/about-you";
import { CASE_MANAGER_FIELDS, CaseManagerSchema, NOT_LISTED } from "@/lib/domain/intake/case-manager";
import { codeVersionInForce } from "@/lib/domain/intake/code-version";
import { CONSENT_FIELDS, ConsentsSchema } from "@/lib/domain/intake/consents";
import { conductDateOf } from "@/lib/domain/intake/draft";
import { flatValues, rawValuesFrom, type RawValues } from "@/lib/domain/intake/fields";
import { allegedProvisionsSchema, RULES_FIELDS } from "@/lib/domain/intake/rules";
import { nextPath, type IntakeStepId } from "@/lib/domain/intake/steps";
import { WHAT_HAPPENED_FIELDS, whatHappenedSchema } from "@/lib/domain/intake/what-happened";
import type { Db } from "../db";
import { saveDraft, type Draft } from "./drafts";
import { fieldError, goTo, invalid, type StepOutcome } from "./form-result";
import { findRegistryCandidate } from "./registry";

/** The question pages that are one form of fields (the lists and uploads have their own handlers). */
export const FIELD_STEPS = ["about-you", "case-manager", "what-happened", "rules", "consents"] as const;
export type FieldStep = (typeof FIELD_STEPS)[number];

export function isFieldStep(step: string): step is FieldStep {
  return (FIELD_STEPS as readonly string[]).includes(step);
}

export const SAVED_PATH = "/complaints/new/saved";

const FIELDS: Record<FieldStep, readonly string[]> = {
  "about-you": ABOUT_YOU_FIELDS,
  "case-manager": CASE_MANAGER_FIELDS,
  "what-happened": WHAT_HAPPENED_FIELDS,
  rules: RULES_FIELDS,
  consents: CONSENT_FIELDS,
};
const LISTS: Partial<Record<FieldStep, readonly string[]>> = { rules: ["provisions"] };

/** The schema a page is checked with (the Rules page depends on the conduct date answered before). */
export function schemaFor(step: FieldStep, draft: Draft, now: Date): z.ZodType<unknown, RawValues> {
  switch (step) {
    case "about-you":
      return AboutYouSchema;
    case "case-manager":
      return CaseManagerSchema;
    case "what-happened":
      return whatHappenedSchema(now);
    case "rules":
      return allegedProvisionsSchema(codeVersionInForce(conductDateOf(draft.data, now)));
    case "consents":
      return ConsentsSchema;
  }
}

/** Where a saved page leads: "save and come back later", the summary, or the next question. */
export function afterSave(step: IntakeStepId, formData: FormData): string {
  if (formData.get("intent") === "save") return SAVED_PATH;
  return nextPath(step, formData.get("return") === "check");
}

/**
 * Checks one page with its schema (the same the form was built from) and, when it passes, keeps
 * the values as typed in the draft. Nothing is saved from a page with an error.
 */
export async function saveFieldStep(db: Db, draft: Draft, step: FieldStep, formData: FormData, now = new Date()): Promise<StepOutcome> {
  const raw = rawValuesFrom(formData, FIELDS[step], LISTS[step] ?? []);
  const values = { ...formValues(formData), ...flatValues(raw) };
  const parsed = schemaFor(step, draft, now).safeParse(raw);
  if (!parsed.success) return invalid(parsed.error, values);

  if (step === "case-manager") {
    const match = (parsed.data as z.output<typeof CaseManagerSchema>).match;
    if (match !== NOT_LISTED && !(await findRegistryCandidate(db, match))) {
      return fieldError("match", "Select the case manager from the list, or choose that they are not listed", values);
    }
  }
  await saveDraft(db, draft, { ...draft.data, answers: { ...draft.data.answers, [step]: raw } }, step, now);
  return goTo(afterSave(step, formData));
}
