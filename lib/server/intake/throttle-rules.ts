import "server-only";
import type { DbOrTx } from "../db";
import { hitThrottle, type ThrottleRule, type ThrottleVerdict } from "../throttle";

/**
 * Per-address limits on the public intake and status page, counted in the shared Throttle table
 * (so every instance agrees). hitThrottle locks when the count reaches `limit`, so
 * `limit - 1` events pass in a window.
 */
export const INTAKE_THROTTLE = {
  /** New drafts started. */
  start: { limit: 31, windowSeconds: 3600, lockSeconds: 3600 },
  /** Complaints filed. */
  submit: { limit: 11, windowSeconds: 3600, lockSeconds: 3600 },
  /** Upload requests (each up to 10 files). */
  upload: { limit: 61, windowSeconds: 3600, lockSeconds: 3600 },
  /** Attempts to resume a saved draft with a code. */
  resume: { limit: 11, windowSeconds: 900, lockSeconds: 900 },
  /** Sign-in attempts on the status page (the per-reference lock is separate). */
  signIn: { limit: 31, windowSeconds: 900, lockSeconds: 900 },
  /** Requests for a new access code. */
  lostCode: { limit: 6, windowSeconds: 3600, lockSeconds: 3600 },
  /** Messages, answers and withdrawal requests from a signed-in complainant. */
  statusWrite: { limit: 61, windowSeconds: 3600, lockSeconds: 900 },
} as const satisfies Record<string, ThrottleRule>;

export type IntakeThrottleKind = keyof typeof INTAKE_THROTTLE;

/** Counts one attempt from `address`; refused while locked or once the limit is reached. */
export async function throttleAddress(db: DbOrTx, kind: IntakeThrottleKind, address: string, now = new Date()): Promise<ThrottleVerdict> {
  return hitThrottle(`intake:${kind}:${address}`, INTAKE_THROTTLE[kind], now, db);
}
