import "server-only";
import { formValues } from "@/lib/domain/form-state";
import { rawValuesFrom } from "@/lib/domain/intake/fields";
import {
  MAX_PROCEEDINGS,
  MAX_WITNESSES,
  PROCEEDING_FIELDS,
  ProceedingSchema,
  WITNESS_FIELDS,
  WitnessSchema,
  anyFilled,
  witnessFrom,
} from "@/lib/domain/intake/lists";
import { stepPath } from "@/lib/domain/intake/steps";
import type { Db } from "../db";
import { saveDraft, type Draft } from "./drafts";
import { afterSave } from "./save-step";
import { formMessage, goTo, invalid, type StepOutcome } from "./form-result";

/** The "add another" pages: other proceedings and witnesses. */
export const LIST_STEPS = ["other-proceedings", "witnesses"] as const;
export type ListStep = (typeof LIST_STEPS)[number];

export function isListStep(step: string): step is ListStep {
  return (LIST_STEPS as readonly string[]).includes(step);
}

const samePage = (step: ListStep, formData: FormData) => stepPath(step, { returnToCheck: formData.get("return") === "check" });

/**
 * "Add" adds the item typed and stays on the page; "Continue" (or "save and come back later")
 * adds whatever was typed too, so nothing is lost, then marks the page answered and moves on.
 */
export async function saveListStep(db: Db, draft: Draft, step: ListStep, formData: FormData, now = new Date()): Promise<StepOutcome> {
  const adding = formData.get("intent") === "add";
  const fields = step === "witnesses" ? WITNESS_FIELDS : PROCEEDING_FIELDS;
  const raw = rawValuesFrom(formData, fields);
  const values = formValues(formData);
  let data = draft.data;

  if (adding || anyFilled(raw, fields)) {
    if (step === "witnesses") {
      const parsed = WitnessSchema.safeParse(raw);
      if (!parsed.success) return invalid(parsed.error, values);
      if (data.witnesses.length >= MAX_WITNESSES) return formMessage(`You can list up to ${MAX_WITNESSES} witnesses.`, values);
      data = { ...data, witnesses: [...data.witnesses, witnessFrom(parsed.data)] };
    } else {
      const parsed = ProceedingSchema.safeParse(raw);
      if (!parsed.success) return invalid(parsed.error, values);
      if (data.proceedings.length >= MAX_PROCEEDINGS) return formMessage(`You can list up to ${MAX_PROCEEDINGS} other proceedings.`, values);
      data = { ...data, proceedings: [...data.proceedings, parsed.data] };
    }
  }
  if (adding) {
    await saveDraft(db, draft, data, step, now);
    return goTo(samePage(step, formData));
  }
  await saveDraft(db, draft, { ...data, answers: { ...data.answers, [step]: {} } }, step, now);
  return goTo(afterSave(step, formData));
}

/** Removes the item at `index` (as listed on the page) from a list. */
export async function removeListItem(db: Db, draft: Draft, step: ListStep, index: number, now = new Date()): Promise<void> {
  const key = step === "witnesses" ? "witnesses" : "proceedings";
  const list = draft.data[key] as unknown[];
  if (!Number.isInteger(index) || index < 0 || index >= list.length) return;
  await saveDraft(db, draft, { ...draft.data, [key]: list.filter((_, i) => i !== index) }, step, now);
}
