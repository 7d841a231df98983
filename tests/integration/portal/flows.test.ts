import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadPortalCase } from "@/lib/server/portal/case-view";
import { uploadComplianceEvidence } from "@/lib/server/portal/compliance";
import { challengeMember, requestPostponement, submitHearingMaterial } from "@/lib/server/portal/hearing";
import * as events from "@/lib/server/portal/transitions";
import { checkedFiles } from "@/lib/server/portal/uploads";
import { getWorld, type World } from "@/tests/factories";
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

const auditTypes = async (caseId: string) => (await db().auditEvent.findMany({ where: { complaintId: caseId }, orderBy: { seq: "asc" }, select: { type: true } })).map((e) => e.type);

describe("the CCM takes part through the portal", () => {
  it("responds with an attachment: the case moves to committee review with the response and the file on record", async () => {
    const made = await caseForNewCcm(db(), { to: "AWAITING_RESPONSE" });
    const now = made.clock.now();
    const attachments = await checkedFiles(formWith({ files: pdfFile("handover-notes.pdf") }), "files", "RESPONSE");
    const result = await events.submitResponse(
      { actor: made.ccm, caseId: made.id, expectedVersion: made.version, attachments, db: db(), now },
      { caseId: made.id, expectedVersion: made.version, statement: "I arranged a handover by telephone on 3 March." },
    );
    expect(result.to).toBe("COMMITTEE_REVIEW");
    const documents = await db().document.findMany({ where: { complaintId: made.id, uploaderKind: "RESPONDENT" }, select: { kind: true, filename: true, audience: true } });
    expect(documents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "RESPONSE", filename: "handover-notes.pdf", audience: "COMMITTEE_AND_RESPONDENT" }),
        expect.objectContaining({ kind: "RESPONSE", filename: expect.stringMatching(/^response-.*\.txt$/) }),
      ]),
    );
    const view = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(view.documents.filter((d) => d.fromYou)).toHaveLength(2);
    // The audit entry of the response names the file that came with it.
    const file = await db().document.findFirstOrThrow({ where: { complaintId: made.id, filename: "handover-notes.pdf" }, select: { id: true } });
    const audit = await db().auditEvent.findFirstOrThrow({ where: { complaintId: made.id, type: "SUBMIT_RESPONSE" }, select: { payload: true } });
    expect(audit.payload).toMatchObject({ storedDocumentIds: [file.id] });
    expect(view.nextStep.actionNeeded).toBe(false);
  });

  it("refuses a file that is not what it claims, all or nothing", async () => {
    // An executable's header (with NUL bytes) named .pdf: its bytes decide, not its name.
    const fake = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00])], "malware.pdf", { type: "application/pdf" });
    await expect(checkedFiles(formWith({ files: [pdfFile(), fake] }), "files", "RESPONSE")).rejects.toMatchObject({
      name: "UploadError",
      errors: [expect.stringMatching(/malware\.pdf is not a file type we accept/)],
    });
  });

  it("asks once for an extension, which waits for the Chair", async () => {
    const made = await caseForNewCcm(db(), { to: "AWAITING_RESPONSE" });
    const now = made.clock.now();
    await events.requestExtension({ actor: made.ccm, caseId: made.id, expectedVersion: made.version, db: db(), now }, { caseId: made.id, expectedVersion: made.version, days: 14, reason: "In hospital" });
    expect(await db().extensionRequest.findFirst({ where: { complaintId: made.id } })).toMatchObject({ daysAsked: 14, reason: "In hospital", ruling: null });
    const view = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(view.events.find((e) => e.type === "REQUEST_EXTENSION")).toMatchObject({ open: false, reason: expect.stringMatching(/already waiting for the Chair/) });
    expect(view.nextStep.detail).toMatch(/request for more time is with the Committee Chair/);
  });

  it("accepts the proposed outcome in writing, which waives the hearing and the appeal", async () => {
    const made = await caseForNewCcm(db(), { to: "PROPOSED_DISPOSITION", actions: [{ type: "PRIVATE_REPRIMAND" }] });
    const now = made.clock.now();
    const result = await events.elect(
      { actor: made.ccm, caseId: made.id, expectedVersion: made.version, db: db(), now },
      { caseId: made.id, expectedVersion: made.version, choice: "accept", signedName: "Casey Manager", statement: "I accept.", waiver: "waive-hearing-and-appeal" },
    );
    expect(result.to).toBe("CLOSED");
    expect(await db().decision.findFirst({ where: { complaintId: made.id, acceptedAt: { not: null } } })).toBeTruthy();
  });

  it("requests a hearing, then challenges a panel member within the window, sends a statement and exhibits, and asks to postpone", async () => {
    const made = await caseForNewCcm(db(), { to: "HEARING_SCHEDULED" });
    const now = made.clock.now();
    const common = { actor: made.ccm, caseId: made.id, expectedVersion: made.version, db: db(), now };
    const view = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(view.hearing?.panel.map((p) => p.personId)).toContain(world.members[0].id);
    expect(view.hearing?.challengeUntil).toBeInstanceOf(Date);

    await challengeMember({ ...common, memberId: world.members[0].id, grounds: "She supervised me at my last employer." });
    expect(await db().memberChallenge.findFirst({ where: { complaintId: made.id } })).toMatchObject({ memberId: world.members[0].id, filedById: made.ccm.personId, ruling: null });
    await expect(challengeMember({ ...common, memberId: world.members[0].id, grounds: "Again" })).rejects.toMatchObject({ name: "FieldError", field: "memberId" });
    await expect(challengeMember({ ...common, memberId: world.staff.id, grounds: "Not on the panel" })).rejects.toMatchObject({ name: "FieldError" });

    const exhibits = await checkedFiles(formWith({ exhibits: pdfFile("exhibit-a.pdf") }), "exhibits", "EXHIBIT");
    await submitHearingMaterial({ ...common, files: exhibits });
    await requestPostponement({ ...common, reason: "My attorney is in trial that week." });
    await expect(requestPostponement({ ...common, reason: "Again" })).rejects.toMatchObject({ code: "GUARD_FAILED", message: expect.stringMatching(/already with the Committee Chair/) });

    const types = await auditTypes(made.id);
    expect(types).toEqual(expect.arrayContaining(["MEMBER_CHALLENGED", "HEARING_MATERIAL_SUBMITTED", "HEARING_POSTPONEMENT_REQUESTED"]));
    const chairNotices = await db().notice.findMany({ where: { complaintId: made.id, template: { in: ["PORTAL_MEMBER_CHALLENGE", "PORTAL_POSTPONEMENT_REQUEST"] } } });
    expect(chairNotices.map((n) => n.recipientPersonId)).toEqual(expect.arrayContaining([world.chair.id]));
    const after = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(after.state).toBe("HEARING_SCHEDULED");
    expect(after.challenges).toHaveLength(1);
    expect(after.postponementRequests).toHaveLength(1);
    expect(after.documents.some((d) => d.kind === "EXHIBIT" && d.fromYou)).toBe(true);
  });

  it("appeals with grounds, a statement and a file, then follows the appeal", async () => {
    const made = await caseForNewCcm(db(), { to: "APPEAL_WINDOW" });
    const now = made.clock.now();
    const attachments = await checkedFiles(formWith({ files: pdfFile("appeal-brief.pdf") }), "files", "APPEAL");
    const result = await events.fileAppeal(
      { actor: made.ccm, caseId: made.id, expectedVersion: made.version, attachments, db: db(), now },
      { caseId: made.id, expectedVersion: made.version, grounds: ["PROCEDURE_NOT_FOLLOWED", "SANCTION_DISPROPORTIONATE"], statement: "No notice of the panel change." },
    );
    expect(result.to).toBe("APPEAL_FILED");
    const view = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(view.appeals).toEqual([expect.objectContaining({ grounds: ["PROCEDURE_NOT_FOLLOWED", "SANCTION_DISPROPORTIONATE"], outcome: null })]);
    expect(view.documents.some((d) => d.kind === "APPEAL" && d.filename === "appeal-brief.pdf")).toBe(true);
    expect(view.sanctions.every((s) => s.status === "STAYED")).toBe(true);
  });

  it("uploads compliance evidence against a condition, which staff then verify", async () => {
    const made = await caseForNewCcm(db(), { to: "SANCTION_ACTIVE" });
    const now = made.clock.now();
    const condition = await db().sanctionCondition.findFirstOrThrow({ where: { sanction: { complaintId: made.id } } });
    const files = await checkedFiles(formWith({ evidence: pdfFile("ce-certificate.pdf") }), "evidence", "COMPLIANCE_EVIDENCE");
    const before = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(before.nextStep).toMatchObject({ page: "compliance", actionNeeded: true });

    await uploadComplianceEvidence({ actor: made.ccm, caseId: made.id, expectedVersion: made.version, conditionId: condition.id, note: "8 hours completed", files, db: db(), now });
    const stored = await db().document.findMany({ where: { conditionId: condition.id }, select: { kind: true, uploaderKind: true, filename: true } });
    expect(stored).toHaveLength(2);
    expect(stored.every((d) => d.kind === "COMPLIANCE_EVIDENCE" && d.uploaderKind === "RESPONDENT")).toBe(true);
    expect(await auditTypes(made.id)).toContain("COMPLIANCE_EVIDENCE_SUBMITTED");

    const { runTransition } = await import("@/lib/server/cases/run-transition");
    await runTransition({ caseId: made.id, actor: world.staff.actor, event: { type: "VERIFY_CONDITIONS_MET", conditionIds: [condition.id] }, now, db: db() });
    const after = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    const shown = after.sanctions.flatMap((s) => s.conditions).find((c) => c.id === condition.id);
    expect(shown?.metAt).toBeInstanceOf(Date);
    expect(shown?.evidence.map((d) => d.filename)).toContain("ce-certificate.pdf");
    // Verified: nothing left to send for it.
    const fresh = await db().complaint.findUniqueOrThrow({ where: { id: made.id }, select: { version: true } });
    const snapshot = await portalFingerprint(db(), made.id);
    await expect(
      uploadComplianceEvidence({ actor: made.ccm, caseId: made.id, expectedVersion: fresh.version, conditionId: condition.id, files, db: db(), now }),
    ).rejects.toMatchObject({ code: "GUARD_FAILED" });
    expect(await portalFingerprint(db(), made.id)).toEqual(snapshot);
  });
});

