import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { toNewCase, type FilingExtras } from "@/lib/domain/intake/assemble";
import { NOT_LISTED } from "@/lib/domain/intake/case-manager";
import { DraftDataSchema, parseDraft, type DraftData, type IntakeAnswers } from "@/lib/domain/intake/draft";
import { FILING_LEASE_SECONDS, UNFILED_WARNING_MINUTES } from "@/lib/domain/intake/filing";
import type { NewCaseInput } from "@/lib/domain/new-case";
import { createCase } from "../cases/create-case";
import type { Db } from "../db";
import { logger } from "../logger";
import { codeDigest, derivedAccessCode, sameDigest } from "./codes";
import { deleteDraftFiles, loadDraftFiles } from "./draft-files";
import { ACCEPTED_STEP, AWAITING_FILING, FILING_STEP, SUBMITTED_STEP } from "./drafts";
import { findRegistryCandidate, registryMatchOf } from "./registry";
import { findPossibleDuplicate } from "./triage";

/**
 * The filing behind the response (ADR 0030). "Submit complaint" only accepts a draft (its reference
 * taken, every answer checked); a worker then claims the draft and files it through createCase,
 * dated when it was accepted: the register match, the triage signals, the complaint with its
 * files, audit event, acknowledgement deadline and notices. A claim is a lease: a filer that dies
 * leaves the draft to be claimed again once the lease runs out, and createCase's idempotency key
 * makes a second filing of one draft return the first. A filing takes well under a second; the
 * lease is short so that a crash delays the complaints it held by no more than that, and a filing
 * still running when it expires is harmless (the second filer gets the first's complaint).
 */

/** createCase's input for a draft's answers (the access code derives from its idempotency key). */
export function newCaseOf(data: DraftData, answers: IntakeAnswers, extras: Omit<FilingExtras, "idempotencyKey" | "accessCodeHash">): NewCaseInput {
  return toNewCase(answers, { ...extras, idempotencyKey: data.idempotencyKey, accessCodeHash: codeDigest(derivedAccessCode(data.idempotencyKey)) });
}

/**
 * Claims the oldest accepted draft (or the one with `draftId`), or one whose filer's lease ran
 * out; its id, or null when there is none (or another filer holds it).
 */
async function claim(db: Db, now: Date, draftId?: string): Promise<string | null> {
  const leaseStart = new Date(now.getTime() - FILING_LEASE_SECONDS * 1000);
  const rows = await db.$queryRaw<{ id: string }[]>`
    UPDATE "IntakeDraft" SET step = ${FILING_STEP}, "updatedAt" = ${now}
    WHERE id = (
      SELECT id FROM "IntakeDraft"
      WHERE (step = ${ACCEPTED_STEP} OR (step = ${FILING_STEP} AND "updatedAt" < ${leaseStart}))
        ${draftId ? Prisma.sql`AND id = ${draftId}` : Prisma.empty}
      ORDER BY "updatedAt" LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    RETURNING id`;
  return rows[0]?.id ?? null;
}

/** Files one claimed draft; returns the complaint's id. */
export async function fileClaimedDraft(db: Db, draftId: string): Promise<string> {
  const row = await db.intakeDraft.findUniqueOrThrow({ where: { id: draftId }, select: { data: true } });
  const data: DraftData = DraftDataSchema.parse(row.data);
  const submitted = data.submitted;
  if (!submitted) throw new Error(`Draft ${draftId} was claimed for filing but was never accepted`);
  const receivedAt = new Date(submitted.at);
  const parsed = parseDraft(data, receivedAt);
  if (!parsed.ok) throw new Error(`Draft ${draftId} was accepted with unanswered pages: ${parsed.missing.join(", ")}`);
  const { caseManager, aboutYou } = parsed.answers;
  const candidate = caseManager.match === NOT_LISTED ? null : await findRegistryCandidate(db, caseManager.match);
  const files = await loadDraftFiles(db, draftId);
  const possibleDuplicateOfId = await findPossibleDuplicate(
    db,
    { email: aboutYou.email, ccmNumber: candidate?.number ?? caseManager.ccmNumber, respondentName: candidate?.name ?? caseManager.name ?? "" },
    receivedAt,
  );
  const input = newCaseOf(data, parsed.answers, {
    registry: candidate ? registryMatchOf(candidate) : null,
    documents: files.map((file) => ({ ...file, audience: "COMMITTEE_ONLY" as const })),
    triage: { noRegistryMatch: candidate === null, ...(possibleDuplicateOfId && { possibleDuplicateOfId }) },
  });
  const created = await createCase(input, { db, now: receivedAt, reference: submitted.reference });
  // The files now live in the complaint. The draft keeps what the confirmation needs, and its
  // expiry (SUBMITTED_DRAFT_MINUTES from acceptance, or now if the complainant finished with it);
  // updateMany, as it may be gone already.
  await deleteDraftFiles(db, draftId);
  await db.intakeDraft.updateMany({
    where: { id: draftId },
    data: { data: { ...data, submitted: { ...submitted, reference: created.reference, complaintId: created.id } } as Prisma.InputJsonValue, step: SUBMITTED_STEP },
  });
  return created.id;
}

