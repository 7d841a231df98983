import "server-only";
import { randomUUID } from "node:crypto";
import { appendAudit, caseStream } from "../../audit/append";
import type { Db } from "../../db";
import { appUrl } from "../../notifications/templates";
import { codeDigest, randomAccessCode } from "../codes";

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);

function reissueNotice(reference: string, code: string) {
  const link = `${appUrl()}/complaints/status`;
  const subject = `Your new access code (${reference})`;
  const lines = [
    `Case ${reference}`,
    "",
    "A new access code was asked for on the complaint status page. Your new access code is:",
    "",
    code,
    "",
    "Use it with your case reference to follow your complaint. The old code no longer works.",
    link,
    "",
    "If you did not ask for a new code, contact the ethics coordinator.",
    "",
    "CCMC Ethics and Professional Conduct Committee",
    "Please do not reply to this automatic message.",
  ];
  const html = [
    "<!doctype html><html><body>",
    `<p><strong>Case ${escapeHtml(reference)}</strong></p>`,
    "<p>A new access code was asked for on the complaint status page. Your new access code is:</p>",
    `<p style="font-size:1.5em;font-family:monospace"><strong>${escapeHtml(code)}</strong></p>`,
    `<p>Use it with your case reference to follow your complaint. The old code no longer works. <a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
    "<p>If you did not ask for a new code, contact the ethics coordinator.</p>",
    "<p>CCMC Ethics and Professional Conduct Committee<br>Please do not reply to this automatic message.</p>",
    "</body></html>",
  ].join("\n");
  return { subject, bodyText: lines.join("\n"), bodyHtml: html };
}

/**
 * A lost access code: when the reference and the email on file match, a new code replaces the old
 * one (ending its sessions and any lock) and goes to that email through the outbox, in one
 * transaction with its audit event. The caller shows the same neutral message either way.
 */
export async function reissueAccessCode(db: Db, input: { reference: string; email: string }, now = new Date()): Promise<boolean> {
  const complainant = await db.complainant.findFirst({
    where: { complaint: { reference: input.reference, purgedAt: null }, email: { equals: input.email, mode: "insensitive" } },
    select: { id: true, complaintId: true, email: true },
  });
  if (!complainant) return false;
  const code = randomAccessCode();
  const notice = reissueNotice(input.reference, code);
  await db.$transaction(async (tx) => {
    await tx.complainant.update({
      where: { id: complainant.id },
      data: { accessCodeHash: codeDigest(code), accessCodeIssuedAt: now, accessCodeFailures: 0, accessCodeLockedUntil: null },
    });
    await tx.notice.create({
      data: {
        complaintId: complainant.complaintId,
        template: "access-code-reissued",
        recipientKind: "COMPLAINANT",
        toAddress: complainant.email,
        ...notice,
        messageId: `<access-code-${randomUUID()}@docket>`,
        nextAttemptAt: now,
        createdAt: now,
      },
    });
    await appendAudit(tx, {
      stream: caseStream(complainant.complaintId),
      actor: { kind: "COMPLAINANT", id: complainant.complaintId },
      type: "ACCESS_CODE_REISSUED",
      complaintId: complainant.complaintId,
      payload: { to: "email on file" },
      at: now,
    });
  });
  return true;
}
