import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { downloadResponse, findDownload } from "@/lib/server/documents/download";
import { handleInfoReply, handleMessage, handleWithdraw } from "@/lib/server/intake/status/handlers";
import { complainantActor, loadStatusView } from "@/lib/server/intake/status/view";
import { makeCase } from "@/tests/factories";
import { personActor } from "@/tests/factories/people";
import { SAMPLE } from "@/tests/support/sample-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { fileOf, formOf, freshContext } from "./support";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

const stateOf = async (id: string) => (await testDb.db.complaint.findUniqueOrThrow({ where: { id }, select: { state: true } })).state;

describe("what the complainant sees", () => {
  it("the stage in plain language and their own material, never the response, notes or the other thread", async () => {
    const { db } = testDb;
    const made = await makeCase(db, { to: "COMMITTEE_REVIEW" });
    await db.internalNote.create({ data: { complaintId: made.id, authorId: made.world.staff.id, body: "Internal: credibility concerns" } });
    await db.message.create({ data: { complaintId: made.id, thread: "RESPONDENT", authorKind: "RESPONDENT", body: "Respondent to staff" } });
    await db.message.create({ data: { complaintId: made.id, thread: "COMPLAINANT", authorKind: "STAFF", body: "Thank you, we are reviewing it." } });

    const view = await loadStatusView(db, made.id, made.clock.now());
    expect(view).toMatchObject({
      reference: made.reference,
      state: "COMMITTEE_REVIEW",
      stage: { label: "Committee review" },
      waitingOn: "COMMITTEE",
      canWithdraw: true,
      answerEvent: null,
      requests: [],
    });
    expect(view!.messages).toEqual([expect.objectContaining({ fromYou: false, body: "Thank you, we are reviewing it." })]);
    const all = await db.document.findMany({ where: { complaintId: made.id }, select: { kind: true, audience: true } });
    expect(all.some((d) => d.kind === "RESPONSE")).toBe(true);
    expect(view!.documents.some((d) => d.kind === "RESPONSE")).toBe(false);
    expect(JSON.stringify(view)).not.toMatch(/Internal: credibility|Respondent to staff/);
  });

  it("their dates: when CCMC will check it, when the Chair's review is expected; never the CCM's own deadline", async () => {
    const { db } = testDb;
    const submitted = await makeCase(db, { to: "SUBMITTED" });
    const acknowledge = await db.deadline.findFirstOrThrow({ where: { complaintId: submitted.id, kind: "ACKNOWLEDGE" } });
    expect(await loadStatusView(db, submitted.id, submitted.clock.now())).toMatchObject({ acknowledgeBy: acknowledge.dueAt, nextStepBy: null });

    const review = await makeCase(db, { to: "PRELIMINARY_REVIEW" });
    const prelim = await db.deadline.findFirstOrThrow({ where: { complaintId: review.id, kind: "PRELIMINARY_REVIEW", status: "OPEN" } });
    expect(await loadStatusView(db, review.id, review.clock.now())).toMatchObject({ acknowledgeBy: null, nextStepBy: prelim.dueAt });
    // Once it has passed, the page does not show a date already gone.
    expect((await loadStatusView(db, review.id, new Date(prelim.dueAt.getTime() + 1)))?.nextStepBy).toBeNull();

    const awaiting = await makeCase(db, { to: "AWAITING_RESPONSE" });
    const response = await db.deadline.findFirstOrThrow({ where: { complaintId: awaiting.id, kind: "RESPONSE", status: "OPEN" } });
    const view = await loadStatusView(db, awaiting.id, awaiting.clock.now());
    expect(view?.nextStepBy).toBeNull();
    expect(JSON.stringify(view)).not.toContain(response.dueAt.toISOString());
  });

  it("sees nothing of a case that is not theirs", async () => {
    const made = await makeCase(testDb.db, { to: "SUBMITTED" });
    expect(await loadStatusView(testDb.db, "not-a-case", made.clock.now())).toBeNull();
  });
});