/**
 * Files every accepted draft, oldest first, one at a time, until none is left (or `shouldStop`).
 * A filing that fails is logged and stays claimed until its lease runs out, then is tried again.
 */
export async function fileAcceptedComplaints(db: Db, options: { now?: () => Date; shouldStop?: () => boolean } = {}): Promise<number> {
  const clock = options.now ?? (() => new Date());
  let filed = 0;
  while (!options.shouldStop?.()) {
    const now = clock();
    const draftId = await claim(db, now);
    if (!draftId) break;
    try {
      await fileClaimedDraft(db, draftId);
      filed += 1;
    } catch (error) {
      logger.error({ err: error, draftId }, `filing an accepted complaint failed; it is tried again in ${FILING_LEASE_SECONDS} s`);
    }
  }
  return filed;
}

/**
 * Files the accepted draft with this reference now, if the access code is its own and no worker
 * is on it: the complainant signing in on the status page right after the confirmation does not
 * wait for the queue. A wrong code files nothing. When a worker holds the draft, waits for that
 * filing (up to `waitMs`); a claim whose lease ran out is taken over. True if the draft is filed
 * by the time this returns.
 */
export async function fileAcceptedNow(db: Db, reference: string, accessCode: string, options: { now?: Date; waitMs?: number } = {}): Promise<boolean> {
  const now = options.now ?? new Date();
  const pending = await db.intakeDraft.findFirst({
    where: { step: { in: AWAITING_FILING }, data: { path: ["submitted", "reference"], equals: reference } },
    select: { id: true, data: true },
  });
  const key = DraftDataSchema.safeParse(pending?.data).data?.idempotencyKey;
  if (!pending || !key || !sameDigest(codeDigest(derivedAccessCode(key)), codeDigest(accessCode))) return false;
  if (await claim(db, now, pending.id)) {
    try {
      await fileClaimedDraft(db, pending.id);
      return true;
    } catch (error) {
      logger.error({ err: error, draftId: pending.id }, `filing an accepted complaint failed; it is tried again in ${FILING_LEASE_SECONDS} s`);
      return false;
    }
  }
  const deadline = Date.now() + (options.waitMs ?? 5_000);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const row = await db.intakeDraft.findUnique({ where: { id: pending.id }, select: { step: true } });
    if (row?.step !== FILING_STEP) return row?.step === SUBMITTED_STEP;
  }
  return false;
}

/**
 * Complaints the public form accepted more than UNFILED_WARNING_MINUTES ago and still not filed
 * (no worker running, or a filing that keeps failing): how many, and since when the oldest.
 */
export async function overdueFilings(db: Db, now = new Date()): Promise<{ count: number; oldestAcceptedAt: Date | null }> {
  const cutoff = new Date(now.getTime() - UNFILED_WARNING_MINUTES * 60_000);
  const [row] = await db.$queryRaw<{ count: bigint; oldest: Date | null }[]>`
    SELECT count(*) AS count, min((data -> 'submitted' ->> 'at')::timestamptz) AS oldest
    FROM "IntakeDraft"
    WHERE step IN (${Prisma.join(AWAITING_FILING)}) AND (data -> 'submitted' ->> 'at')::timestamptz < ${cutoff}`;
  return { count: Number(row?.count ?? 0), oldestAcceptedAt: row?.oldest ? new Date(row.oldest) : null };
}
