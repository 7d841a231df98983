import "server-only";
import { appendAudit, caseStream } from "../../audit/append";
import type { Db } from "../../db";
import { checkThrottle, recordThrottleEvent, type ThrottleRule } from "../../throttle";
import { codeDigest, sameDigest } from "../codes";
import { fileAcceptedNow } from "../file-accepted";
import { throttleAddress } from "../throttle-rules";

/** Wrong access codes for one reference before it locks, and for how long. */
export const ACCESS_CODE_MAX_FAILURES = 5;
export const ACCESS_CODE_LOCK_MINUTES = 30;

/** The same lock for references that do not exist, so a locked answer reveals nothing. */
const UNKNOWN_REFERENCE_RULE: ThrottleRule = {
  limit: ACCESS_CODE_MAX_FAILURES,
  windowSeconds: ACCESS_CODE_LOCK_MINUTES * 60,
  lockSeconds: ACCESS_CODE_LOCK_MINUTES * 60,
};

export type SignInResult =
  | { ok: true; complaintId: string; codeIssuedAt: Date }
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "locked" | "throttled"; retryAfterSeconds: number };

const secondsUntil = (until: Date, now: Date) => Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));

/**
 * Checks a reference and access code (both already normalised). Attempts are limited per address;
 * five wrong codes for one reference lock it for 30 minutes (Complainant.accessCodeFailures and
 * accessCodeLockedUntil), and an unknown reference behaves the same way, so the answers never
 * tell whether a reference exists.
 */
export async function signInWithAccessCode(
  db: Db,
  input: { reference: string; accessCode: string },
  context: { address: string; now?: Date },
): Promise<SignInResult> {
  const now = context.now ?? new Date();
  const byAddress = await throttleAddress(db, "signIn", context.address, now);
  if (!byAddress.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: byAddress.retryAfterSeconds };

  const findComplainant = () =>
    db.complainant.findFirst({
      where: { complaint: { reference: input.reference, purgedAt: null } },
      select: { id: true, complaintId: true, accessCodeHash: true, accessCodeLockedUntil: true, accessCodeIssuedAt: true },
    });
  // Signing in right after the confirmation, before the worker got to it, files it now.
  const complainant = (await findComplainant()) ?? ((await fileAcceptedNow(db, input.reference, input.accessCode)) ? await findComplainant() : null);
  if (!complainant) return unknownReference(db, input.reference, now);
  if (complainant.accessCodeLockedUntil && complainant.accessCodeLockedUntil > now) {
    return { ok: false, reason: "locked", retryAfterSeconds: secondsUntil(complainant.accessCodeLockedUntil, now) };
  }
  if (sameDigest(codeDigest(input.accessCode), complainant.accessCodeHash)) {
    await db.complainant.update({ where: { id: complainant.id }, data: { accessCodeFailures: 0, accessCodeLockedUntil: null } });
    return { ok: true, complaintId: complainant.complaintId, codeIssuedAt: complainant.accessCodeIssuedAt };
  }
  return recordFailure(db, complainant, now);
}

async function unknownReference(db: Db, reference: string, now: Date): Promise<SignInResult> {
  const key = `intake:reference:${reference}`;
  const locked = await checkThrottle(key, now, db);
  if (!locked.allowed) return { ok: false, reason: "locked", retryAfterSeconds: locked.retryAfterSeconds };
  const verdict = await recordThrottleEvent(key, UNKNOWN_REFERENCE_RULE, now, db);
  return verdict.allowed ? { ok: false, reason: "wrong" } : { ok: false, reason: "locked", retryAfterSeconds: verdict.retryAfterSeconds };
}

async function recordFailure(db: Db, complainant: { id: string; complaintId: string }, now: Date): Promise<SignInResult> {
  // The increment is one UPDATE, so concurrent wrong guesses are all counted.
  const { accessCodeFailures } = await db.complainant.update({
    where: { id: complainant.id },
    data: { accessCodeFailures: { increment: 1 } },
    select: { accessCodeFailures: true },
  });
  if (accessCodeFailures < ACCESS_CODE_MAX_FAILURES) return { ok: false, reason: "wrong" };
  const lockedUntil = new Date(now.getTime() + ACCESS_CODE_LOCK_MINUTES * 60_000);
  await db.$transaction(async (tx) => {
    await tx.complainant.update({ where: { id: complainant.id }, data: { accessCodeFailures: 0, accessCodeLockedUntil: lockedUntil } });
    await appendAudit(tx, {
      stream: caseStream(complainant.complaintId),
      actor: { kind: "SYSTEM" },
      type: "ACCESS_CODE_LOCKED",
      complaintId: complainant.complaintId,
      payload: { failures: accessCodeFailures, lockedUntil },
      at: now,
    });
  });
  return { ok: false, reason: "locked", retryAfterSeconds: ACCESS_CODE_LOCK_MINUTES * 60 };
}
