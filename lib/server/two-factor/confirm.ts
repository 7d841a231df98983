import "server-only";
import { appendAudit } from "../audit/append";
import type { Db } from "../db";
import { checkThrottle, clearThrottle, recordThrottleEvent, type ThrottleRule } from "../throttle";
import { decryptTotpKey, encryptTotpKey, matchTotpStep } from "./totp";

/** Five wrong codes lock the account's code step for 15 minutes (the password step has its own limit). */
export const TOTP_ACCOUNT_RULE: ThrottleRule = { limit: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

export type SecondFactorOutcome =
  | { ok: true; enrolled: boolean }
  | { ok: false; reason: "wrong" | "replayed" | "unavailable" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Checks a code against the person's stored key or, while they set two-factor up, against the key
 * they are enrolling (which is then stored, encrypted). The accepted 30-second step is recorded in
 * the same statement that checks it is newer than the last, so a code works once, on any instance.
 */
export async function confirmSecondFactor(
  db: Db,
  input: { personId: string; code: string; enrollingKey?: string },
  now = new Date(),
): Promise<SecondFactorOutcome> {
  const throttleKey = `totp:account:${input.personId}`;
  const gate = await checkThrottle(throttleKey, now, db);
  if (!gate.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: gate.retryAfterSeconds };

  const person = await db.person.findUnique({
    where: { id: input.personId },
    select: { active: true, totpSecret: true, totpEnabledAt: true },
  });
  if (!person?.active) return { ok: false, reason: "unavailable" };
  const enrolling = !person.totpEnabledAt;
  const key = enrolling ? input.enrollingKey : person.totpSecret ? decryptTotpKey(person.totpSecret) : null;
  if (!key) return { ok: false, reason: "unavailable" };

  const step = matchTotpStep(key, input.code, now);
  if (step === null) {
    const verdict = await recordThrottleEvent(throttleKey, TOTP_ACCOUNT_RULE, now, db);
    return verdict.allowed ? { ok: false, reason: "wrong" } : { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  }

  const accepted = await db.$transaction(async (tx) => {
    const updated = await tx.person.updateMany({
      where: {
        id: input.personId,
        OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }],
        ...(enrolling ? { totpEnabledAt: null } : {}),
      },
      data: { totpLastStep: step, ...(enrolling ? { totpSecret: encryptTotpKey(key), totpEnabledAt: now } : {}) },
    });
    if (updated.count === 1 && enrolling) {
      await appendAudit(tx, { stream: `person:${input.personId}`, actor: { kind: "PERSON", id: input.personId }, type: "PERSON_TWO_FACTOR_ENABLED", payload: {} });
    }
    return updated.count === 1;
  });
  if (!accepted) return { ok: false, reason: "replayed" };
  await clearThrottle(throttleKey, db);
  return { ok: true, enrolled: enrolling };
}
