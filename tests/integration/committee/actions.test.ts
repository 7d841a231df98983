import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DecisionsSection } from "@/components/committee/case-file/outcome-sections";
import { loadOutcomes } from "@/lib/server/committee/case-file/outcomes";
import { declareConflict, grantIdentityDisclosure, recordChallenge, recuseMember, ruleOnChallenge } from "@/lib/server/committee/impartiality";
import { addInternalNote, sendStaffMessage } from "@/lib/server/committee/records";
import { runTransition } from "@/lib/server/cases/run-transition";
import { sendCommitteeEvent } from "@/lib/server/committee/send-event";
import { getWorld, makeCase, makePerson, type MadeCase, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "../../support/test-db";
import { fingerprint } from "../workflow/fingerprint";
import { formOf, refusalOf } from "./support";

let t: TestDb;
let world: World;

beforeAll(async () => {
  t = await createTestDb();
  world = await getWorld(t.db);
});
afterAll(async () => {
  await t?.close();
});

/** Counts of everything a committee action could write, plus the committee-only records. */
async function everything(caseId: string) {
  return {
    ...(await fingerprint(t.db, caseId)),
    messages: await t.db.message.count(),
    recusals: await t.db.recusal.count(),
    declarations: await t.db.conflictDeclaration.count(),
    challenges: await t.db.memberChallenge.count({ where: { ruling: { not: null } } }),
  };
}

async function expectUnchanged(made: MadeCase, attempt: () => Promise<unknown>, code: string) {
  const before = await everything(made.id);
  const refusal = await refusalOf(attempt());
  expect(refusal).toMatchObject({ code });
  expect(await everything(made.id)).toEqual(before);
  return refusal!;
}

const dismissForm = () => formOf({ reasonCode: "FRIVOLOUS", reasons: "No serious basis." });

describe("committee event forms", () => {
  it("sends a valid form through the workflow as the Chair", async () => {
    const made = await makeCase(t.db, { to: "PRELIMINARY_REVIEW" });
    const outcome = await sendCommitteeEvent(t.db, world.chair.actor, { caseId: made.id, type: "DISMISS", expectedVersion: made.version, form: dismissForm() }, made.clock.advanceDays(1));
    expect(outcome).toMatchObject({ ok: true, result: { to: "CLOSED_DISMISSED" } });
    const letters = await t.db.document.findMany({ where: { complaintId: made.id, kind: "LETTER", letterKind: "DECISION" }, select: { audience: true } });
    expect(letters.map((l) => l.audience)).toEqual(["COMMITTEE_AND_COMPLAINANT"]);
  });

  it("refuses a stale form with CONFLICT and writes nothing", async () => {
    const made = await makeCase(t.db, { to: "PRELIMINARY_REVIEW" });
    await expectUnchanged(made, () => sendCommitteeEvent(t.db, world.chair.actor, { caseId: made.id, type: "DISMISS", expectedVersion: made.version - 1, form: dismissForm() }, made.clock.advanceDays(1)), "CONFLICT");
  });

  it("returns field errors for bad input, and writes nothing", async () => {
    const made = await makeCase(t.db, { to: "PRELIMINARY_REVIEW" });
    const before = await everything(made.id);
    const outcome = await sendCommitteeEvent(t.db, world.chair.actor, { caseId: made.id, type: "DISMISS", expectedVersion: made.version, form: formOf({ reasonCode: "NOT_A_REASON" }) });
    expect(outcome).toMatchObject({ ok: false, fieldErrors: { reasonCode: ["Choose a reason for dismissal"], reasons: ["Enter the reasons"] } });
    const schedule = await sendCommitteeEvent(t.db, world.chair.actor, { caseId: made.id, type: "SCHEDULE_HEARING", expectedVersion: made.version, form: formOf({ date: "soon", format: "VIDEO" }) });
    expect(schedule.ok).toBe(false);
    expect(await everything(made.id)).toEqual(before);
    await expectUnchanged(made, () => sendCommitteeEvent(t.db, world.chair.actor, { caseId: made.id, type: "NOT_AN_EVENT", expectedVersion: made.version, form: formOf({}) }), "VALIDATION");
  });

  it("refuses a role the workflow does not allow (FORBIDDEN), a wrong state and an unknown case (NOT_FOUND)", async () => {
    const made = await makeCase(t.db, { to: "PRELIMINARY_REVIEW" });
    await expectUnchanged(made, () => sendCommitteeEvent(t.db, world.members[0].actor, { caseId: made.id, type: "DISMISS", expectedVersion: made.version, form: dismissForm() }), "FORBIDDEN");
    await expectUnchanged(made, () => sendCommitteeEvent(t.db, world.staff.actor, { caseId: made.id, type: "START_INTAKE", expectedVersion: made.version, form: formOf({}) }), "INVALID_TRANSITION");
    await expectUnchanged(made, () => sendCommitteeEvent(t.db, world.commissioners[0].actor, { caseId: made.id, type: "DISMISS", expectedVersion: made.version, form: dismissForm() }), "NOT_FOUND");
    await expectUnchanged(made, () => sendCommitteeEvent(t.db, world.chair.actor, { caseId: "no-such-case", type: "DISMISS", expectedVersion: 1, form: dismissForm() }), "NOT_FOUND");
  });

  it("refuses a hearing with too little notice or too small a panel, with the workflow's reason", async () => {
    const made = await makeCase(t.db, { to: "PROPOSED_DISPOSITION" });
    await runTransition({ caseId: made.id, actor: world.respondent, event: { type: "REQUEST_HEARING", signedName: "Casey Manager" }, now: made.clock.advanceDays(1), db: t.db });
    const now = made.clock.advanceDays(1);
    const day = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const { version } = await t.db.complaint.findUniqueOrThrow({ where: { id: made.id }, select: { version: true } });
    const schedule = (date: string, panel: string[]) =>
      sendCommitteeEvent(t.db, world.chair.actor, { caseId: made.id, type: "SCHEDULE_HEARING", expectedVersion: version, form: formOf({ date, time: "14:00", format: "VIDEO", link: "https://video.example.org/h", panel }) }, now);
    const early = await expectUnchanged(made, () => schedule(day(3), world.cast.hearingPanelIds), "GUARD_FAILED");
    expect(early.message).toMatch(/at least 30 calendar days' notice/);
    const small = await expectUnchanged(made, () => schedule(day(40), world.cast.hearingPanelIds.slice(0, 2)), "GUARD_FAILED");
    expect(small.message).toMatch(/at least 3 members/);
    await expect(schedule(day(40), world.cast.hearingPanelIds)).resolves.toMatchObject({ ok: true, result: { to: "HEARING_SCHEDULED" } });
    const notice = await t.db.document.findFirst({ where: { complaintId: made.id, letterKind: "NOTICE_OF_HEARING" }, select: { audience: true } });
    expect(notice).toEqual({ audience: "COMMITTEE_AND_RESPONDENT" });
  });

  it("records a hearing as held with its transcript in the same transaction, and stores nothing if the file is refused", async () => {
    const made = await makeCase(t.db, { to: "HEARING_SCHEDULED" });
    const now = made.clock.advanceDays(41);
    const panelMember = world.members[0];
    // Held in the CCM's absence, on their written statement (DOMAIN §5): both are kept and shown.
    const form = () => formOf({ present: world.cast.hearingPanelIds, appeared: "no", writtenStatementReceived: "on" });
    const send = (record: File) => sendCommitteeEvent(t.db, panelMember.actor, { caseId: made.id, type: "RECORD_HEARING_HELD", expectedVersion: made.version, form: form(), record }, now);
    const before = await everything(made.id);
    const refused = await send(new File([Buffer.from("MZ\x90\x00 not a document")], "transcript.exe"));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { record: [expect.stringMatching(/not a file type we accept/)] } });
    expect(await everything(made.id)).toEqual(before);

    const outcome = await send(new File([Buffer.from("%PDF-1.4\n% transcript\n%%EOF\n")], "transcript.pdf", { type: "application/pdf" }));
    expect(outcome).toMatchObject({ ok: true, result: { to: "HEARING_HELD" } });
    const hearing = await t.db.hearing.findFirstOrThrow({
      where: { complaintId: made.id },
      select: { status: true, recordDocumentId: true, inAbsentia: true, writtenStatementReceived: true },
    });
    expect(hearing).toMatchObject({ status: "HELD", inAbsentia: true, writtenStatementReceived: true });
    const caseFile = renderToStaticMarkup(createElement(DecisionsSection, { outcomes: await loadOutcomes(t.db, made.id) }));
    expect(caseFile).toContain("in the case manager&#x27;s absence; the case manager&#x27;s written statement was received");
    expect(await t.db.document.findUnique({ where: { id: hearing.recordDocumentId! }, select: { kind: true, filename: true, uploaderKind: true } })).toEqual({
      kind: "HEARING_RECORD",
      filename: "transcript.pdf",
      uploaderKind: "COMMITTEE",
    });
  });

  it("a recused member can neither act nor keep records on the case", async () => {
    const made = await makeCase(t.db, { to: "COMMITTEE_REVIEW" });
    const recused = world.members[2];
    await recuseMember(t.db, world.chair.actor, made.id, { personId: recused.id, reason: "Worked with the CCM" }, made.clock.advanceDays(1));
    const votes = Object.fromEntries(world.committeeIds.map((id) => [`vote:${id}`, "FOR"]));
    await expectUnchanged(made, () => sendCommitteeEvent(t.db, recused.actor, { caseId: made.id, type: "COMMITTEE_DISMISS", expectedVersion: made.version, form: formOf({ reasonCode: "NO_VIOLATION_FOUND", reasons: "r", ...votes }) }), "FORBIDDEN");
    await expectUnchanged(made, () => addInternalNote(t.db, recused.actor, made.id, "I should not be here"), "FORBIDDEN");
    await expectUnchanged(made, () => declareConflict(t.db, recused.actor, made.id, { kind: "NONE" }), "FORBIDDEN");
  });
});

