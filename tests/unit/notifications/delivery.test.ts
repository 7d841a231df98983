import { describe, expect, it } from "vitest";
import { audienceOf } from "@/lib/server/notifications/audience";
import { composeNotice } from "@/lib/server/notifications/delivery/compose";
import { backoffDelay, classifySendError } from "@/lib/server/notifications/delivery/failure";
import { deliveryState } from "@/lib/server/notifications/delivery-state";
import { isLinkToken, linkTokenFor } from "@/lib/server/notifications/link-token";
import { renderNotice, renderReminder } from "@/lib/server/notifications/templates";

const MIN = 60_000;

describe("classifySendError", () => {
  it("retries 4xx, connection and authentication failures; a 5xx on the envelope or message is a bounce", () => {
    expect(classifySendError(Object.assign(new Error("x"), { code: "EMESSAGE", responseCode: 451, response: "451 Try later" }))).toEqual({ kind: "retry", message: "EMESSAGE: 451 Try later" });
    expect(classifySendError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ESOCKET" })).kind).toBe("retry");
    expect(classifySendError(Object.assign(new Error("x"), { code: "EAUTH", responseCode: 535, response: "535 Bad credentials" })).kind).toBe("retry");
    expect(classifySendError(Object.assign(new Error("x"), { code: "EENVELOPE", responseCode: 550, response: "550 5.1.1 Unknown\r\n user" }))).toEqual({
      kind: "bounce",
      message: "Bounced: 550 5.1.1 Unknown user",
    });
    expect(classifySendError(Object.assign(new Error("x"), { code: "EMESSAGE", responseCode: 552, response: "552 Too big" })).kind).toBe("bounce");
    expect(classifySendError("weird").kind).toBe("retry");
  });

  it("backs off 2, 8, 32 minutes… up to 12 hours", () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n) / MIN)).toEqual([2, 8, 32, 128, 512]);
    expect(backoffDelay(9)).toBe(12 * 60 * MIN);
  });
});

describe("composeNotice", () => {
  const base = "https://docket.example";
  const rendered = renderNotice({ template: "notice-of-complaint", audience: "RESPONDENT", reference: "EPC-2026-0042", caseId: "case1", hasLetter: true, appUrl: base });
  const notice = { id: "n1", complaintId: "case1", recipientKind: "RESPONDENT", toAddress: "ccm@example.org", subject: rendered.subject, bodyText: rendered.text, bodyHtml: rendered.html, messageId: "<m1@docket>" };

  it("swaps the page link for the tracking link in both bodies, keeps the Message-ID, attaches the letter", () => {
    const letter = { documentId: "d1", filename: "notice.pdf", contentType: "application/pdf", content: Buffer.from("%PDF-1.4") };
    const message = composeNotice(notice, { from: "x@y", appUrl: base, linkSecret: "s".repeat(40), letter });
    const token = linkTokenFor("n1", "s".repeat(40));
    expect(isLinkToken(token)).toBe(true);
    expect(message.text).toContain(`${base}/n/${token}`);
    expect(message.text).not.toContain("/portal/cases/case1");
    expect(message.html).toContain(`href="${base}/n/${token}">${base}/n/${token}</a>`);
    expect(message).toMatchObject({ to: "ccm@example.org", messageId: "<m1@docket>", subject: "Notice of Complaint (EPC-2026-0042)" });
    expect(message.attachments).toEqual([{ filename: "notice.pdf", content: letter.content, contentType: "application/pdf" }]);
  });

  it("derives one token per notice and secret, so every retry links the same way", () => {
    expect(linkTokenFor("n1", "a".repeat(40))).toBe(linkTokenFor("n1", "a".repeat(40)));
    expect(linkTokenFor("n1", "a".repeat(40))).not.toBe(linkTokenFor("n2", "a".repeat(40)));
    expect(linkTokenFor("n1", "a".repeat(40))).not.toBe(linkTokenFor("n1", "b".repeat(40)));
  });
});

describe("delivery states and audiences", () => {
  it("names where a notice stands, 'recorded' when email is off", () => {
    expect(deliveryState({ status: "PENDING", lastError: null, toAddress: "a@b" }, false)).toBe("recorded");
    expect(deliveryState({ status: "PENDING", lastError: null, toAddress: "a@b" }, true)).toBe("queued");
    expect(deliveryState({ status: "DEAD", lastError: "Bounced: 550", toAddress: "a@b" }, true)).toBe("bounced");
    expect(deliveryState({ status: "DEAD", lastError: "ETIMEDOUT", toAddress: "a@b" }, true)).toBe("failed");
    expect(deliveryState({ status: "DEAD", lastError: "No email address on file; send by post.", toAddress: null }, true)).toBe("no-address");
  });

  it("maps recipient kinds to their door; unknown kinds get the public one", () => {
    expect(["CHAIR", "HEARING_PANEL", "APPEAL_PANEL", "STAFF", "COMMITTEE"].map(audienceOf)).toEqual(Array(5).fill("COMMITTEE"));
    expect(audienceOf("LICENSING_BOARDS")).toBe("PUBLIC");
    expect(audienceOf("constructor")).toBe("PUBLIC");
  });

  it("reminders name the clock and its UTC day, nothing else", () => {
    const reminder = renderReminder({ template: "deadline-reminder", audience: "COMPLAINANT", reference: "EPC-2026-0001", caseId: "c", label: "the requested information", dueAt: new Date("2026-04-06T23:59:59.999Z"), appUrl: "http://h" });
    expect(reminder.subject).toBe("Reminder: a deadline is coming up (EPC-2026-0001)");
    expect(reminder.text).toContain("Deadline: the requested information, by the end of Monday 6 April 2026 (UTC).");
    expect(reminder.text).toContain("http://h/complaints/status");
    expect(reminder.html).toContain("<p>Deadline: the requested information, by the end of Monday 6 April 2026 (UTC).</p>");
  });
});