describe("what the complainant can do", () => {
  it("sends a message on the complainant thread, audited; an empty one is refused and writes nothing", async () => {
    const { db } = testDb;
    const made = await makeCase(db, { to: "INTAKE" });
    const context = freshContext(made.clock.now());
    expect(await handleMessage(db, made.id, formOf({ body: "   " }), context)).toMatchObject({ state: { fieldErrors: { body: ["Enter your message"] } } });
    expect(await db.message.count({ where: { complaintId: made.id } })).toBe(0);
    expect(await handleMessage(db, made.id, formOf({ body: "I have more photos." }), context)).toEqual({ kind: "redirect", to: "/complaints/status?sent=message" });
    expect(await db.message.findMany({ where: { complaintId: made.id } })).toEqual([
      expect.objectContaining({ thread: "COMPLAINANT", authorKind: "COMPLAINANT", body: "I have more photos." }),
    ]);
    expect(await db.auditEvent.count({ where: { complaintId: made.id, type: "MESSAGE_SENT" } })).toBe(1);
    expect(await handleMessage(db, null, formOf({ body: "hello" }), context)).toEqual({ kind: "redirect", to: "/complaints/status?signedout=1" });
  });

  it("answers a deficiency with text and a file: COMPLAINANT_CURED takes the case back to intake", async () => {
    const { db } = testDb;
    const made = await makeCase(db, { to: "AWAITING_COMPLAINANT_INFO" });
    const context = freshContext(made.clock.now());
    const view = await loadStatusView(db, made.id, made.clock.now());
    expect(view).toMatchObject({ waitingOn: "COMPLAINANT", answerEvent: "COMPLAINANT_CURED", requests: [{ items: ["Signed release of information"] }] });

    const bad = await handleInfoReply(db, made.id, formOf({ answer: "Attached" }, [fileOf("release.pdf", Buffer.from("not a pdf\u0000"))]), context);
    expect(bad).toMatchObject({ state: { fieldErrors: { files: [expect.stringMatching(/^release\.pdf is not a file type/)] } } });
    expect(await stateOf(made.id)).toBe("AWAITING_COMPLAINANT_INFO");
    expect(await db.document.count({ where: { complaintId: made.id, kind: "INFO_REPLY" } })).toBe(0);

    const ok = await handleInfoReply(db, made.id, formOf({ answer: "The signed release is attached." }, [fileOf("release.pdf", SAMPLE.pdf())]), context);
    expect(ok).toEqual({ kind: "redirect", to: "/complaints/status?sent=answer" });
    expect(await stateOf(made.id)).toBe("INTAKE");
    expect(await db.infoRequest.findFirst({ where: { complaintId: made.id } })).toMatchObject({ answer: "The signed release is attached." });
    expect(await db.document.findFirst({ where: { complaintId: made.id, kind: "INFO_REPLY" } })).toMatchObject({
      uploaderKind: "COMPLAINANT",
      mimeType: "application/pdf",
      filename: "release.pdf",
    });
    expect(await db.auditEvent.findFirst({ where: { complaintId: made.id, type: "COMPLAINANT_CURED" } })).toMatchObject({ fromState: "AWAITING_COMPLAINANT_INFO", toState: "INTAKE" });
  });

  it("answers the Committee's request: INFO_RECEIVED returns the case to review", async () => {
    const { db } = testDb;
    const made = await makeCase(db, { to: "AWAITING_INFO" });
    const view = await loadStatusView(db, made.id, made.clock.now());
    expect(view).toMatchObject({ waitingOn: "COMPLAINANT", answerEvent: "INFO_RECEIVED", requests: [{ items: ["Dates of the last three visits"] }] });
    const outcome = await handleInfoReply(db, made.id, formOf({ answer: "12 May, 3 June and 1 July." }), freshContext(made.clock.now()));
    expect(outcome).toEqual({ kind: "redirect", to: "/complaints/status?sent=answer" });
    expect(await stateOf(made.id)).toBe("COMMITTEE_REVIEW");
  });

  it("cannot answer when nothing was asked: a clear message and no change", async () => {
    const { db } = testDb;
    const made = await makeCase(db, { to: "INTAKE" });
    const outcome = await handleInfoReply(db, made.id, formOf({ answer: "Extra detail" }), freshContext(made.clock.now()));
    expect(outcome).toMatchObject({ state: { message: "There is no request for information waiting for your answer." } });
    expect(await stateOf(made.id)).toBe("INTAKE");
  });

  it("asks to withdraw once; the Chair then decides", async () => {
    const { db } = testDb;
    const made = await makeCase(db, { to: "PRELIMINARY_REVIEW" });
    const context = freshContext(made.clock.now());
    expect(await handleWithdraw(db, made.id, formOf({ reason: "Resolved" }), context)).toMatchObject({ state: { fieldErrors: { confirm: [expect.any(String)] } } });
    expect(await handleWithdraw(db, made.id, formOf({ reason: "It was resolved with the employer.", confirm: "yes" }), context)).toEqual({
      kind: "redirect",
      to: "/complaints/status?sent=withdrawal",
    });
    const view = await loadStatusView(db, made.id, made.clock.now());
    expect(view?.withdrawalRequestedAt).not.toBeNull();
    expect(view?.canWithdraw).toBe(false);
    expect(await stateOf(made.id)).toBe("PRELIMINARY_REVIEW");
    expect(await handleWithdraw(db, made.id, formOf({ confirm: "yes" }), context)).toMatchObject({ state: { message: expect.stringMatching(/already waiting/) } });
  });
});

