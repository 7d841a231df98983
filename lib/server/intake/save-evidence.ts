import "server-only";
import { formValues } from "@/lib/domain/form-state";
import { stepPath } from "@/lib/domain/intake/steps";
import type { Db } from "../db";
import { checkUploads, filesFrom } from "../documents/validate-upload";
import { addDraftFiles, countDraftFiles } from "./draft-files";
import { saveDraft, type Draft } from "./drafts";
import { afterSave } from "./save-step";
import { goTo, type StepOutcome } from "./form-result";

export const FILES_FIELD = "files";

/**
 * The evidence page: files chosen are checked (type from the bytes, size, count) and kept with
 * the draft, all or none; "Continue" with files chosen uploads them first, so nothing is lost.
 */
export async function saveEvidenceStep(db: Db, draft: Draft, formData: FormData, now = new Date()): Promise<StepOutcome> {
  const values = formValues(formData);
  const files = filesFrom(formData, FILES_FIELD);
  if (files.length === 0 && formData.get("intent") === "upload") {
    return { kind: "state", state: { status: "error", message: "", fieldErrors: { [FILES_FIELD]: ["Select a file to upload"] }, values } };
  }
  if (files.length > 0) {
    const checked = await checkUploads(files, { alreadyStored: await countDraftFiles(db, draft.id) });
    if (!checked.ok) {
      return { kind: "state", state: { status: "error", message: "", fieldErrors: { [FILES_FIELD]: checked.errors }, values } };
    }
    await addDraftFiles(db, draft.id, checked.files, now);
  }
  if (formData.get("intent") === "upload") {
    await saveDraft(db, draft, draft.data, "evidence", now);
    return goTo(stepPath("evidence", { returnToCheck: formData.get("return") === "check" }));
  }
  await saveDraft(db, draft, { ...draft.data, answers: { ...draft.data.answers, evidence: {} } }, "evidence", now);
  return goTo(afterSave("evidence", formData));
}
