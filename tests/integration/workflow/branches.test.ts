import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DecisionsSection } from "@/components/committee/case-file/outcome-sections";
import { AppealList } from "@/components/portal/appeal-list";
import type { SanctionAction } from "@/lib/domain/sanctions";
import { verifyAuditChain } from "@/lib/server/audit/verify";
import { runTransition } from "@/lib/server/cases/run-transition";
import { loadCaseSnapshot } from "@/lib/server/cases/snapshot";
import { loadOutcomes } from "@/lib/server/committee/case-file/outcomes";
import { loadPortalCase } from "@/lib/server/portal/case-view";
import { fireDueDeadlines } from "@/lib/server/scheduler/fire-due";
import type { Actor, EventInput } from "@/lib/workflow";
import { castWithNewRespondent, getWorld, makeCase, type MadeCase, type World } from "@/tests/factories";
import { pdfText } from "@/tests/support/pdf-text";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
let world: World;

beforeAll(async () => {
  testDb = await createTestDb();
  world = await getWorld(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

const db = () => testDb.db;
const votes = (ids: readonly string[]) => ids.map((personId) => ({ personId, choice: "FOR" as const }));
const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element).replace(/<[^>]+>/g, "");

/** Sends an event a day after the last one, as people would. */
function send(made: MadeCase, actor: Actor, event: EventInput) {
  return runTransition({ caseId: made.id, actor, event, now: made.clock.advanceDays(1), db: db() });
}

const complaint = (id: string) => db().complaint.findUniqueOrThrow({ where: { id } });
const deadlines = (complaintId: string) => db().deadline.findMany({ where: { complaintId }, orderBy: { openedAt: "asc" } });
const notices = (complaintId: string, template: string) =>
  db().notice.findMany({ where: { complaintId, template }, orderBy: { recipientKind: "asc" } });
const statusHistory = (certificationId: string) =>
  db().certificationStatusChange.findMany({ where: { certificationId }, orderBy: { at: "asc" } });

describe("dismissal at preliminary review", () => {
  it("closes the case with a decision, tells the complainant only, and sets retention", async () => {
    const made = await makeCase(db(), { to: "PRELIMINARY_REVIEW" });
    const result = await send(made, world.chair.actor, { type: "DISMISS", reasonCode: "FRIVOLOUS", reasons: "Nothing in the complaint concerns the Code." });
    expect(result).toMatchObject({ from: "PRELIMINARY_REVIEW", to: "CLOSED_DISMISSED", version: made.version + 1 });

    const row = await complaint(made.id);
    expect(row).toMatchObject({ state: "CLOSED_DISMISSED", retentionClass: "DISMISSED" });
    expect(row.closedAt).toEqual(made.clock.now());
    expect(row.retainUntil?.getUTCFullYear()).toBe(made.clock.now().getUTCFullYear() + 5);

    const decisions = await db().decision.findMany({ where: { complaintId: made.id } });
    expect(decisions).toMatchObject([{ stage: "PRELIMINARY", outcome: "DISMISSED", reasonCode: "FRIVOLOUS" }]);
    expect(decisions[0]!.issuedAt).not.toBeNull();
    // The CCM was never told of the complaint, so hears nothing of its dismissal (§3 #6).
    expect((await notices(made.id, "complaint-dismissed")).map((n) => n.recipientKind)).toEqual(["COMPLAINANT"]);
    expect((await deadlines(made.id)).filter((d) => d.status === "OPEN")).toEqual([]);

    const audit = await db().auditEvent.findFirstOrThrow({ where: { complaintId: made.id, type: "DISMISS" } });
    expect(audit).toMatchObject({ fromState: "PRELIMINARY_REVIEW", toState: "CLOSED_DISMISSED", reason: "FRIVOLOUS", actorId: world.chair.id });
    expect(JSON.stringify(audit.payload)).not.toContain("Nothing in the complaint");
  });
});

describe("deferral and resumption", () => {
  it("pauses the screening clock, reviews the hold when due, and resumes with the lost time given back", async () => {
    const made = await makeCase(db(), { to: "PRELIMINARY_REVIEW" });
    const screening = (await deadlines(made.id)).find((d) => d.kind === "PRELIMINARY_REVIEW")!;
    const deferred = await send(made, world.chair.actor, { type: "DEFER_LEGAL", proceeding: { kind: "COURT", description: "Civil claim", reference: "CV-1" } });
    expect(deferred.to).toBe("DEFERRED_LEGAL");
    const deferredAt = made.clock.now();
    const paused = await db().deadline.findUniqueOrThrow({ where: { id: screening.id } });
    expect(paused).toMatchObject({ status: "PAUSED", pausedAt: deferredAt });
    expect(await db().otherProceeding.count({ where: { complaintId: made.id, kind: "COURT" } })).toBe(1);

    const review = await fireDueDeadlines({ db: db(), now: made.clock.advanceDays(95) });
    expect(review.fired.filter((f) => f.caseId === made.id)).toMatchObject([{ event: "DEFERRAL_REVIEW_DUE", to: "DEFERRED_LEGAL" }]);
    const reviews = (await deadlines(made.id)).filter((d) => d.kind === "DEFERRAL_REVIEW");
    expect(reviews.map((d) => d.status)).toEqual(["FIRED", "OPEN"]);

    const resumed = await send(made, world.chair.actor, { type: "RESUME_FROM_DEFERRAL", externalOutcome: "Claim withdrawn", relyOnExternalFinding: false });
    expect(resumed.to).toBe("PRELIMINARY_REVIEW");
    const running = await db().deadline.findUniqueOrThrow({ where: { id: screening.id } });
    expect(running.status).toBe("OPEN");
    expect(running.dueAt.getTime()).toBe(screening.dueAt.getTime() + (made.clock.now().getTime() - deferredAt.getTime()));
    expect((await deadlines(made.id)).filter((d) => d.kind === "DEFERRAL_REVIEW").map((d) => d.status)).toEqual(["FIRED", "CANCELLED"]);
  });
});

const SIX_MONTHS: SanctionAction[] = [
  { type: "SUSPENSION", termMonths: 6, conditions: [{ kind: "CE_HOURS", description: "Ethics continuing education", hours: 8 }] },
];

describe("hearing, suspension, appeal modified, final, completed", () => {
  it("runs the whole procedure and keeps the registry in step with the sanctions", async () => {
    const { cast, respondent, certificationId } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: "PROPOSED_DISPOSITION", cast, actions: SIX_MONTHS });
    const panelMember = world.chair.actor;

    expect((await send(made, respondent, { type: "REQUEST_HEARING", signedName: "Casey Manager" })).to).toBe("HEARING_SCHEDULED");
    expect(await db().hearing.findFirst({ where: { complaintId: made.id } })).toMatchObject({ status: "CALLED", initiatedBy: "CCM" });

    const hearingAt = new Date(made.clock.now().getTime() + 35 * 86_400_000);
    await send(made, world.chair.actor, { type: "SCHEDULE_HEARING", scheduledAt: hearingAt, format: "PHONE", panelPersonIds: cast.hearingPanelIds });
    const hearing = await db().hearing.findFirstOrThrow({ where: { complaintId: made.id }, include: { panel: true } });
    expect(hearing).toMatchObject({ status: "SCHEDULED", scheduledFor: hearingAt, format: "PHONE" });
    expect(hearing.panel).toHaveLength(3);
    expect(await db().notice.count({ where: { complaintId: made.id, template: "hearing-assigned" } })).toBe(3);
    expect(await db().notice.count({ where: { complaintId: made.id, template: "notice-of-hearing", letterKind: "NOTICE_OF_HEARING" } })).toBe(1);

    made.clock.advanceDays(35);
    expect((await send(made, panelMember, { type: "RECORD_HEARING_HELD", presentPanelPersonIds: cast.hearingPanelIds, respondentAppeared: true, inAbsentia: false })).to).toBe("HEARING_HELD");

    const decided = await send(made, panelMember, {
      type: "DECIDE_AFTER_HEARING",
      findingsOfFact: "Services ended without notice.",
      provisionsBreached: [{ codeVersion: 2023, code: "S11" }],
      actions: SIX_MONTHS,
      reasons: "Proved.",
      votes: votes(cast.hearingPanelIds),
    });
    // DECIDED is left at once: the appeal window opens in the same call, as its own audited step.
    expect(decided.steps.map((s) => [s.event, s.to, s.automatic])).toEqual([
      ["DECIDE_AFTER_HEARING", "DECIDED", false],
      ["APPEAL_WINDOW_OPENS", "APPEAL_WINDOW", true],
    ]);
    expect(await db().sanction.findMany({ where: { complaintId: made.id } })).toMatchObject([{ type: "SUSPENSION", status: "PENDING_FINAL" }]);
    expect((await db().certification.findUniqueOrThrow({ where: { id: certificationId } })).status).toBe("ACTIVE");

    await send(made, respondent, { type: "FILE_APPEAL", grounds: ["SANCTION_DISPROPORTIONATE"], statement: "Too long.", documentIds: [] });
    expect(await db().sanction.findMany({ where: { complaintId: made.id } })).toMatchObject([{ status: "STAYED" }]);
    expect(await db().notice.count({ where: { complaintId: made.id, template: "appeal-acknowledged-stayed", letterKind: "APPEAL_ACK" } })).toBe(1);

    await send(made, world.staff.actor, { type: "ASSIGN_APPEAL_PANEL", panelPersonIds: cast.appealPanelIds });
    const threeMonths: SanctionAction[] = [{ ...SIX_MONTHS[0]!, termMonths: 3 } as SanctionAction];
    const final = await send(made, world.commissioners[0].actor, {
      type: "DECIDE_APPEAL",
      outcome: { kind: "MODIFY", actions: threeMonths },
      reasons: "Six months is disproportionate.",
      votes: votes(cast.appealPanelIds),
    });
    expect(final.steps.map((s) => s.to)).toEqual(["APPEAL_DECIDED", "FINAL", "SANCTION_ACTIVE"]);
    const finalAt = made.clock.now();

    const sanctions = await db().sanction.findMany({ where: { complaintId: made.id }, orderBy: { createdAt: "asc" }, include: { conditions: true } });
    expect(sanctions.map((s) => [s.status, s.termMonths])).toEqual([["SUPERSEDED", 6], ["ACTIVE", 3]]);
    const active = sanctions[1]!;
    expect(active.startsAt).toEqual(finalAt);
    expect(active.publishedAt).toEqual(finalAt);
    expect(active.certificationId).toBe(certificationId);
    expect((await db().appeal.findFirstOrThrow({ where: { complaintId: made.id } })).outcome).toBe("MODIFIED");

    const certification = await db().certification.findUniqueOrThrow({ where: { id: certificationId } });
    expect(certification.status).toBe("SUSPENDED");
    expect(await statusHistory(certificationId)).toMatchObject([{ fromStatus: "ACTIVE", toStatus: "SUSPENDED", complaintId: made.id }]);
    const term = (await deadlines(made.id)).find((d) => d.kind === "SANCTION_TERM" && d.status === "OPEN");
    expect(term).toMatchObject({ ref: active.id, dueAt: active.endsAt });
    expect(await db().notice.findMany({ where: { complaintId: made.id, template: "public-sanction-notice" } })).toMatchObject([
      { recipientKind: "LICENSING_BOARDS", toAddress: null, status: "DEAD" },
    ]);

    // Conditions met early: the suspension still runs its term.
    await send(made, world.staff.actor, { type: "VERIFY_CONDITIONS_MET", conditionIds: active.conditions.map((c) => c.id) });
    expect((await complaint(made.id)).state).toBe("SANCTION_ACTIVE");

    const ended = await fireDueDeadlines({ db: db(), now: new Date(active.endsAt!.getTime() + 1) });
    expect(ended.fired.filter((f) => f.caseId === made.id)).toMatchObject([{ event: "SANCTION_TERM_ENDED", to: "CLOSED" }]);
    expect((await db().sanction.findUniqueOrThrow({ where: { id: active.id } })).status).toBe("COMPLETED");
    expect((await db().certification.findUniqueOrThrow({ where: { id: certificationId } })).status).toBe("ACTIVE");
    expect((await statusHistory(certificationId)).map((h) => [h.toStatus, h.complaintId])).toEqual([
      ["SUSPENDED", made.id],
      ["ACTIVE", made.id],
    ]);
    expect(await db().notice.count({ where: { complaintId: made.id, template: "certification-reinstated" } })).toBe(1);
  });
});

