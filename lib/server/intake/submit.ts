import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toNewCase } from "@/lib/domain/intake/assemble";
import { NOT_LISTED } from "@/lib/domain/intake/case-manager";
import { parseDraft } from "@/lib/domain/intake/draft";
import { stepTitle } from "@/lib/domain/intake/steps";
import { createCase } from "../cases/create-case";
import type { Db } from "../db";
import { codeDigest, derivedAccessCode } from "./codes";
import { deleteDraftFiles, loadDraftFiles } from "./draft-files";
import { SUBMITTED_DRAFT_MINUTES, type Draft } from "./drafts";
import { formMessage, goTo, type StepOutcome } from "./form-result";
import { findRegistryCandidate, registryMatchOf } from "./registry";
import { findPossibleDuplicate } from "./triage";

export const CONFIRMATION_PATH = "/complaints/new/confirmation";

/**
 * Files the draft as a complaint: every page re-checked with its schema, the register record and
 * triage signals (no match, possible duplicate) worked out, then createCase writes the complaint,
 * its files, the audit event, the acknowledgement deadline and notice in one transaction. The
 * draft's idempotency key makes a double or repeated submit return the same complaint.
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
  const { answers } = parsed;
  const { caseManager, aboutYou } = answers;
  const candidate = caseManager.match === NOT_LISTED ? null : await findRegistryCandidate(db, caseManager.match);
  const key = draft.data.idempotencyKey;
  const files = await loadDraftFiles(db, draft.id);
  const possibleDuplicateOfId = await findPossibleDuplicate(
    db,
    { email: aboutYou.email, ccmNumber: candidate?.number ?? caseManager.ccmNumber, respondentName: candidate?.name ?? caseManager.name ?? "" },
    now,
  );
  const input = toNewCase(answers, {
    idempotencyKey: key,
    accessCodeHash: codeDigest(derivedAccessCode(key)),
    registry: candidate ? registryMatchOf(candidate) : null,
    documents: files.map((file) => ({ ...file, audience: "COMMITTEE_ONLY" as const })),
    triage: { noRegistryMatch: candidate === null, ...(possibleDuplicateOfId && { possibleDuplicateOfId }) },
  });
  const created = await createCase(input, { db, now });
  await markSubmitted(db, draft, { complaintId: created.id, reference: created.reference, at: now.toISOString() }, now);
  return goTo(CONFIRMATION_PATH);
}

/** The draft keeps only what the confirmation page needs, briefly; its files now live in the complaint. */
async function markSubmitted(db: Db, draft: Draft, submitted: NonNullable<Draft["data"]["submitted"]>, now: Date): Promise<void> {
  await deleteDraftFiles(db, draft.id);
  await db.intakeDraft.update({
    where: { id: draft.id },
    data: {
      data: { ...draft.data, submitted } as Prisma.InputJsonValue,
      step: "submitted",
      expiresAt: new Date(now.getTime() + SUBMITTED_DRAFT_MINUTES * 60_000),
    },
  });
}
