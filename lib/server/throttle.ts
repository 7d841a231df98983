import "server-only";
import { db as defaultDb, type DbOrTx } from "./db";

/** A fixed-window limit: `limit` events per `windowSeconds`; reaching it locks for `lockSeconds`. */
export type ThrottleRule = { limit: number; windowSeconds: number; lockSeconds: number };

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

// Kept in the database so every app instance sees the same counts.
export async function checkThrottle(key: string, now = new Date(), db: DbOrTx = defaultDb): Promise<ThrottleVerdict> {
  const row = await db.throttle.findUnique({ where: { key }, select: { lockedUntil: true } });
  if (row?.lockedUntil && row.lockedUntil > now) {
    return { allowed: false, retryAfterSeconds: Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 1000) };
  }
  return { allowed: true };
}

/** Counts one event against `key`; returns the verdict after counting it. */
export async function recordThrottleEvent(key: string, rule: ThrottleRule, now = new Date(), db: DbOrTx = defaultDb): Promise<ThrottleVerdict> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "Throttle" ("key", "count", "windowStartedAt") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "Throttle"."windowStartedAt" < ${windowStart} THEN 1 ELSE "Throttle"."count" + 1 END,
      "windowStartedAt" = CASE WHEN "Throttle"."windowStartedAt" < ${windowStart} THEN ${now} ELSE "Throttle"."windowStartedAt" END
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  if (count < rule.limit) return { allowed: true };
  const lockedUntil = new Date(now.getTime() + rule.lockSeconds * 1000);
  await db.throttle.update({ where: { key }, data: { lockedUntil, count: 0, windowStartedAt: now } });
  return { allowed: false, retryAfterSeconds: rule.lockSeconds };
}

/**
 * checkThrottle then recordThrottleEvent in one statement (one round trip on the hot public paths):
 * while `key` is locked nothing is counted and the verdict says how long is left; otherwise the
 * event is counted, and reaching `limit` locks the key.
 */
export async function hitThrottle(key: string, rule: ThrottleRule, now = new Date(), db: DbOrTx = defaultDb): Promise<ThrottleVerdict> {
  const windowStart = new Date(now.getTime() - rule.windowSeconds * 1000);
  const rows = await db.$queryRaw<{ count: number; lockedUntil: Date | null }[]>`
    INSERT INTO "Throttle" ("key", "count", "windowStartedAt") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE
        WHEN "Throttle"."lockedUntil" > ${now} THEN "Throttle"."count"
        WHEN "Throttle"."windowStartedAt" < ${windowStart} THEN 1
        ELSE "Throttle"."count" + 1 END,
      "windowStartedAt" = CASE
        WHEN "Throttle"."lockedUntil" > ${now} THEN "Throttle"."windowStartedAt"
        WHEN "Throttle"."windowStartedAt" < ${windowStart} THEN ${now}
        ELSE "Throttle"."windowStartedAt" END
    RETURNING "count", "lockedUntil"`;
  const lockedUntil = rows[0]?.lockedUntil ? new Date(rows[0].lockedUntil) : null;
  if (lockedUntil && lockedUntil > now) return { allowed: false, retryAfterSeconds: Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000) };
  if (Number(rows[0]?.count ?? 1) < rule.limit) return { allowed: true };
  await db.throttle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + rule.lockSeconds * 1000), count: 0, windowStartedAt: now } });
  return { allowed: false, retryAfterSeconds: rule.lockSeconds };
}

export async function clearThrottle(key: string, db: DbOrTx = defaultDb): Promise<void> {
  await db.throttle.deleteMany({ where: { key } });
}

/** Human wording for a lock, e.g. "15 minutes". */
export function describeWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? "1 minute" : `${minutes} minutes`;
}
