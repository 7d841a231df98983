import { createHash } from "node:crypto";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DecisionsSection } from "@/components/committee/case-file/outcome-sections";
import { loadOutcomes } from "@/lib/server/committee/case-file/outcomes";
import { declareConflict, grantIdentityDisclosure, recordChallenge, recuseMember, ruleOnChallenge } from "@/lib/server/committee/impartiality";
import { addInternalNote, sendStaffMessage } from "@/lib/server/committee/records";
import { loadCaseView } from "@/lib/server/cases/case-view";
import { runTransition } from "@/lib/server/cases/run-transition";
import { sendCommitteeEvent } from "@/lib/server/committee/send-event";
import { getWorld, makeCase, makePerson, type MadeCase, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "../../support/test-db";
import { fingerprint } from "../workflow/fingerprint";
import { formOf, refusalOf, withFiles } from "./support";

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
    const send = (record: File) => sendCommitteeEvent(t.db, panelMember.actor, { caseId: made.id, type: "RECORD_HEARING_HELD", expectedVersion: made.version, form: withFiles(form(), "record", [record]) }, now);
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
    expect(await t.db.document.findUnique({ where: { id: hearing.recordDocumentId! }, select: { kind: true, filename: true, uploaderKind: true, audience: true } })).toEqual({
      kind: "HEARING_RECORD",
      filename: "transcript.pdf",
      uploaderKind: "COMMITTEE",
      audience: "COMMITTEE_AND_RESPONDENT",
    });
  });

  describe("forms that send documents with their event", () => {
    const pdf = (name: string, body = "received by post") => new File([Buffer.from(`%PDF-1.4\n% ${body}\n%%EOF\n`)], name, { type: "application/pdf" });
    // A Windows executable named as a PDF: the type comes from the bytes, so it is refused.
    const hostile = () => new File([Buffer.from("MZ\x90\x00\x03 this program cannot be run in DOS mode")], "letter.pdf", { type: "application/pdf" });
    const sha256 = (file: File) => file.arrayBuffer().then((data) => createHash("sha256").update(Buffer.from(data)).digest("hex"));

    /** The documents the event stored, and the audit entry's payload naming them. */
    async function stored(caseId: string, type: string) {
      const audit = await t.db.auditEvent.findFirstOrThrow({ where: { complaintId: caseId, type }, orderBy: { seq: "desc" }, select: { payload: true } });
      const documentIds = (audit.payload as { event: { documentIds?: string[] } }).event.documentIds ?? [];
      const documents = await t.db.document.findMany({
        where: { id: { in: documentIds } },
        select: { complaintId: true, kind: true, audience: true, filename: true, sha256: true, size: true, uploaderKind: true, blob: { select: { data: true } } },
        orderBy: { filename: "asc" },
      });
      return { documentIds, documents };
    }

    /** What the respondent's own view of the case lists (nothing while the case is not yet theirs to see). */
    const respondentSees = async (caseId: string) => {
      const view = await loadCaseView(caseId, world.respondent, { db: t.db }).catch((error: unknown) => {
        if ((error as { code?: string }).code === "NOT_FOUND") return null;
        throw error;
      });
      return (view?.detail?.documents ?? []).map((d) => d.filename);
    };

    const cases = [
      {
        type: "COMPLAINANT_CURED",
        state: "AWAITING_COMPLAINANT_INFO",
        to: "INTAKE",
        actor: () => world.staff.actor,
        fields: { note: "The signed release arrived by post." },
        kind: "INFO_REPLY",
        uploader: "STAFF",
      },
      {
        type: "INFO_RECEIVED",
        state: "AWAITING_INFO",
        to: "COMMITTEE_REVIEW",
        actor: () => world.staff.actor,
        fields: { note: "The complainant posted the visit log." },
        kind: "INFO_REPLY",
        uploader: "STAFF",
      },
      {
        type: "RESUME_FROM_DEFERRAL",
        state: "DEFERRED_LEGAL",
        to: "PRELIMINARY_REVIEW",
        actor: () => world.chair.actor,
        fields: { externalOutcome: "The board found a breach of its code.", relyOnExternalFinding: "on" },
        kind: "EVIDENCE",
        uploader: "COMMITTEE",
      },
      {
        type: "PETITION_REOPEN",
        state: "CLOSED",
        to: "CLOSED",
        actor: () => world.members[0].actor,
        fields: { newEvidence: "A second client describes the same conduct.", whyNotAvailableBefore: "They came forward only last month." },
        kind: "REOPEN_EVIDENCE",
        uploader: "COMMITTEE",
      },
    ] as const;

    for (const c of cases) {
      it(`${c.type}: the files are stored with the case (sha256, committee only), named in the event's payload; a bad file is refused and nothing is written`, async () => {
        const made = await makeCase(t.db, { to: c.state });
        const now = made.clock.advanceDays(2);
        const send = (files: File[], extra: Record<string, string> = {}) =>
          sendCommitteeEvent(t.db, c.actor(), { caseId: made.id, type: c.type, expectedVersion: made.version, form: withFiles(formOf({ ...c.fields, ...extra }), "files", files) }, now);

        const before = await everything(made.id);
        const refused = await send([pdf("good.pdf"), hostile()]);
        expect(refused).toMatchObject({ ok: false, fieldErrors: { files: [expect.stringMatching(/^letter\.pdf is not a file type we accept/)] } });
        expect(await everything(made.id)).toEqual(before);

        const files = [pdf("visit-log.pdf"), pdf("cover-letter.pdf", "cover letter")];
        const outcome = await send(files);
        expect(outcome).toMatchObject({ ok: true, result: { to: c.to } });
        const { documentIds, documents } = await stored(made.id, c.type);
        expect(documentIds).toHaveLength(2);
        expect(documents.map(({ blob, ...d }) => ({ ...d, bytes: blob?.data.length }))).toEqual([
          { complaintId: made.id, kind: c.kind, audience: "COMMITTEE_ONLY", filename: "cover-letter.pdf", sha256: await sha256(files[1]!), size: files[1]!.size, uploaderKind: c.uploader, bytes: files[1]!.size },
          { complaintId: made.id, kind: c.kind, audience: "COMMITTEE_ONLY", filename: "visit-log.pdf", sha256: await sha256(files[0]!), size: files[0]!.size, uploaderKind: c.uploader, bytes: files[0]!.size },
        ]);
        expect(await respondentSees(made.id)).not.toContain("visit-log.pdf");
      });
    }

    it("INFO_RECEIVED: the form may show the files to the case manager, who is invited to comment; the complainant still does not see them", async () => {
      const made = await makeCase(t.db, { to: "AWAITING_INFO" });
      const form = withFiles(formOf({ note: "Third-party statement", shareWithRespondent: "on" }), "files", [pdf("statement.pdf")]);
      await expect(sendCommitteeEvent(t.db, world.staff.actor, { caseId: made.id, type: "INFO_RECEIVED", expectedVersion: made.version, form }, made.clock.advanceDays(2))).resolves.toMatchObject({ ok: true });
      const { documents } = await stored(made.id, "INFO_RECEIVED");
      expect(documents.map((d) => d.audience)).toEqual(["COMMITTEE_AND_RESPONDENT"]);
      expect(await respondentSees(made.id)).toContain("statement.pdf");
      const complainant = await loadCaseView(made.id, made.complainant, { db: t.db });
      expect((complainant.detail?.documents ?? []).map((d) => d.filename)).not.toContain("statement.pdf");
    });

    it("no file is fine; bad fields and a bad file are reported together, and a refused transition stores no file", async () => {
      const made = await makeCase(t.db, { to: "DEFERRED_LEGAL" });
      const now = made.clock.advanceDays(2);
      const send = (actor: typeof world.chair.actor, fields: Record<string, string>, files: File[], version = made.version) =>
        sendCommitteeEvent(t.db, actor, { caseId: made.id, type: "RESUME_FROM_DEFERRAL", expectedVersion: version, form: withFiles(formOf(fields), "files", files) }, now);
      const before = await everything(made.id);
      const both = await send(world.chair.actor, {}, [new File([], "empty.pdf")]);
      expect(both).toEqual({ ok: false, fieldErrors: { externalOutcome: ["Enter the outcome of the other proceeding"], files: ["empty.pdf is empty. Choose a file with something in it."] } });
      const tooMany = await send(world.chair.actor, { externalOutcome: "Settled" }, Array.from({ length: 11 }, (_, i) => pdf(`page-${i}.pdf`)));
      expect(tooMany).toMatchObject({ ok: false, fieldErrors: { files: [expect.stringMatching(/up to 10 files/)] } });
      // A good file with an action the workflow refuses (a member may not resume; a stale version): nothing is kept.
      await expectUnchanged(made, () => send(world.members[0].actor, { externalOutcome: "Settled" }, [pdf("order.pdf")]), "FORBIDDEN");
      await expectUnchanged(made, () => send(world.chair.actor, { externalOutcome: "Settled" }, [pdf("order.pdf")], made.version - 1), "CONFLICT");
      expect(await everything(made.id)).toEqual(before);
      await expect(send(world.chair.actor, { externalOutcome: "Settled" }, [])).resolves.toMatchObject({ ok: true, result: { to: "PRELIMINARY_REVIEW" } });
      expect(await t.db.document.count({ where: { complaintId: made.id, kind: "EVIDENCE", uploaderKind: { not: "COMPLAINANT" } } })).toBe(0);
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
