import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { NOT_LISTED } from "@/lib/domain/intake/case-manager";
import { parseDraft } from "@/lib/domain/intake/draft";
import { stepTitle } from "@/lib/domain/intake/steps";
import { NewCaseSchema } from "@/lib/domain/new-case";
import { allocateReferenceIf } from "../cases/reference";
import type { Db } from "../db";
import { wakeWorker } from "../scheduler/in-app";
import { DAMAGED_FILE, damagedDraftFiles } from "./draft-files";
import { newCaseOf } from "./file-accepted";
import { ACCEPTED_STEP, SUBMITTED_DRAFT_MINUTES, SUBMITTED_STEPS, type Draft } from "./drafts";
import { formMessage, goTo, type StepOutcome } from "./form-result";

export const CONFIRMATION_PATH = "/complaints/new/confirmation";

/**
 * "Submit complaint": accepts the draft (ADR 0030). Every page is re-checked with its schema, the
 * answers with createCase's own and the files against their digests (in the database), so nothing
 * the filing could refuse is left; then the
 * reference is taken and the draft marked accepted with the time it was received, and the
 * confirmation can show both. The complaint itself (register match, triage, files, audit event,
 * acknowledgement) is written behind the response by the worker (file-accepted.ts), woken now
 * when it runs in this process. A second submit of the draft, or two at once, accept it once.
 */
export async function submitDraft(db: Db, draft: Draft, formData: FormData, now = new Date()): Promise<StepOutcome> {
  if (draft.data.submitted) return goTo(CONFIRMATION_PATH);
  if (formData.get("idempotencyKey") !== draft.data.idempotencyKey) {
    return formMessage("This page was out of date. Check your answers below and submit again.");
  }
  const parsed = parseDraft(draft.data, now);
  if (!parsed.ok) {
    return {
      kind: "state",
      state: {
        status: "error",
        message: "Some questions still need an answer before you can submit.",
        fieldErrors: Object.fromEntries(parsed.missing.map((step) => [step, [`Answer the questions in “${stepTitle(step)}”`]])),
      },
    };
  }
  // The same check createCase makes, before anything is written. The register's record (the
  // respondent's name) and the files are added at filing, and were checked when their pages were
  // saved: a stand-in for the record checks the rest.
  const { match } = parsed.answers.caseManager;
  const registry = match === NOT_LISTED ? null : { certificationId: match, number: match, name: match, status: "ACTIVE", validThrough: "" };
  const checked = NewCaseSchema.safeParse(newCaseOf(draft.data, parsed.answers, { registry, documents: [], triage: { noRegistryMatch: registry === null } }));
  if (!checked.success) return formMessage(`Check your answers: ${checked.error.issues[0]?.message ?? "some are not complete"}.`);

  // The number is taken only if the draft is still unsubmitted and every file matches its size and
  // digest (hashed in PostgreSQL, so the files are not read into the server): no number is used otherwise.
  const reference = await allocateReferenceIf(
    db,
    now,
    Prisma.sql`EXISTS (SELECT 1 FROM "IntakeDraft" d WHERE d.id = ${draft.id} AND d.step NOT IN (${Prisma.join(SUBMITTED_STEPS)})
      AND NOT EXISTS (SELECT 1 FROM "IntakeDraftFile" f WHERE f."draftId" = d.id AND ${DAMAGED_FILE}))`,
  );
  if (!reference) {
    const [damaged] = await damagedDraftFiles(db, draft.id);
    // Otherwise a second submit of this draft accepted it first.
    return damaged ? formMessage(`The file ${damaged} did not arrive intact. Upload it again.`) : goTo(CONFIRMATION_PATH);
  }
  const { count } = await db.intakeDraft.updateMany({
    where: { id: draft.id, step: { notIn: SUBMITTED_STEPS } },
    data: {
      data: { ...draft.data, submitted: { reference, at: now.toISOString() } } as Prisma.InputJsonValue,
      step: ACCEPTED_STEP,
      expiresAt: new Date(now.getTime() + SUBMITTED_DRAFT_MINUTES * 60_000),
    },
  });
  if (count === 1) wakeWorker();
  return goTo(CONFIRMATION_PATH);
}