describe("authorised download", () => {
  it("serves a document only to whoever visibility allows, as a safe attachment", async () => {
    const { db } = testDb;
    const made = await makeCase(db, { to: "COMMITTEE_REVIEW" });
    const other = await makeCase(db, { to: "SUBMITTED" });
    const response = await db.document.findFirstOrThrow({ where: { complaintId: made.id, kind: "RESPONSE" } });
    const own = await db.document.create({
      data: {
        complaintId: made.id,
        kind: "EVIDENCE",
        audience: "COMMITTEE_ONLY",
        filename: "Zeugnis Müller.pdf",
        mimeType: "application/pdf",
        size: SAMPLE.pdf().length,
        sha256: "0".repeat(64),
        uploaderKind: "COMPLAINANT",
        blob: { create: { data: new Uint8Array(SAMPLE.pdf()) } },
      },
    });
    const complainant = complainantActor(made.id);
    const staff = made.world.staff.actor;
    const respondent = made.world.respondent;
    const stranger = personActor(made.world.admin.id, ["ADMIN"]);

    expect(await findDownload(db, own.id, [complainant])).toMatchObject({ filename: "Zeugnis Müller.pdf" });
    expect(await findDownload(db, response.id, [complainant])).toBeNull();
    expect(await findDownload(db, own.id, [complainantActor(other.id)])).toBeNull();
    expect(await findDownload(db, own.id, [stranger])).toBeNull();
    expect(await findDownload(db, own.id, [respondent])).toBeNull();
    expect(await findDownload(db, response.id, [respondent])).not.toBeNull();
    expect(await findDownload(db, own.id, [staff])).not.toBeNull();
    expect(await findDownload(db, own.id, [])).toBeNull();
    expect(await findDownload(db, "no-such-document", [staff])).toBeNull();

    await db.document.update({ where: { id: own.id }, data: { purgedAt: new Date() } });
    expect(await findDownload(db, own.id, [staff])).toBeNull();

    const res = downloadResponse({ filename: "Zeugnis Müller.pdf", mimeType: "text/html", data: new Uint8Array([1, 2]) });
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "application/octet-stream",
      "content-disposition": `attachment; filename="Zeugnis Muller.pdf"; filename*=UTF-8''Zeugnis%20M%C3%BCller.pdf`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "sandbox; default-src 'none'",
      "cache-control": "private, no-store",
    });
  });

  it("opens a PDF or an image in the browser only when asked, and never any other type", () => {
    const headers = (mimeType: string, inline: boolean) =>
      Object.fromEntries(downloadResponse({ filename: "record.bin", mimeType, data: new Uint8Array([1]) }, { inline }).headers);
    expect(headers("application/pdf", true)).toMatchObject({
      "content-disposition": `inline; filename="record.bin"; filename*=UTF-8''record.bin`,
      "content-security-policy": "default-src 'none'",
      "x-content-type-options": "nosniff",
    });
    expect(headers("image/png", true)).toMatchObject({ "content-disposition": expect.stringMatching(/^inline;/), "content-security-policy": "sandbox; default-src 'none'" });
    expect(headers("application/pdf", false)["content-disposition"]).toMatch(/^attachment;/);
    for (const mimeType of ["text/plain", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/html"]) {
      expect(headers(mimeType, true), mimeType).toMatchObject({ "content-disposition": expect.stringMatching(/^attachment;/), "content-security-policy": "sandbox; default-src 'none'" });
    }
  });
});
