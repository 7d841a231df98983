import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activateAccount, findActivation } from "@/lib/server/admin/activation";
import { ACTIVATION_NUMBER_RULE, requestCcmActivation } from "@/lib/server/portal/ccm-activation";
import { makeCertification, makePerson } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
const db = () => testDb.db;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

const tokenFrom = (text: string) => /\/activate\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";

async function counts() {
  return { people: await db().person.count(), tokens: await db().authToken.count(), notices: await db().notice.count(), audit: await db().auditEvent.count() };
}

describe("CCM activation", () => {
  it("matching number and registry email: an account linked to the record, a one-time link by outbox notice, then a password", async () => {
    const cert = await makeCertification(db(), { withAccount: false, email: "Jamie.Case@Example.org" });
    const result = await requestCcmActivation(db(), { ccmNumber: cert.number.toLowerCase(), email: "jamie.case@example.org" }, { address: "10.0.0.1" });
    expect(result).toEqual({ status: "accepted" });

    const person = await db().person.findUniqueOrThrow({ where: { email: "jamie.case@example.org" }, include: { certificant: true } });
    expect(person.roles).toEqual(["CCM"]);
    expect(person.passwordHash).toBeNull();
    expect(person.certificant?.id).toBeTruthy();
    const notice = await db().notice.findFirstOrThrow({ where: { template: "CCM_ACTIVATION", recipientPersonId: person.id } });
    expect(notice).toMatchObject({ toAddress: "jamie.case@example.org", status: "PENDING", messageId: expect.stringMatching(/^<ccm_activation-.+@docket>$/) });
    expect(notice.bodyHtml).toContain("<a href=");
    const token = tokenFrom(notice.bodyText);
    const stored = await db().authToken.findFirstOrThrow({ where: { personId: person.id, kind: "ACTIVATION" } });
    // Only the digest is kept.
    expect(stored.tokenHash).not.toContain(token);
    expect(await findActivation(db(), token)).toMatchObject({ email: "jamie.case@example.org" });

    await activateAccount(db(), token, "a long enough passphrase");
    expect((await db().person.findUniqueOrThrow({ where: { id: person.id } })).passwordHash).toBeTruthy();
    await expect(activateAccount(db(), token, "another long passphrase")).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("a second request replaces the first link; an existing account is reused", async () => {
    const cert = await makeCertification(db(), { email: "morgan.first@example.org" });
    await requestCcmActivation(db(), { ccmNumber: cert.number, email: "morgan.first@example.org" }, { address: "10.0.0.2" });
    await requestCcmActivation(db(), { ccmNumber: cert.number, email: "morgan.first@example.org" }, { address: "10.0.0.2" });
    const tokens = await db().authToken.findMany({ where: { personId: cert.person!.id, kind: "ACTIVATION" }, orderBy: { createdAt: "asc" } });
    expect(tokens).toHaveLength(2);
    expect(tokens.filter((t) => t.usedAt === null)).toHaveLength(1);
    expect(await db().person.count({ where: { email: "morgan.first@example.org" } })).toBe(0);
  });

  it("a wrong email, an unknown number or a record without email: the same answer and nothing written", async () => {
    const cert = await makeCertification(db(), { withAccount: false, email: "real.owner@example.org" });
    const noEmail = await makeCertification(db(), { withAccount: false, email: null });
    await makePerson(db(), { roles: [], email: "attacker@example.org" });
    const before = await counts();
    for (const attempt of [
      { ccmNumber: cert.number, email: "attacker@example.org" },
      { ccmNumber: "NO-SUCH-NUMBER", email: "real.owner@example.org" },
      { ccmNumber: noEmail.number, email: "attacker@example.org" },
    ]) {
      expect(await requestCcmActivation(db(), attempt, { address: "10.0.0.3" })).toEqual({ status: "accepted" });
    }
    expect(await counts()).toEqual(before);
  });

  it("is throttled per certification number", async () => {
    const cert = await makeCertification(db(), { withAccount: false, email: "busy@example.org" });
    for (let i = 0; i < ACTIVATION_NUMBER_RULE.limit; i += 1) {
      await requestCcmActivation(db(), { ccmNumber: cert.number, email: "wrong@example.org" }, { address: `10.1.0.${i}` });
    }
    const result = await requestCcmActivation(db(), { ccmNumber: cert.number, email: "busy@example.org" }, { address: "10.1.1.1" });
    expect(result).toMatchObject({ status: "throttled", retryAfterSeconds: expect.any(Number) });
    expect(await db().person.count({ where: { email: "busy@example.org" } })).toBe(0);
  });
});