describe("file fields", () => {
  it("an empty file input (as a browser or React sends it) is no file; an empty chosen file is refused", async () => {
    const none = formWith({ files: [new File([], ""), new File([], "undefined")] });
    expect(await checkedFiles(none, "files", "RESPONSE")).toEqual([]);
    await expect(checkedFiles(formWith({ files: new File([], "notes.pdf") }), "files", "RESPONSE")).rejects.toMatchObject({
      errors: [expect.stringMatching(/notes\.pdf is empty/)],
    });
  });
});

describe("requests for information and new material", () => {
  it("a request to the complainant is not the CCM's to answer; the material it brings opens the CCM's comment window", async () => {
    const made = await caseForNewCcm(db(), { to: "AWAITING_INFO" });
    const now = made.clock.now();
    const asked = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(asked.events.find((e) => e.type === "INFO_RECEIVED")).toMatchObject({ open: false, relevant: false });

    const { runTransition } = await import("@/lib/server/cases/run-transition");
    await runTransition({ caseId: made.id, actor: made.complainant, event: { type: "INFO_RECEIVED", note: "Visit dates: 2, 9 and 16 February." }, now, db: db() });
    const view = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(view.events.find((e) => e.type === "COMMENT_ON_ADVERSE_MATERIAL")).toMatchObject({ open: true });
    expect(view.nextStep).toMatchObject({ page: "information", title: expect.stringMatching(/^You may comment on new material by /) });

    const attachments = await checkedFiles(formWith({ commentFiles: pdfFile("visit-log.pdf") }), "commentFiles", "STATEMENT");
    await events.commentOnMaterial(
      { actor: made.ccm, caseId: made.id, expectedVersion: view.version, attachments, db: db(), now },
      { caseId: made.id, expectedVersion: view.version, statement: "My visit log shows different dates." },
    );
    expect((await loadPortalCase(made.id, made.ccm, { db: db(), now })).events.find((e) => e.type === "COMMENT_ON_ADVERSE_MATERIAL")?.open).toBe(false);
  });

  it("a request to the CCM is answered with words and files", async () => {
    const made = await caseForNewCcm(db(), { to: "COMMITTEE_REVIEW" });
    const now = made.clock.now();
    const { runTransition } = await import("@/lib/server/cases/run-transition");
    await runTransition({ caseId: made.id, actor: world.chair.actor, event: { type: "REQUEST_INFO", from: "CCM", items: ["Your case notes for February"] }, now, db: db() });
    const view = await loadPortalCase(made.id, made.ccm, { db: db(), now });
    expect(view.nextStep).toMatchObject({ page: "information", title: expect.stringMatching(/^Send the information the Committee asked for by /) });
    const attachments = await checkedFiles(formWith({ replyFiles: pdfFile("case-notes.pdf") }), "replyFiles", "INFO_REPLY");
    const result = await events.replyToInfoRequest(
      { actor: made.ccm, caseId: made.id, expectedVersion: view.version, attachments, db: db(), now },
      { caseId: made.id, expectedVersion: view.version, note: "Attached." },
    );
    expect(result.to).toBe("COMMITTEE_REVIEW");
    expect(await db().infoRequest.findFirst({ where: { complaintId: made.id, party: "CCM" } })).toMatchObject({ answer: "Attached.", answeredAt: now });
  });
});
