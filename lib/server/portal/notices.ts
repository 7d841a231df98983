import "server-only";
import { randomUUID } from "node:crypto";
import type { TxClient } from "../db";

/** Public base URL for links in notices (APP_URL, as the rest of Docket uses it). */
export function appUrl(): string {
  return (process.env.APP_URL || "http://localhost:3000").replace(/\/+$/, "");
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

export interface PlainNotice {
  template: string;
  recipientKind: string;
  recipientPersonId: string | null;
  toAddress: string;
  subject: string;
  /** Paragraphs of the message; the link follows them. */
  paragraphs: readonly string[];
  link: { prompt: string; href: string };
  complaintId?: string;
  now: Date;
}

/**
 * Writes one notice to the outbox in the caller's transaction (the notifications worker delivers
 * it after commit). The text names no case detail beyond its reference and never the complainant.
 */
export async function enqueuePlainNotice(tx: TxClient, notice: PlainNotice): Promise<void> {
  const text = [...notice.paragraphs.flatMap((p) => [p, ""]), notice.link.prompt, notice.link.href, "", "CCMC Ethics and Professional Conduct Committee"].join("\n");
  const html = [
    "<!doctype html><html><body>",
    ...notice.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p>${escapeHtml(notice.link.prompt)} <a href="${escapeHtml(notice.link.href)}">${escapeHtml(notice.link.href)}</a></p>`,
    "<p>CCMC Ethics and Professional Conduct Committee</p>",
    "</body></html>",
  ].join("\n");
  await tx.notice.create({
    data: {
      complaintId: notice.complaintId ?? null,
      template: notice.template,
      recipientKind: notice.recipientKind,
      recipientPersonId: notice.recipientPersonId,
      toAddress: notice.toAddress,
      subject: notice.subject,
      bodyText: text,
      bodyHtml: html,
      status: "PENDING",
      messageId: `<${notice.template.toLowerCase()}-${randomUUID()}@docket>`,
      nextAttemptAt: notice.now,
      createdAt: notice.now,
    },
  });
}

type CommitteeAudience = "CHAIR" | "STAFF";

/** Who hears of the respondent's material: the Chair (Vice-Chair if none can act), or the case's staff. */
async function committeeRecipients(tx: TxClient, caseId: string, audience: CommitteeAudience) {
  const recused = (await tx.recusal.findMany({ where: { complaintId: caseId }, select: { personId: true } })).map((r) => r.personId);
  if (audience === "STAFF") {
    const complaint = await tx.complaint.findUnique({ where: { id: caseId }, select: { assignedStaff: { select: { id: true, email: true, active: true } } } });
    if (complaint?.assignedStaff?.active) return [complaint.assignedStaff];
    return tx.person.findMany({ where: { active: true, roles: { has: "STAFF" } }, select: { id: true, email: true }, orderBy: { id: "asc" } });
  }
  for (const role of ["COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR"] as const) {
    const rows = await tx.person.findMany({
      where: { active: true, roles: { has: role }, id: { notIn: recused } },
      select: { id: true, email: true },
      orderBy: { id: "asc" },
    });
    if (rows.length > 0) return rows;
  }
  return [];
}

/** Tells the Committee side that the respondent sent something on case `reference`. */
export async function noticeToCommittee(
  tx: TxClient,
  input: { caseId: string; reference: string; audience: CommitteeAudience; template: string; subject: string; body: string; now: Date },
): Promise<void> {
  for (const person of await committeeRecipients(tx, input.caseId, input.audience)) {
    await enqueuePlainNotice(tx, {
      template: input.template,
      recipientKind: input.audience,
      recipientPersonId: person.id,
      toAddress: person.email,
      complaintId: input.caseId,
      subject: `${input.subject} (${input.reference})`,
      paragraphs: [`Case ${input.reference}`, input.body],
      link: { prompt: "Open the case file:", href: `${appUrl()}/committee/cases/${encodeURIComponent(input.caseId)}` },
      now: input.now,
    });
  }
}
