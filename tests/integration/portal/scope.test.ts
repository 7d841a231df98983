import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPortalCase } from "@/lib/server/portal/case-view";
import { uploadComplianceEvidence } from "@/lib/server/portal/compliance";
import { challengeMember, requestPostponement, submitHearingMaterial } from "@/lib/server/portal/hearing";
import { loadPortalHome } from "@/lib/server/portal/home";
import { designateRepresentative } from "@/lib/server/portal/representatives";
import * as events from "@/lib/server/portal/transitions";
import { checkedFiles } from "@/lib/server/portal/uploads";
import { castWithNewRespondent, getWorld, makeCase, makeCertification, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { caseForNewCcm, formWith, pdfFile, portalFingerprint } from "./support";

let testDb: TestDb;
let world: World;
const db = () => testDb.db;

beforeAll(async () => {
  testDb = await createTestDb();
  world = await getWorld(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

describe("the portal is scoped to the CCM", () => {
  it("lists only the CCM's own cases, and only once they were sent the Notice of Complaint", async () => {
    const notified = await caseForNewCcm(db(), { to: "AWAITING_RESPONSE" });
    const ccm = notified.ccm;
    // A second case against the same CCM still in preliminary review, and someone else's case.
    const { cast } = await castWithNewRespondent(db());
    const early = await makeCase(db(), { to: "PRELIMINARY_REVIEW", cast: { ...cast, respondent: ccm, respondentCertificationId: ccm.certificationIds[0]! } });
    const foreign = await caseForNewCcm(db(), { to: "AWAITING_RESPONSE" });

    const home = await loadPortalHome(ccm, { db: db(), now: notified.clock.now() });
    expect(home.cases.map((c) => c.id)).toEqual([notified.id]);
    expect(home.cases[0]).toMatchObject({ state: "AWAITING_RESPONSE", stage: { label: expect.any(String) }, nextDeadline: { kind: "RESPONSE" } });
    expect(home.cases[0]!.nextStep).toMatchObject({ actionNeeded: true, page: "respond", title: expect.stringMatching(/^Send your written response by /) });
    expect(home.certifications).toHaveLength(1);
    expect(JSON.stringify(home)).not.toContain(foreign.reference);

    await expect(loadPortalCase(early.id, ccm, { db: db() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadPortalCase(foreign.id, ccm, { db: db() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("staff or committee roles widen nothing: the portal shows a case only to its respondent", async () => {
    const made = await caseForNewCcm(db(), { to: "COMMITTEE_REVIEW" });
    await expect(loadPortalCase(made.id, world.staff.actor, { db: db() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(loadPortalCase(made.id, world.chair.actor, { db: db() })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await loadPortalHome(world.staff.actor, { db: db() })).cases).toEqual([]);
  });
});

describe("another CCM's case id is NOT_FOUND and changes nothing", () => {
  async function expectUntouched(caseId: string, attempt: () => Promise<unknown>) {
    const before = await portalFingerprint(db(), caseId);
    await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await portalFingerprint(db(), caseId)).toEqual(before);
  }

  it("every workflow action", async () => {
    const intruder = (await makeCertification(db())).person!.actor;
    const awaiting = await caseForNewCcm(db(), { to: "AWAITING_RESPONSE" });
    const proposed = await caseForNewCcm(db(), { to: "PROPOSED_DISPOSITION" });
    const window = await caseForNewCcm(db(), { to: "APPEAL_WINDOW" });
    const input = (made: { id: string; version: number }) => ({ actor: intruder, caseId: made.id, expectedVersion: made.version, db: db() });
    const attachments = await checkedFiles(formWith({ files: pdfFile() }), "files", "RESPONSE");

    await expectUntouched(awaiting.id, () => events.submitResponse({ ...input(awaiting), attachments }, { caseId: awaiting.id, expectedVersion: awaiting.version, statement: "Not mine" }));
    await expectUntouched(awaiting.id, () => events.requestExtension(input(awaiting), { caseId: awaiting.id, expectedVersion: awaiting.version, days: 5, reason: "x" }));
    await expectUntouched(proposed.id, () =>
      events.elect(input(proposed), { caseId: proposed.id, expectedVersion: proposed.version, choice: "accept", signedName: "X", statement: undefined, waiver: "waive-hearing-and-appeal" }),
    );
    await expectUntouched(proposed.id, () =>
      events.elect(input(proposed), { caseId: proposed.id, expectedVersion: proposed.version, choice: "hearing", signedName: "X", statement: undefined }),
    );
    await expectUntouched(window.id, () =>
      events.fileAppeal(input(window), { caseId: window.id, expectedVersion: window.version, grounds: ["FINDINGS_UNSUPPORTED"], statement: "x" }),
    );
    await expectUntouched(window.id, () => loadPortalCase(window.id, intruder, { db: db() }));
  });

  it("every record the portal adds outside the workflow", async () => {
    const intruder = (await makeCertification(db())).person!.actor;
    const hearing = await caseForNewCcm(db(), { to: "HEARING_SCHEDULED" });
    const active = await caseForNewCcm(db(), { to: "SANCTION_ACTIVE" });
    const condition = await db().sanctionCondition.findFirstOrThrow({ where: { sanction: { complaintId: active.id } } });
    const common = (made: { id: string; version: number }) => ({ actor: intruder, caseId: made.id, expectedVersion: made.version, db: db() });
    const files = await checkedFiles(formWith({ evidence: pdfFile() }), "evidence", "COMPLIANCE_EVIDENCE");

    await expectUntouched(hearing.id, () => challengeMember({ ...common(hearing), memberId: world.chair.id, grounds: "x" }));
    await expectUntouched(hearing.id, () => submitHearingMaterial({ ...common(hearing), files }));
    await expectUntouched(hearing.id, () => requestPostponement({ ...common(hearing), reason: "x" }));
    await expectUntouched(active.id, () => uploadComplianceEvidence({ ...common(active), conditionId: condition.id, files }));
    await expectUntouched(active.id, () => designateRepresentative({ ...common(active), name: "Eve", email: "eve@example.org" }));
  });
});

describe("a representative", () => {
  it("sees and acts on the case they were given, and no other of the CCM's cases", async () => {
    const first = await caseForNewCcm(db(), { to: "AWAITING_RESPONSE" });
    const { ccm } = first;
    const { cast } = await castWithNewRespondent(db());
    const second = await makeCase(db(), { to: "AWAITING_RESPONSE", cast: { ...cast, respondent: ccm, respondentCertificationId: ccm.certificationIds[0]! } });

    await designateRepresentative({ actor: ccm, caseId: first.id, expectedVersion: first.version, name: "Robin Counsel", email: "robin.counsel@example.org", db: db(), now: first.clock.now() });
    const person = await db().person.findUniqueOrThrow({ where: { email: "robin.counsel@example.org" } });
    expect(person.roles).toEqual([]);
    expect(await db().authToken.count({ where: { personId: person.id, kind: "ACTIVATION", usedAt: null } })).toBe(1);
    expect(await db().notice.findFirst({ where: { recipientPersonId: person.id, template: "REPRESENTATIVE_INVITE" } })).toMatchObject({
      toAddress: "robin.counsel@example.org",
      bodyText: expect.stringContaining("/activate/"),
    });
    expect(await db().auditEvent.count({ where: { complaintId: first.id, type: "REPRESENTATIVE_DESIGNATED" } })).toBe(1);

    const rep = { kind: "person" as const, personId: person.id, roles: [], certificationIds: [] };
    const home = await loadPortalHome(rep, { db: db() });
    expect(home.cases.map((c) => c.id)).toEqual([first.id]);
    expect(home.certifications).toEqual([]);
    const now = first.clock.now();
    const seen = await loadPortalCase(first.id, rep, { db: db(), now });
    expect(seen.actorIsCcm).toBe(false);
    expect(seen.events.filter((e) => e.open).map((e) => e.type)).toContain("SUBMIT_RESPONSE");
    await expect(loadPortalCase(second.id, rep, { db: db() })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // A representative may not appoint another.
    await expect(
      designateRepresentative({ actor: rep, caseId: first.id, expectedVersion: seen.version, name: "Sam", email: "sam@example.org", db: db() }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    const result = await events.submitResponse(
      { actor: rep, caseId: first.id, expectedVersion: seen.version, db: db(), now },
      { caseId: first.id, expectedVersion: seen.version, statement: "On behalf of my client: the handover was arranged." },
    );
    expect(result.to).toBe("COMMITTEE_REVIEW");
  });
});
