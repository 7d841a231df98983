import "server-only";
import { appendAudit, caseStream } from "../../audit/append";
import { runTransition, type TransitionAttachment } from "../../cases/run-transition";
import { revalidateCase } from "../../cases/revalidate";
import type { Db } from "../../db";
import type { CheckedFile } from "../../documents/validate-upload";
import { AppError } from "../../errors";
import { notifyNewMessage } from "../../notifications/message-notice";
import { complainantActor, loadStatusView } from "./view";

/** What a signed-in complainant can do on the status page; each is checked against the case as it is now. */

export async function sendComplainantMessage(db: Db, complaintId: string, body: string, now = new Date()): Promise<void> {
  const view = await loadStatusView(db, complaintId, now);
  if (!view) throw new AppError("NOT_FOUND", "There is no complaint with that reference that you can see.");
  await db.$transaction(async (tx) => {
    const message = await tx.message.create({
      data: { complaintId, thread: "COMPLAINANT", authorKind: "COMPLAINANT", body, createdAt: now },
      select: { id: true },
    });
    await appendAudit(tx, {
      stream: caseStream(complaintId),
      actor: { kind: "COMPLAINANT", id: complaintId },
      type: "MESSAGE_SENT",
      complaintId,
      payload: { thread: "COMPLAINANT", messageId: message.id, length: body.length },
      at: now,
    });
    await notifyNewMessage(tx, { caseId: complaintId, direction: "FROM_COMPLAINANT", now });
  });
  await revalidateCase(complaintId);
}

/**
 * Answers the open request for information with text and files: COMPLAINANT_CURED while the
 * complaint waits for missing information, INFO_RECEIVED when the Committee asked the
 * complainant. The files are stored with the transition, in its transaction.
 */
export async function answerInfoRequest(db: Db, complaintId: string, answer: string, files: readonly CheckedFile[], now = new Date()): Promise<void> {
  const view = await loadStatusView(db, complaintId, now);
  if (!view) throw new AppError("NOT_FOUND", "There is no complaint with that reference that you can see.");
  if (!view.answerEvent) throw new AppError("GUARD_FAILED", "There is no request for information waiting for your answer.");
  const attachments: TransitionAttachment[] = files.map((file) => ({ ...file, kind: "INFO_REPLY", audience: "COMMITTEE_ONLY" }));
  await runTransition({
    caseId: complaintId,
    actor: complainantActor(complaintId),
    event: { type: view.answerEvent, note: answer, documentIds: [] },
    attachments,
    now,
    db,
  });
}

export async function requestWithdrawal(db: Db, complaintId: string, reason: string | undefined, now = new Date()): Promise<void> {
  await runTransition({
    caseId: complaintId,
    actor: complainantActor(complaintId),
    event: { type: "REQUEST_WITHDRAWAL", ...(reason && { reason }) },
    now,
    db,
  });
}