describe("hearing called by the Committee", () => {
  it("keeps why it was called, as an internal note by the member who recorded the vote", async () => {
    const made = await makeCase(db(), { to: "COMMITTEE_REVIEW" });
    const reasons = "The accounts of the handover conflict; revocation may be considered.";
    const result = await send(made, world.chair.actor, { type: "START_HEARING", reasons, votes: votes(world.committeeIds) });
    expect(result.to).toBe("HEARING_SCHEDULED");
    expect(await db().hearing.findFirst({ where: { complaintId: made.id } })).toMatchObject({ status: "CALLED", initiatedBy: "COMMITTEE" });
    expect(await db().internalNote.findMany({ where: { complaintId: made.id }, select: { authorId: true, body: true } })).toEqual([
      { authorId: world.chair.id, body: `START_HEARING: ${reasons}` },
    ]);
  });
});

describe("appeal reversed", () => {
  it("restores ACTIVE when a sanction in effect during the appeal (felony matter, no stay) is reversed", async () => {
    const { cast, respondent, certificationId } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: "APPEAL_WINDOW", cast, provisionCodes: ["R2"], actions: SIX_MONTHS });
    expect((await db().certification.findUniqueOrThrow({ where: { id: certificationId } })).status).toBe("SUSPENDED");

    await send(made, respondent, { type: "FILE_APPEAL", grounds: ["FINDINGS_UNSUPPORTED"], statement: "Wrong.", documentIds: [] });
    expect(await db().notice.count({ where: { complaintId: made.id, template: "appeal-acknowledged-not-stayed" } })).toBe(1);
    await send(made, world.staff.actor, { type: "ASSIGN_APPEAL_PANEL", panelPersonIds: cast.appealPanelIds });
    const result = await send(made, world.commissioners[1].actor, {
      type: "DECIDE_APPEAL",
      outcome: { kind: "REVERSE" },
      reasons: "Not supported by the record.",
      votes: votes(cast.appealPanelIds),
    });
    expect(result.steps.map((s) => s.to)).toEqual(["APPEAL_DECIDED", "FINAL", "CLOSED"]);
    expect(await db().sanction.findMany({ where: { complaintId: made.id } })).toMatchObject([{ status: "REVERSED" }]);
    expect((await db().certification.findUniqueOrThrow({ where: { id: certificationId } })).status).toBe("ACTIVE");
    expect((await statusHistory(certificationId)).map((h) => [h.fromStatus, h.toStatus, h.complaintId])).toEqual([
      ["ACTIVE", "SUSPENDED", made.id],
      ["SUSPENDED", "ACTIVE", made.id],
    ]);
  });
});

