import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DraftDataSchema, emptyDraftData, type DraftData } from "@/lib/domain/intake/draft";
import type { DbOrTx } from "../db";
import { AppError } from "../errors";
import { newToken } from "../tokens";
import { codeDigest, randomResumeCode } from "./codes";

/**
 * Intake drafts: everything typed so far, kept server-side so a closed tab or a lost connection
 * loses nothing. The person holds the draft's resume code (in an HttpOnly cookie, and written
 * down if they "save and come back later"); the database keeps only its digest.
 */
export const DRAFT_DAYS = 30;
/** After "Submit complaint", the draft lives just long enough to show the confirmation (and the access code). */
export const SUBMITTED_DRAFT_MINUTES = 120;

/**
 * The steps of a submitted draft (ADR 0030): "accepted" waits to be filed, "filing" is claimed by
 * a worker, "submitted" has its complaint. An accepted or filing draft holds a complaint that is
 * not written yet, so neither expiry nor "start again" deletes it.
 */
export const ACCEPTED_STEP = "accepted";
export const FILING_STEP = "filing";
export const SUBMITTED_STEP = "submitted";
/** The steps of a submitted draft whose complaint is not written yet. */
export const AWAITING_FILING = [ACCEPTED_STEP, FILING_STEP];
/** Every step of a draft that was submitted. */
export const SUBMITTED_STEPS = [ACCEPTED_STEP, FILING_STEP, SUBMITTED_STEP];

export interface Draft {
  id: string;
  data: DraftData;
  step: string;
  expiresAt: Date;
}

const expiry = (now: Date) => new Date(now.getTime() + DRAFT_DAYS * 86_400_000);

export async function createDraft(db: DbOrTx, now = new Date()): Promise<{ code: string; draft: Draft }> {
  const code = randomResumeCode();
  const data = emptyDraftData(newToken(24));
  const row = await db.intakeDraft.create({
    data: { tokenHash: codeDigest(code), data: data as Prisma.InputJsonValue, step: "start", expiresAt: expiry(now), createdAt: now },
    select: { id: true, step: true, expiresAt: true },
  });
  return { code, draft: { ...row, data } };
}

/** The draft a resume code opens, or null (unknown, expired or unreadable). */
export async function findDraft(db: DbOrTx, code: string | undefined, now = new Date()): Promise<Draft | null> {
  if (!code || code.length > 64) return null;
  const row = await db.intakeDraft.findUnique({ where: { tokenHash: codeDigest(code) }, select: { id: true, data: true, step: true, expiresAt: true } });
  if (!row || row.expiresAt <= now) return null;
  const data = DraftDataSchema.safeParse(row.data);
  if (!data.success) return null;
  return { id: row.id, data: data.data, step: row.step, expiresAt: row.expiresAt };
}

/** Said when a page is saved after the same draft was submitted from another window. */
export const ALREADY_SENT = "This complaint has already been sent (from another window or tab), so it can no longer be changed.";

/**
 * Saves the answers and keeps the draft for another DRAFT_DAYS. Never once it was submitted: the
 * update matches only a draft still being written, so a page saved from another window cannot
 * undo an acceptance (AppError CONFLICT with ALREADY_SENT).
 */
export async function saveDraft(db: DbOrTx, draft: Draft, data: DraftData, step: string, now = new Date()): Promise<Draft> {
  const parsed = DraftDataSchema.parse(data);
  const expiresAt = expiry(now);
  const { count } = await db.intakeDraft.updateMany({
    where: { id: draft.id, step: { notIn: SUBMITTED_STEPS } },
    data: { data: parsed as Prisma.InputJsonValue, step, expiresAt },
  });
  if (count === 0) throw new AppError("CONFLICT", ALREADY_SENT);
  return { ...draft, data: parsed, step, expiresAt };
}

/**
 * Deletes a draft and its files. One that holds a complaint still to be filed is only expired:
 * no code opens it any more, and it is purged once the worker has filed it.
 */
export async function deleteDraft(db: DbOrTx, draftId: string, now = new Date()): Promise<void> {
  await db.intakeDraft.deleteMany({ where: { id: draftId, step: { notIn: AWAITING_FILING } } });
  await db.intakeDraft.updateMany({ where: { id: draftId, step: { in: AWAITING_FILING } }, data: { expiresAt: now } });
}

/** Drops expired drafts and their files; called as new drafts start (and by any housekeeping job). */
export async function purgeExpiredDrafts(db: DbOrTx, now = new Date()): Promise<number> {
  const { count } = await db.intakeDraft.deleteMany({ where: { expiresAt: { lte: now }, step: { notIn: AWAITING_FILING } } });
  return count;
}
