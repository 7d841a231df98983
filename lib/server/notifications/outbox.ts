import "server-only";
import { appendAudit, caseStream } from "../audit/append";
import type { Db } from "../db-factory";
import { NO_ADDRESS_ERROR } from "./enqueue";

export interface RetryInput {
  noticeId: string;
  adminId: string;
  now?: Date;
}

/**
 * An administrator sends a DEAD notice again: it goes back to PENDING with a fresh set of
 * attempts (same Message-ID), audited on the case's chain. False when it is not DEAD (someone
 * retried it first) or has no address to send to.
 */
export async function retryDeadNotice(db: Db, input: RetryInput): Promise<boolean> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const notice = await tx.notice.findUnique({ where: { id: input.noticeId }, select: { id: true, complaintId: true, attempts: true } });
    if (!notice) return false;
    const { count } = await tx.notice.updateMany({
      where: { id: notice.id, status: "DEAD", toAddress: { not: null }, NOT: { lastError: NO_ADDRESS_ERROR } },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now },
    });
    if (count === 0) return false;
    await appendAudit(tx, {
      stream: notice.complaintId ? caseStream(notice.complaintId) : "admin",
      actor: { kind: "PERSON", id: input.adminId },
      type: "NOTICE_RETRIED",
      complaintId: notice.complaintId,
      payload: { noticeId: notice.id, previousAttempts: notice.attempts },
      at: now,
    });
    return true;
  });
}