describe("records: notes and messages", () => {
  it("audits a note and a staff message; only staff write to the complainant", async () => {
    const made = await makeCase(t.db, { to: "INTAKE" });
    await addInternalNote(t.db, world.members[0].actor, made.id, "Check the employer's name.");
    await sendStaffMessage(t.db, world.staff.actor, made.id, "Could you send the appointment letter?");
    const types = (await t.db.auditEvent.findMany({ where: { complaintId: made.id }, orderBy: { seq: "asc" }, select: { type: true } })).map((e) => e.type);
    expect(types.slice(-2)).toEqual(["NOTE_ADDED", "MESSAGE_SENT"]);
    await expectUnchanged(made, () => sendStaffMessage(t.db, world.members[0].actor, made.id, "Hello"), "FORBIDDEN");
  });
});

describe("conflicts of interest", () => {
  it("members declare; the Chair recuses; a non-Chair cannot; the Vice-Chair rules only when the Chair is conflicted", async () => {
    const made = await makeCase(t.db, { to: "COMMITTEE_REVIEW" });
    await declareConflict(t.db, world.members[0].actor, made.id, { kind: "SAME_OR_COMPETING_EMPLOYER", details: "Same hospital group" });
    await expectUnchanged(made, () => recuseMember(t.db, world.members[1].actor, made.id, { personId: world.members[0].id, reason: "x" }), "FORBIDDEN");
    await expectUnchanged(made, () => recuseMember(t.db, world.vice.actor, made.id, { personId: world.members[0].id, reason: "x" }), "FORBIDDEN");
    await recuseMember(t.db, world.chair.actor, made.id, { personId: world.members[0].id, reason: "Declared: same employer" });
    expect(await t.db.recusal.findFirst({ where: { complaintId: made.id, personId: world.members[0].id }, select: { source: true, decidedById: true } })).toEqual({ source: "DECLARATION", decidedById: world.chair.id });
    await expectUnchanged(made, () => recuseMember(t.db, world.chair.actor, made.id, { personId: world.members[0].id, reason: "again" }), "CONFLICT");

    await declareConflict(t.db, world.chair.actor, made.id, { kind: "RELATIONSHIP_WITH_PARTY", details: "Former supervisor" });
    await expectUnchanged(made, () => recuseMember(t.db, world.chair.actor, made.id, { personId: world.members[1].id, reason: "x" }), "FORBIDDEN");
    await recuseMember(t.db, world.vice.actor, made.id, { personId: world.chair.id, reason: "Declared: former supervisor" });
    const audit = (await t.db.auditEvent.findMany({ where: { complaintId: made.id }, select: { type: true } })).map((e) => e.type);
    expect(audit.filter((type) => type === "CONFLICT_DECLARED")).toHaveLength(2);
    expect(audit.filter((type) => type === "MEMBER_RECUSED")).toHaveLength(2);
  });

  it("a challenge for cause is recorded by staff and ruled on once; upheld recuses the member", async () => {
    const made = await makeCase(t.db, { to: "COMMITTEE_REVIEW" });
    await recordChallenge(t.db, world.staff.actor, made.id, { memberId: world.members[1].id, grounds: "Publicly criticised me" });
    const challenge = await t.db.memberChallenge.findFirstOrThrow({ where: { complaintId: made.id }, select: { id: true } });
    await expectUnchanged(made, () => ruleOnChallenge(t.db, world.members[0].actor, made.id, { challengeId: challenge.id, ruling: "UPHELD" }), "FORBIDDEN");
    await ruleOnChallenge(t.db, world.chair.actor, made.id, { challengeId: challenge.id, ruling: "UPHELD" });
    expect(await t.db.recusal.findFirst({ where: { complaintId: made.id, personId: world.members[1].id }, select: { source: true } })).toEqual({ source: "CHALLENGE" });
    await expectUnchanged(made, () => ruleOnChallenge(t.db, world.chair.actor, made.id, { challengeId: challenge.id, ruling: "REJECTED" }), "CONFLICT");
  });

  it("disclosure of the complainant's identity is the Chair's, audited, and lets members see it", async () => {
    const made = await makeCase(t.db, { to: "COMMITTEE_REVIEW" });
    const outsider = await makePerson(t.db, { roles: ["APPEAL_PANEL"] });
    await expectUnchanged(made, () => grantIdentityDisclosure(t.db, world.members[0].actor, made.id), "FORBIDDEN");
    await expectUnchanged(made, () => grantIdentityDisclosure(t.db, outsider.actor, made.id), "NOT_FOUND");
    await grantIdentityDisclosure(t.db, world.chair.actor, made.id);
    expect(await t.db.complaint.findUniqueOrThrow({ where: { id: made.id }, select: { identityDisclosureGranted: true } })).toEqual({ identityDisclosureGranted: true });
    expect(await t.db.auditEvent.count({ where: { complaintId: made.id, type: "IDENTITY_DISCLOSED" } })).toBe(1);
  });
});
