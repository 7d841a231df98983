import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { confirmSecondFactor, TOTP_ACCOUNT_RULE } from "@/lib/server/two-factor/confirm";
import { currentTotpCode, decryptTotpKey, encryptTotpKey, newTotpKey } from "@/lib/server/two-factor/totp";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

let n = 0;
async function staffPerson(key?: string) {
  n += 1;
  return t.db.person.create({
    data: {
      email: `staff-2fa-${n}@test.example`,
      name: "Sam Second",
      roles: ["STAFF"],
      totpSecret: key ? encryptTotpKey(key) : null,
      totpEnabledAt: key ? new Date("2026-11-01T00:00:00Z") : null,
    },
  });
}

const at = (iso: string) => new Date(iso);

describe("two-factor codes on a real database", () => {
  it("enrolling stores the key encrypted only once a code from it is confirmed, and audits it", async () => {
    const person = await staffPerson();
    const key = newTotpKey();
    const now = at("2026-12-02T10:00:05Z");
    expect(await confirmSecondFactor(t.db, { personId: person.id, code: "000000", enrollingKey: key }, now)).toEqual({ ok: false, reason: "wrong" });
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).totpEnabledAt).toBeNull();

    expect(await confirmSecondFactor(t.db, { personId: person.id, code: currentTotpCode(key, now), enrollingKey: key }, now)).toEqual({ ok: true, enrolled: true });
    const stored = await t.db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored.totpEnabledAt).toEqual(now);
    expect(stored.totpSecret).not.toContain(key);
    expect(decryptTotpKey(stored.totpSecret!)).toBe(key);
    expect(await t.db.auditEvent.count({ where: { stream: `person:${person.id}`, type: "PERSON_TWO_FACTOR_ENABLED" } })).toBe(1);

    // Once enrolled, a key offered by the client is ignored: only the stored one counts.
    const other = newTotpKey();
    const later = at("2026-12-02T10:01:05Z");
    expect(await confirmSecondFactor(t.db, { personId: person.id, code: currentTotpCode(other, later), enrollingKey: other }, later)).toEqual({ ok: false, reason: "wrong" });
  });

  it("a code is accepted once: the same code again, or an older one, is a replay", async () => {
    const key = newTotpKey();
    const person = await staffPerson(key);
    const now = at("2026-12-02T11:00:10Z");
    const code = currentTotpCode(key, now);
    expect(await confirmSecondFactor(t.db, { personId: person.id, code }, now)).toEqual({ ok: true, enrolled: false });
    expect(await confirmSecondFactor(t.db, { personId: person.id, code }, now)).toEqual({ ok: false, reason: "replayed" });
    const previous = currentTotpCode(key, new Date(now.getTime() - 30_000));
    expect(await confirmSecondFactor(t.db, { personId: person.id, code: previous }, now)).toEqual({ ok: false, reason: "replayed" });
    const next = new Date(now.getTime() + 30_000);
    expect(await confirmSecondFactor(t.db, { personId: person.id, code: currentTotpCode(key, next) }, next)).toEqual({ ok: true, enrolled: false });
  });

  it("the same code sent twice at once is accepted exactly once", async () => {
    const key = newTotpKey();
    const person = await staffPerson(key);
    const now = at("2026-12-02T12:00:10Z");
    const code = currentTotpCode(key, now);
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => confirmSecondFactor(t.db, { personId: person.id, code }, now)));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok && o.reason === "replayed")).toHaveLength(5);
  });

  it(`${TOTP_ACCOUNT_RULE.limit} wrong codes lock the code step, even for the right code, until the lock ends`, async () => {
    const key = newTotpKey();
    const person = await staffPerson(key);
    const now = at("2026-12-02T13:00:10Z");
    const wrong = String((Number(currentTotpCode(key, now)) + 500_000) % 1_000_000).padStart(6, "0");
    const outcomes = [];
    for (let i = 0; i < TOTP_ACCOUNT_RULE.limit; i++) outcomes.push(await confirmSecondFactor(t.db, { personId: person.id, code: wrong }, now));
    expect(outcomes.slice(0, -1).every((o) => !o.ok && o.reason === "wrong")).toBe(true);
    expect(outcomes.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await confirmSecondFactor(t.db, { personId: person.id, code: currentTotpCode(key, now) }, now)).toMatchObject({ ok: false, reason: "throttled" });
    const afterLock = new Date(now.getTime() + TOTP_ACCOUNT_RULE.lockSeconds * 1000 + 1000);
    expect(await confirmSecondFactor(t.db, { personId: person.id, code: currentTotpCode(key, afterLock) }, afterLock)).toEqual({ ok: true, enrolled: false });
  });

  it("a deactivated account, or a key that no longer decrypts, cannot pass", async () => {
    const key = newTotpKey();
    const person = await staffPerson(key);
    const now = at("2026-12-02T14:00:10Z");
    await t.db.person.update({ where: { id: person.id }, data: { active: false } });
    expect(await confirmSecondFactor(t.db, { personId: person.id, code: currentTotpCode(key, now) }, now)).toEqual({ ok: false, reason: "unavailable" });
    await t.db.person.update({ where: { id: person.id }, data: { active: true, totpSecret: encryptTotpKey(key, "another-secret-that-is-long-enough-000") } });
    expect(await confirmSecondFactor(t.db, { personId: person.id, code: currentTotpCode(key, now) }, now)).toEqual({ ok: false, reason: "unavailable" });
  });
});
