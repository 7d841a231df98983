import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Before any app module reads it: next-auth takes its secret when lib/server/auth.ts loads.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
});
vi.mock("next/headers", async () => (await import("../security/next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("../security/next-request")).nextCacheMock);

import { sendEventAction } from "@/app/(committee)/committee/cases/[caseId]/actions";
import { sendMessageAction as staffMessageAction } from "@/app/(committee)/committee/cases/[caseId]/record-actions";
import {
  finishIntakeAction,
  resumeIntakeAction,
  saveStepAction,
  startIntakeAction,
  submitComplaintAction,
} from "@/app/(public)/complaints/new/actions";
import {
  answerRequestAction,
  lostCodeAction,
  requestWithdrawalAction,
  sendMessageAction,
  signInComplainantAction,
} from "@/app/(public)/complaints/status/actions";
import { IDLE } from "@/lib/domain/form-state";
import { COMPLAINANT_COOKIE } from "@/lib/server/complainant-session";
import { loadConfirmation } from "@/lib/server/intake/confirmation";
import { DRAFT_COOKIE } from "@/lib/server/intake/draft-cookie";
import { findDraft } from "@/lib/server/intake/drafts";
import { fileAcceptedComplaints } from "@/lib/server/intake/file-accepted";
import { loadStatusView } from "@/lib/server/intake/status/view";
import { getWorld, type World } from "@/tests/factories";
import { SAMPLE } from "@/tests/support/sample-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { redirectTarget } from "../security/authz-outcome";
import { cookiesFor } from "../security/identity";
import { responseCookies, runInRequest, type Outcome } from "../security/next-request";
import { answers, fileOf, formOf, prepare } from "./support";

/**
 * A complainant's whole journey through the real server actions (cookies, redirects and all, as
 * a browser without JavaScript posts them): start, save and close the tab, resume elsewhere with
 * the code, three uploads, submit twice, confirmation, status sign-in, messages both ways (each
 * announced to the other side by email), a
 * request for information answered with text and a file that moves the case on, a withdrawal
 * request and a lost code re-issued to the email on file.
 */
let testDb: TestDb;
let world: World;
let registryNumber: string;
const db = () => testDb.db;

beforeAll(async () => {
  testDb = await createTestDb();
  (globalThis as { __docketDb?: unknown }).__docketDb = testDb.db;
  world = await getWorld(db());
  registryNumber = (await prepare(db())).number;
});
afterAll(async () => {
  delete (globalThis as { __docketDb?: unknown }).__docketDb;
  await testDb?.close();
});

/** A browser: its cookie jar, kept across posts. */
class Browser {
  jar = new Map<string, string>();
  async post(call: () => Promise<unknown>): Promise<Outcome & { to: string | null }> {
    const outcome = await runInRequest(this.jar, call);
    this.jar = responseCookies();
    if (outcome.thrown !== undefined && redirectTarget(outcome.thrown) === null) throw outcome.thrown;
    return { ...outcome, to: outcome.thrown === undefined ? null : redirectTarget(outcome.thrown) };
  }
  step(step: string, fields: Record<string, string | readonly string[]>, files: File[] = []) {
    return this.post(() => saveStepAction(IDLE, formOf({ step, intent: "continue", ...fields }, files)));
  }
}

describe("a complainant's journey through the real server actions", () => {
  it("files once however often submitted, follows the case, answers a request, asks to withdraw, gets a new code", async () => {
    const a = answers(registryNumber, { "about-you": { email: "journey@example.org" } });

    // Start, answer the first page, "save and come back later"; then the tab is closed.
    const first = new Browser();
    expect((await first.post(() => startIntakeAction(IDLE, formOf({})))).to).toBe("/complaints/new/about-you");
    const resumeCode = first.jar.get(DRAFT_COOKIE)!;
    expect(resumeCode).toMatch(/^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$/);
    expect((await first.post(() => saveStepAction(IDLE, formOf({ step: "about-you", intent: "save", ...a["about-you"] })))).to).toBe("/complaints/new/saved");

    // Another browser with only the code: it opens the draft at the first unanswered page.
    const browser = new Browser();
    expect((await browser.post(() => resumeIntakeAction(IDLE, formOf({ code: resumeCode.toLowerCase() })))).to).toBe("/complaints/new/case-manager");
    expect(browser.jar.get(DRAFT_COOKIE)).toBe(resumeCode);
    expect((await browser.step("case-manager", a["case-manager"])).to).toBe("/complaints/new/what-happened");
    expect((await browser.step("what-happened", a["what-happened"])).to).toBe("/complaints/new/rules");
    expect((await browser.step("rules", a.rules)).to).toBe("/complaints/new/other-proceedings");
    expect((await browser.step("other-proceedings", {})).to).toBe("/complaints/new/evidence");
    const three = [fileOf("letter.pdf", SAMPLE.pdf()), fileOf("photo.png", SAMPLE.png()), fileOf("notes.txt", SAMPLE.text())];
    expect((await browser.step("evidence", {}, three)).to).toBe("/complaints/new/witnesses");
    expect((await browser.step("witnesses", {})).to).toBe("/complaints/new/consents");
    expect((await browser.step("consents", a.consents)).to).toBe("/complaints/new/check-answers");

    // Submit, and submit again (a double click, or the back button and submit).
    const draft = (await findDraft(db(), resumeCode))!;
    const submit = () => browser.post(() => submitComplaintAction(IDLE, formOf({ idempotencyKey: draft.data.idempotencyKey })));
    expect((await submit()).to).toBe("/complaints/new/confirmation");
    expect((await submit()).to).toBe("/complaints/new/confirmation");
    // Accepted once; the worker files it behind the response.
    expect(await db().complaint.count({ where: { complainant: { email: "journey@example.org" } } })).toBe(0);
    expect(await fileAcceptedComplaints(db())).toBe(1);
    const complaints = await db().complaint.findMany({ where: { complainant: { email: "journey@example.org" } }, include: { documents: { where: { kind: "EVIDENCE" } } } });
    expect(complaints).toHaveLength(1);
    const complaint = complaints[0]!;
    expect(complaint.state).toBe("SUBMITTED");
    expect(complaint.documents.map((d) => d.filename).sort()).toEqual(["letter.pdf", "notes.txt", "photo.png"]);
    expect(await db().notice.count({ where: { complaintId: complaint.id, template: "complaint-acknowledged", toAddress: "journey@example.org" } })).toBe(1);

    const confirmation = (await loadConfirmation(db(), (await findDraft(db(), resumeCode))!))!;
    expect(confirmation.reference).toBe(complaint.reference);
    // "I have saved my reference and access code": the draft and its cookie are gone.
    expect((await browser.post(() => finishIntakeAction())).to).toBe("/complaints/status");
    expect(browser.jar.has(DRAFT_COOKIE)).toBe(false);
    expect(await findDraft(db(), resumeCode)).toBeNull();

    // The status page: sign in, write, and read the coordinator's reply.
    const signIn = await browser.post(() => signInComplainantAction(IDLE, formOf({ reference: complaint.reference, accessCode: confirmation.accessCode })));
    expect(signIn.to).toBe("/complaints/status");
    expect(browser.jar.has(COMPLAINANT_COOKIE)).toBe(true);
    expect((await browser.post(() => sendMessageAction(IDLE, formOf({ body: "I have more photos if they help." }))))).toMatchObject({ to: "/complaints/status?sent=message" });

    const staff = new Browser();
    staff.jar = await cookiesFor(db(), { personId: world.staff.id });
    const staffPost = (fields: Record<string, string>) => staff.post(() => staffMessageAction(IDLE, formOf({ caseId: complaint.id, ...fields })));
    const reply = await staffPost({ messageBody: "Thank you. Please send the photos when we ask." });
    expect(reply.value, JSON.stringify(reply)).toMatchObject({ status: "success" });
    const event = async (eventType: string, fields: Record<string, string> = {}) => {
      const { version } = await db().complaint.findUniqueOrThrow({ where: { id: complaint.id } });
      return staff.post(() => sendEventAction(IDLE, formOf({ caseId: complaint.id, version: String(version), eventType, ...fields })));
    };
    expect((await event("START_INTAKE")).to).toMatch(/^\/committee\/cases\/.+\?done=START_INTAKE/);
    expect((await event("REQUEST_COMPLAINANT_INFO", { items: "The photos of the notice" })).to).toMatch(/done=REQUEST_COMPLAINANT_INFO/);
    expect((await db().complaint.findUniqueOrThrow({ where: { id: complaint.id } })).state).toBe("AWAITING_COMPLAINANT_INFO");

    let view = (await loadStatusView(db(), complaint.id))!;
    expect(view.messages.map((m) => [m.fromYou, m.body])).toEqual([
      [true, "I have more photos if they help."],
      [false, "Thank you. Please send the photos when we ask."],
    ]);
    expect(view).toMatchObject({ waitingOn: "COMPLAINANT", answerEvent: "COMPLAINANT_CURED", requests: [{ items: ["The photos of the notice"] }] });
    // Each side is told by email that the other wrote, and never what: the message stays behind the link.
    const told = await db().notice.findMany({ where: { complaintId: complaint.id, template: { in: ["message-from-complainant", "message-to-complainant"] } } });
    const coordinators = await db().person.findMany({ where: { active: true, roles: { has: "STAFF" } }, select: { email: true } });
    expect(told.filter((n) => n.template === "message-from-complainant").map((n) => n.toAddress).sort()).toEqual(coordinators.map((p) => p.email).sort());
    expect(told.filter((n) => n.template === "message-to-complainant").map((n) => [n.toAddress, n.recipientKind])).toEqual([["journey@example.org", "COMPLAINANT"]]);
    for (const notice of told) {
      expect(notice.bodyText).not.toMatch(/more photos|send the photos/);
      expect(notice.bodyText).toContain(notice.template === "message-to-complainant" ? "/complaints/status" : `/committee/cases/${complaint.id}`);
    }

    // The answer, with a file, moves the case back to intake through the workflow.
    const answer = await browser.post(() => answerRequestAction(IDLE, formOf({ answer: "The photos are attached." }, [fileOf("notice-photo.png", SAMPLE.png())])));
    expect(answer.to).toBe("/complaints/status?sent=answer");
    expect((await db().complaint.findUniqueOrThrow({ where: { id: complaint.id } })).state).toBe("INTAKE");
    expect(await db().auditEvent.count({ where: { complaintId: complaint.id, type: "COMPLAINANT_CURED", actorKind: "COMPLAINANT" } })).toBe(1);
    expect(await db().document.findFirst({ where: { complaintId: complaint.id, kind: "INFO_REPLY" } })).toMatchObject({ filename: "notice-photo.png", mimeType: "image/png" });

    // A withdrawal request: recorded for the Chair, the case stays where it is.
    const withdraw = await browser.post(() => requestWithdrawalAction(IDLE, formOf({ reason: "It was resolved.", confirm: "yes" })));
    expect(withdraw.to).toBe("/complaints/status?sent=withdrawal");
    view = (await loadStatusView(db(), complaint.id))!;
    expect(view.withdrawalRequestedAt).not.toBeNull();
    expect(view.state).toBe("INTAKE");

    // A lost code: a new one goes to the email on file only; the old one stops working.
    const stranger = new Browser();
    expect((await stranger.post(() => lostCodeAction(IDLE, formOf({ reference: complaint.reference, email: "journey@example.org" })))).to).toBe("/complaints/status/lost-code?sent=1");
    const reissued = await db().notice.findFirstOrThrow({ where: { complaintId: complaint.id, template: "access-code-reissued" } });
    expect(reissued.toAddress).toBe("journey@example.org");
    const newCode = reissued.bodyText.match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)![0];
    const old = await stranger.post(() => signInComplainantAction(IDLE, formOf({ reference: complaint.reference, accessCode: confirmation.accessCode })));
    expect(old.to).toBeNull();
    expect(old.value).toMatchObject({ status: "error", fieldErrors: { accessCode: [expect.stringMatching(/not right/)] } });
    expect((await stranger.post(() => signInComplainantAction(IDLE, formOf({ reference: complaint.reference, accessCode: newCode })))).to).toBe("/complaints/status");
    // The session opened with the old code has ended.
    expect((await browser.post(() => sendMessageAction(IDLE, formOf({ body: "Still there?" })))).to).toBe("/complaints/status?signedout=1");
  });
});