describe("remand", () => {
  it("returns the case to the Committee for a fresh decision; the appeal panel joins those who took part", async () => {
    const made = await makeCase(db(), { to: "APPEAL_FILED" });
    await send(made, world.staff.actor, { type: "ASSIGN_APPEAL_PANEL", panelPersonIds: world.cast.appealPanelIds });
    const instructions = "Hear the practice manager as a witness before deciding again.";
    const result = await send(made, world.commissioners[2].actor, {
      type: "DECIDE_APPEAL",
      outcome: { kind: "REMAND", instructions },
      reasons: "A witness was not heard.",
      votes: votes(world.cast.appealPanelIds),
    });
    expect(result.steps.map((s) => [s.event, s.to])).toEqual([
      ["DECIDE_APPEAL", "APPEAL_DECIDED"],
      ["RETURN_TO_COMMITTEE", "COMMITTEE_REVIEW"],
    ]);
    const snapshot = (await loadCaseSnapshot(db(), made.id, made.clock.now()))!;
    expect(snapshot).toMatchObject({ appealFiled: false, appealPanelPersonIds: [], decidedActions: null, appealOutcome: null });
    expect(snapshot.decidingPersonIds).toEqual(expect.arrayContaining(world.cast.appealPanelIds));
    expect(await db().sanction.findMany({ where: { complaintId: made.id } })).toMatchObject([{ status: "SUPERSEDED" }]);
    expect(await db().appeal.findFirstOrThrow({ where: { complaintId: made.id } })).toMatchObject({ outcome: "REMANDED", instructions });

    // What to reconsider reaches everyone who must know it: the appeal decision letter to the CCM,
    // the Committee's case file (at the head of its decisions while it decides again), the portal.
    const notice = await db().notice.findFirstOrThrow({ where: { complaintId: made.id, letterKind: "APPEAL_DECISION", recipientKind: "RESPONDENT" } });
    const letter = await db().documentBlob.findFirstOrThrow({ where: { documentId: notice.letterDocumentId! } });
    // Lines may wrap (and react-pdf may hyphenate) anywhere: compare the text joined up again.
    const letterText = pdfText(Buffer.from(letter.data)).replace(/-\n/g, "").replace(/\s+/g, " ");
    expect(letterText).toContain("Instructions to the Committee");
    expect(letterText).toContain(instructions);
    const caseFile = html(createElement(DecisionsSection, { outcomes: await loadOutcomes(db(), made.id) }));
    expect(caseFile).toContain(`Instructions: ${instructions}`);
    expect(caseFile).toContain(`Instructions to the Committee: ${instructions}`);
    const portal = await loadPortalCase(made.id, world.respondent, { db: db(), now: made.clock.now() });
    expect(html(createElement(AppealList, { appeals: portal.appeals }))).toContain(instructions);
  });
});

