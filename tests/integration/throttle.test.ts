import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hitThrottle } from "@/lib/server/throttle";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

const RULE = { limit: 4, windowSeconds: 60, lockSeconds: 120 };
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 2, 9, 0, seconds));

describe("hitThrottle: check and count in one statement", () => {
  it("lets limit - 1 events pass, locks at the limit, counts nothing while locked, and unlocks after the lock", async () => {
    const key = "test:lock";
    for (let i = 0; i < RULE.limit - 1; i++) expect(await hitThrottle(key, RULE, at(i), t.db)).toEqual({ allowed: true });
    expect(await hitThrottle(key, RULE, at(10), t.db)).toEqual({ allowed: false, retryAfterSeconds: 120 });
    expect(await hitThrottle(key, RULE, at(40), t.db)).toEqual({ allowed: false, retryAfterSeconds: 90 });
    expect(await t.db.throttle.findUniqueOrThrow({ where: { key } })).toMatchObject({ count: 0 });
    // The lock ends at 130 s; the first event after it starts a fresh count.
    expect(await hitThrottle(key, RULE, at(131), t.db)).toEqual({ allowed: true });
  });

  it("starts a new window once the old one has passed", async () => {
    const key = "test:window";
    for (let i = 0; i < RULE.limit - 1; i++) await hitThrottle(key, RULE, at(i), t.db);
    expect(await hitThrottle(key, RULE, at(61), t.db)).toEqual({ allowed: true });
    expect(await t.db.throttle.findUniqueOrThrow({ where: { key } })).toMatchObject({ count: 1, windowStartedAt: at(61) });
  });

  it("keeps keys apart", async () => {
    for (let i = 0; i < RULE.limit; i++) await hitThrottle("test:a", RULE, at(i), t.db);
    expect(await hitThrottle("test:b", RULE, at(5), t.db)).toEqual({ allowed: true });
  });
});
