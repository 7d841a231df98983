import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { activateAccount, findActivation } from "@/lib/server/admin/activation";
import { invitePerson, reissueInvite } from "@/lib/server/admin/invites";
import { resetTwoFactor, setActive, setCommitteeTerm, setRoles } from "@/lib/server/admin/people";
import { encryptTotpKey, newTotpKey } from "@/lib/server/two-factor/totp";
import { verifyPassword } from "@/lib/server/password";
import { digestToken } from "@/lib/server/tokens";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(async () => {
  await testDb?.close();
});

const actorOf = (id: string) => ({ kind: "PERSON" as const, id });

describe("people and roles", () => {
  it("invites by email: a person without a password, a hashed one-time token and a PENDING outbox notice with the link", async () => {
    const admin = await db.person.create({ data: { email: "root@test.example", name: "Root", roles: ["ADMIN"] } });
    const invite = await invitePerson(db, { name: "Mo Member", email: "mo@test.example", roles: ["COMMITTEE_MEMBER"], termFrom: "2026-01-01", termTo: "2028-12-31" }, actorOf(admin.id));
    const token = invite.path.split("/").pop()!;
    const person = await db.person.findUniqueOrThrow({ where: { email: "mo@test.example" }, include: { authTokens: true } });
    expect(person).toMatchObject({ passwordHash: null, roles: ["COMMITTEE_MEMBER"], active: true });
    expect(person.committeeTermTo?.toISOString().slice(0, 10)).toBe("2028-12-31");
    expect(person.authTokens).toEqual([expect.objectContaining({ kind: "INVITE", tokenHash: digestToken(token), usedAt: null })]);
    expect(JSON.stringify(person.authTokens)).not.toContain(token);
    const notice = await db.notice.findFirstOrThrow({ where: { toAddress: "mo@test.example" } });
    expect(notice).toMatchObject({ template: "INVITE", status: "PENDING" });
    expect(notice.bodyText).toContain(`/activate/${token}`);
    expect(notice.bodyHtml).toContain(`/activate/${token}`);
    await expect(invitePerson(db, { name: "Again", email: "mo@test.example", roles: ["STAFF"], termFrom: null, termTo: null }, actorOf(admin.id))).rejects.toMatchObject({ field: "email" });

    expect(await findActivation(db, token)).toEqual({ name: "Mo Member", email: "mo@test.example" });
    await activateAccount(db, token, "correct horse battery staple");
    const activated = await db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(await verifyPassword(activated.passwordHash, "correct horse battery staple")).toBe(true);
    expect(await findActivation(db, token)).toBeNull();
    await expect(activateAccount(db, token, "another password here")).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(reissueInvite(db, person.id, actorOf(admin.id))).rejects.toMatchObject({ code: "VALIDATION" });
    const types = (await db.auditEvent.findMany({ where: { stream: `person:${person.id}` }, orderBy: { seq: "asc" } })).map((event) => event.type);
    expect(types).toEqual(["PERSON_INVITED", "PERSON_ACTIVATED"]);
  });

  it("a reissued invitation voids the earlier link", async () => {
    const admin = await db.person.create({ data: { email: "root2@test.example", name: "Root Two", roles: ["ADMIN"] } });
    const first = await invitePerson(db, { name: "Sam Staff", email: "sam@test.example", roles: ["STAFF"], termFrom: null, termTo: null }, actorOf(admin.id));
    const second = await reissueInvite(db, (await db.person.findUniqueOrThrow({ where: { email: "sam@test.example" } })).id, actorOf(admin.id));
    expect(await findActivation(db, first.path.split("/").pop()!)).toBeNull();
    expect(await findActivation(db, second.path.split("/").pop()!)).not.toBeNull();
  });

  it("never leaves the system without an active administrator", async () => {
    const admins = (await db.person.findMany({ select: { id: true, roles: true } })).filter((person) => person.roles.includes("ADMIN"));
    await db.person.updateMany({ where: { id: { in: admins.map((person) => person.id) } }, data: { active: false } });
    const only = await db.person.create({ data: { email: "only@test.example", name: "Only Admin", roles: ["ADMIN", "STAFF"] } });
    const other = await db.person.create({ data: { email: "other@test.example", name: "Other", roles: ["STAFF"] } });
    await expect(setRoles(db, { personId: only.id, roles: ["STAFF"] }, actorOf(other.id))).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("last active administrator") });
    await expect(setActive(db, { personId: only.id, active: false }, actorOf(other.id))).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(setActive(db, { personId: only.id, active: false }, actorOf(only.id))).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db.person.findUniqueOrThrow({ where: { id: only.id } })).toMatchObject({ active: true, roles: ["ADMIN", "STAFF"], sessionVersion: 1 });

    await setRoles(db, { personId: other.id, roles: ["STAFF", "ADMIN"] }, actorOf(only.id));
    await setRoles(db, { personId: only.id, roles: ["STAFF"] }, actorOf(other.id));
    expect(await db.person.findUniqueOrThrow({ where: { id: only.id } })).toMatchObject({ roles: ["STAFF"], sessionVersion: 2 });
  });

  it("deactivation ends sessions and voids links; roles keep CCM; terms are audited", async () => {
    const admin = await db.person.create({ data: { email: "root3@test.example", name: "Root Three", roles: ["ADMIN"] } });
    const ccm = await db.person.create({ data: { email: "ccm-member@test.example", name: "Cee Cee", roles: ["CCM"] } });
    await setRoles(db, { personId: ccm.id, roles: ["COMMITTEE_MEMBER"] }, actorOf(admin.id));
    expect((await db.person.findUniqueOrThrow({ where: { id: ccm.id } })).roles.sort()).toEqual(["CCM", "COMMITTEE_MEMBER"]);
    await setCommitteeTerm(db, { personId: ccm.id, termFrom: "2026-01-01", termTo: "2027-12-31" }, actorOf(admin.id));
    await db.authToken.create({ data: { personId: ccm.id, kind: "PASSWORD_RESET", tokenHash: "x".repeat(64), expiresAt: new Date(Date.now() + 86_400_000) } });
    const before = await db.person.findUniqueOrThrow({ where: { id: ccm.id } });
    await setActive(db, { personId: ccm.id, active: false }, actorOf(admin.id));
    const after = await db.person.findUniqueOrThrow({ where: { id: ccm.id }, include: { authTokens: true } });
    expect(after.active).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.authTokens.every((token) => token.usedAt !== null)).toBe(true);
    const types = (await db.auditEvent.findMany({ where: { stream: `person:${ccm.id}` }, orderBy: { seq: "asc" } })).map((event) => event.type);
    expect(types).toEqual(["PERSON_ROLES_CHANGED", "PERSON_TERM_CHANGED", "PERSON_DEACTIVATED"]);
  });

  it("resetting a lost authenticator removes the key, ends sessions and is audited once", async () => {
    const admin = await db.person.create({ data: { email: "root4@test.example", name: "Root Four", roles: ["ADMIN"] } });
    const staff = await db.person.create({
      data: { email: "lost-phone@test.example", name: "Lou Lostphone", roles: ["STAFF"], totpSecret: encryptTotpKey(newTotpKey()), totpEnabledAt: new Date(), totpLastStep: 1 },
    });
    expect(await resetTwoFactor(db, { personId: staff.id }, actorOf(admin.id))).toEqual({ changed: true });
    const after = await db.person.findUniqueOrThrow({ where: { id: staff.id } });
    expect([after.totpSecret, after.totpEnabledAt, after.totpLastStep]).toEqual([null, null, null]);
    expect(after.sessionVersion).toBe(staff.sessionVersion + 1);
    expect(await resetTwoFactor(db, { personId: staff.id }, actorOf(admin.id))).toEqual({ changed: false });
    const types = (await db.auditEvent.findMany({ where: { stream: `person:${staff.id}` } })).map((event) => event.type);
    expect(types).toEqual(["PERSON_TWO_FACTOR_RESET"]);
  });
});