describe("withdrawal", () => {
  it("pauses the parties' clocks while pending, and closes the case when the Chair accepts", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    await send(made, made.complainant, { type: "REQUEST_WITHDRAWAL", reason: "Resolved with the employer." });
    expect((await deadlines(made.id)).find((d) => d.kind === "RESPONSE")).toMatchObject({ status: "PAUSED" });
    const result = await send(made, world.chair.actor, { type: "ACCEPT_WITHDRAWAL" });
    expect(result.to).toBe("CLOSED_WITHDRAWN");
    expect((await deadlines(made.id)).filter((d) => d.status === "OPEN" || d.status === "PAUSED")).toEqual([]);
    expect((await notices(made.id, "complaint-withdrawn")).map((n) => n.recipientKind)).toEqual(["COMPLAINANT", "RESPONDENT"]);
    expect((await complaint(made.id)).retentionClass).toBe("WITHDRAWN");
  });

  it("continues on the Committee's own motion: clocks resume with the lost days, the complainant is no longer a party", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    const before = (await deadlines(made.id)).find((d) => d.kind === "RESPONSE")!;
    await send(made, made.complainant, { type: "REQUEST_WITHDRAWAL" });
    const pausedAt = made.clock.now();
    await send(made, world.chair.actor, { type: "CONTINUE_ON_OWN_MOTION", reasons: "Public protection." });
    const after = (await deadlines(made.id)).find((d) => d.kind === "RESPONSE")!;
    expect(after.status).toBe("OPEN");
    expect(after.dueAt.getTime()).toBe(before.dueAt.getTime() + (made.clock.now().getTime() - pausedAt.getTime()));
    expect((await complaint(made.id)).ownMotion).toBe(true);
    await expect(send(made, made.complainant, { type: "REQUEST_WITHDRAWAL" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("reopening on new evidence", () => {
  it("grants a petition on a closed case: a fresh Committee review with the retention class reset", async () => {
    const made = await makeCase(db(), { to: "CLOSED" });
    const closed = await complaint(made.id);
    expect(closed.finalAt).not.toBeNull();
    await send(made, world.respondent, { type: "PETITION_REOPEN", newEvidence: "A signed handover note.", whyNotAvailableBefore: "Found in archived mail.", documentIds: [] });
    expect(await db().reopenPetition.findMany({ where: { complaintId: made.id } })).toMatchObject([{ filedByKind: "CCM", ruling: null }]);
    const result = await send(made, world.chair.actor, { type: "RULE_ON_REOPEN", ruling: "GRANT", reasons: "Outcome-changing.", votes: votes(world.committeeIds) });
    expect(result.to).toBe("COMMITTEE_REVIEW");
    const reopened = await complaint(made.id);
    expect(reopened).toMatchObject({ state: "COMMITTEE_REVIEW", closedAt: null, finalAt: null, retentionClass: "OPEN", reopenPetitionPending: false });
    expect(await db().reopenPetition.findMany({ where: { complaintId: made.id } })).toMatchObject([{ ruling: "GRANTED" }]);
    expect(await db().decision.findFirst({ where: { complaintId: made.id, stage: "REOPEN" } })).toMatchObject({ outcome: "GRANTED" });
  });
});

describe("Letter of Instruction accepted", () => {
  it("becomes final at once, runs until its condition is verified, then closes without publication", async () => {
    const { cast, respondent, certificationId } = await castWithNewRespondent(db());
    const loi: SanctionAction[] = [
      { type: "LETTER_OF_INSTRUCTION", conditions: [{ kind: "CE_HOURS", description: "Ethics CE", hours: 4, dueAt: new Date("2026-09-30T00:00:00Z") }] },
    ];
    const made = await makeCase(db(), { to: "PROPOSED_DISPOSITION", cast, actions: loi });
    const accepted = await send(made, respondent, { type: "ACCEPT_DISPOSITION", signedName: "Casey Manager", waiverAcknowledged: true });
    expect(accepted.steps.map((s) => s.event)).toEqual(["ACCEPT_DISPOSITION", "FINALIZE", "ACTIVATE_SANCTION"]);
    expect(accepted.to).toBe("SANCTION_ACTIVE");

    const decision = await db().decision.findFirstOrThrow({ where: { complaintId: made.id, adoptsProposal: true } });
    expect(decision.acceptedAt).not.toBeNull();
    expect(decision.findings).toBe("Services ended without documented notice.");
    expect(await db().caseProvision.findMany({ where: { complaintId: made.id, source: "BREACHED" } })).toMatchObject([{ provisionId: "2023:S11", decisionId: decision.id }]);
    const sanction = await db().sanction.findFirstOrThrow({ where: { complaintId: made.id }, include: { conditions: true } });
    expect(sanction).toMatchObject({ type: "LETTER_OF_INSTRUCTION", status: "ACTIVE", isPublic: false, publishedAt: null });
    expect(await db().notice.count({ where: { complaintId: made.id, template: "letter-of-instruction", letterKind: "LETTER_OF_INSTRUCTION" } })).toBe(1);
    expect((await deadlines(made.id)).find((d) => d.kind === "CONDITION_DUE")).toMatchObject({ status: "OPEN", ref: sanction.conditions[0]!.id });

    const done = await send(made, world.staff.actor, {
      type: "VERIFY_CONDITIONS_MET",
      conditionIds: [sanction.conditions[0]!.id],
      note: "Certificate of completion from the provider seen.",
    });
    expect(done.steps.map((s) => s.to)).toEqual(["SANCTION_ACTIVE", "CLOSED"]);
    // The evidence seen stays on the committee side, as an internal note.
    expect(await db().internalNote.findMany({ where: { complaintId: made.id }, select: { authorId: true, body: true } })).toEqual([
      { authorId: world.staff.id, body: "VERIFY_CONDITIONS_MET: Certificate of completion from the provider seen." },
    ]);
    expect((await db().sanction.findUniqueOrThrow({ where: { id: sanction.id } })).status).toBe("COMPLETED");
    expect((await db().certification.findUniqueOrThrow({ where: { id: certificationId } })).status).toBe("ACTIVE");
    expect(await statusHistory(certificationId)).toEqual([]);
  });
});

describe("the audit chain after all of that", () => {
  it("verifies, with one case event per version step", async () => {
    const report = await verifyAuditChain(db());
    expect(report.firstBreak).toBeNull();
    const cases = await db().complaint.findMany({ select: { id: true, version: true } });
    for (const c of cases) {
      expect(await db().auditEvent.count({ where: { stream: `case:${c.id}` } })).toBe(c.version);
    }
  });
});
