import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openNoticeLink } from "@/lib/server/notifications/open-link";
import { noticeReceiptsFor } from "@/lib/server/notifications/receipts";
import { appUrl } from "@/lib/server/notifications/templates";
import { castWithNewRespondent, makeCase, type MadeCase, type PersonActor } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { deliver } from "./support/delivery";
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "./support/smtp-sink";

let testDb: TestDb;
let server: SmtpSink;
let made: MadeCase;
let respondent: PersonActor;
const db = () => testDb.db;

beforeAll(async () => {
  testDb = await createTestDb();
  const cast = await castWithNewRespondent(db());
  respondent = cast.respondent;
  // Filed, screened, noticed, answered, proposed, heard, decided, final: a sanction in effect.
  // The formal letters are rendered and linked in the transitions' transactions (lib/server/letters).
  made = await makeCase(db(), { to: "SANCTION_ACTIVE", cast: cast.cast });
  server = await startSmtpSink();
});
afterAll(async () => {
  await server?.close();
  await testDb?.close();
});

describe("the notices of a full case path, delivered over SMTP", () => {
  let mails: Map<string, ReceivedMail>;

  it("delivers every notice with an address exactly once, to its recipient, with its Message-ID", async () => {
    const notices = await db().notice.findMany({ where: { complaintId: made.id } });
    const addressed = notices.filter((n) => n.toAddress !== null);
    expect(addressed.length).toBeGreaterThan(20);
    const report = await deliver(db(), server.url, { now: () => new Date(made.clock.now().getTime() + 60_000) });
    expect(report.sent).toHaveLength(addressed.length);
    expect(report.retrying).toEqual([]);
    expect(server.accepted).toHaveLength(addressed.length);
    mails = new Map(server.accepted.map((mail) => [mail.messageId, mail]));
    expect(mails.size).toBe(addressed.length);
    for (const notice of addressed) {
      const mail = mails.get(notice.messageId);
      expect(mail, `${notice.template} to ${notice.recipientKind}`).toBeDefined();
      expect(mail!.envelopeTo).toEqual([notice.toAddress]);
      expect(mail!.subject).toBe(notice.subject);
    }
    const after = await db().notice.findMany({ where: { complaintId: made.id, toAddress: { not: null } } });
    expect(after.every((n) => n.status === "SENT" && n.attempts === 1 && n.sentAt !== null)).toBe(true);
  });

  it("writes each party at their own address: the complainant, the CCM, the committee", async () => {
    const byTemplate = async (template: string, recipientKind: string) =>
      db().notice.findMany({ where: { complaintId: made.id, template, recipientKind }, select: { toAddress: true, messageId: true } });
    expect((await byTemplate("complaint-acknowledged", "COMPLAINANT")).map((n) => n.toAddress)).toEqual(["pat.complainant@example.org"]);
    const respondentEmail = (await db().person.findUniqueOrThrow({ where: { id: respondent.personId } })).email;
    expect((await byTemplate("notice-of-complaint", "RESPONDENT")).map((n) => n.toAddress)).toEqual([respondentEmail]);
    expect((await byTemplate("hearing-decision", "RESPONDENT")).map((n) => n.toAddress)).toEqual([respondentEmail]);
    const received = await byTemplate("complaint-received", "COMMITTEE");
    expect(received.length).toBeGreaterThanOrEqual(3);
    const committee = await db().person.findMany({ where: { email: { in: received.map((n) => n.toAddress!) } }, select: { roles: true } });
    expect(committee).toHaveLength(received.length);
    // The complainant never receives what goes to the CCM, and the reverse.
    const complainantMail = server.accepted.filter((m) => m.envelopeTo.includes("pat.complainant@example.org"));
    expect(complainantMail.map((m) => m.subject).some((s) => /Notice of Complaint|Proposed outcome|Hearing decision/.test(s))).toBe(false);
  });

  it("attaches each party's formal letter PDF to the notices that carry it, and nothing to the others", async () => {
    const notices = await db().notice.findMany({ where: { complaintId: made.id, toAddress: { not: null } } });
    const withLetter = notices.filter((n) => n.letterDocumentId !== null);
    expect(new Set(withLetter.map((n) => n.letterKind))).toEqual(new Set(["ACKNOWLEDGEMENT", "NOTICE_OF_COMPLAINT", "PROPOSED_DISPOSITION", "NOTICE_OF_HEARING", "DECISION"]));
    for (const notice of notices) {
      const mail = mails.get(notice.messageId)!;
      if (notice.letterDocumentId === null) {
        expect(mail.attachments, `${notice.template} to ${notice.recipientKind}`).toEqual([]);
        expect(mail.text).not.toContain("A formal letter goes with this notice.");
        continue;
      }
      expect(["COMPLAINANT", "RESPONDENT"]).toContain(notice.recipientKind);
      const letter = await db().document.findUniqueOrThrow({ where: { id: notice.letterDocumentId }, include: { blob: true } });
      expect(letter).toMatchObject({ kind: "LETTER", letterKind: notice.letterKind, audience: `COMMITTEE_AND_${notice.recipientKind}` });
      expect(mail.attachments, `${notice.template} to ${notice.recipientKind}`).toHaveLength(1);
      expect(mail.attachments[0]).toMatchObject({ filename: letter.filename, contentType: "application/pdf" });
      expect(mail.attachments[0]!.content.equals(Buffer.from(letter.blob!.data))).toBe(true);
      expect(mail.attachments[0]!.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(mail.text).toContain("A formal letter goes with this notice.");
    }
  });

  it("never attaches a letter filed for the other party, even when a notice points at it", async () => {
    const forRespondent = await db().document.findFirstOrThrow({ where: { complaintId: made.id, kind: "LETTER", audience: "COMMITTEE_AND_RESPONDENT" } });
    const misdirected = await db().notice.findFirstOrThrow({ where: { complaintId: made.id, recipientKind: "COMPLAINANT", template: "complaint-acknowledged" } });
    const copy = await db().notice.create({
      data: {
        ...misdirected,
        id: undefined,
        messageId: "<misdirected@docket>",
        linkTokenHash: null,
        status: "PENDING",
        attempts: 0,
        sentAt: null,
        nextAttemptAt: made.clock.now(),
        letterKind: forRespondent.letterKind,
        letterDocumentId: forRespondent.id,
      },
    });
    await deliver(db(), server.url, { now: () => new Date(made.clock.now().getTime() + 120_000) });
    const mail = server.accepted.find((m) => m.messageId === "<misdirected@docket>")!;
    expect(mail.attachments).toEqual([]);
    expect((await db().notice.findUniqueOrThrow({ where: { id: copy.id } })).lastError).toMatch(/without its letter/);
    await db().notice.delete({ where: { id: copy.id } });
    server.accepted.splice(server.accepted.indexOf(mail), 1);
  });

  it("keeps confidential details out of every email and links through the tracking route", async () => {
    const secrets = [
      "stopped all contact without notice",
      "Pat Complainant",
      "Services ended without documented notice",
      "preponderance",
      "I gave notice by telephone",
      "Casey Manager",
    ];
    for (const mail of server.accepted) {
      for (const secret of secrets) {
        expect(mail.text, mail.subject).not.toContain(secret);
        expect(mail.html, mail.subject).not.toContain(secret);
      }
      expect(mail.text).toMatch(new RegExp(`${appUrl()}/n/[A-Za-z0-9_-]{43}`));
      expect(mail.text).not.toMatch(/\/portal\/cases\/|\/committee\/cases\/|\/complaints\/status/);
      expect(mail.html).toMatch(new RegExp(`href="${appUrl()}/n/[A-Za-z0-9_-]{43}"`));
    }
  });

  it("records the first open of a notice's link as evidence of service, and redirects to the recipient's page", async () => {
    const notice = await db().notice.findFirstOrThrow({ where: { complaintId: made.id, template: "notice-of-complaint", recipientKind: "RESPONDENT" } });
    const token = mails.get(notice.messageId)!.text.match(/\/n\/([A-Za-z0-9_-]{43})/)![1]!;
    const opened = new Date("2026-11-01T08:00:00Z");
    expect(await openNoticeLink(db(), token, opened)).toEqual({ location: `/portal/cases/${made.id}`, noticeId: notice.id, firstOpen: true });
    expect(await openNoticeLink(db(), token, new Date("2026-11-02T08:00:00Z"))).toMatchObject({ firstOpen: false });
    expect((await db().notice.findUniqueOrThrow({ where: { id: notice.id } })).firstOpenedAt).toEqual(opened);
    expect(await openNoticeLink(db(), "x".repeat(43), opened)).toEqual({ location: "/", noticeId: null, firstOpen: false });
    expect(await openNoticeLink(db(), "../../etc", opened)).toEqual({ location: "/", noticeId: null, firstOpen: false });

    const receipts = await noticeReceiptsFor(made.id, { db: db(), emailOn: true });
    expect(receipts.find((r) => r.id === notice.id)).toMatchObject({ state: "sent", firstOpenedAt: opened, attempts: 1 });
    expect(receipts.filter((r) => r.state === "sent")).toHaveLength(server.accepted.length);
  });
});
