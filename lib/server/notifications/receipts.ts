import "server-only";
import { db as defaultDb, type DbOrTx } from "../db";
import { emailEnabled } from "./config";
import { deliveryState, type DeliveryState } from "./delivery-state";

export interface NoticeReceipt {
  id: string;
  template: string;
  subject: string;
  recipientKind: string;
  toAddress: string | null;
  letterKind: string | null;
  state: DeliveryState;
  attempts: number;
  /** When the change that caused it committed (the notice was written in that transaction). */
  queuedAt: Date;
  sentAt: Date | null;
  /** When it failed for good (bounced or out of attempts); null otherwise. */
  failedAt: Date | null;
  /** The next try, while it is queued or retrying. */
  nextAttemptAt: Date | null;
  lastError: string | null;
  /** The first time its link was opened: evidence of service. */
  firstOpenedAt: Date | null;
}

export interface ReceiptOptions {
  db?: DbOrTx;
  /** Defaults to whether SMTP_URL is set in this process. */
  emailOn?: boolean;
}

/**
 * Delivery receipts for the case file: every notice of the case, oldest first, with when it was
 * queued, sent, failed or bounced, and first opened. The caller has already checked that the
 * viewer may see the case file (addresses of both parties are in it).
 */
export async function noticeReceiptsFor(caseId: string, options: ReceiptOptions = {}): Promise<NoticeReceipt[]> {
  const db = options.db ?? defaultDb;
  const emailOn = options.emailOn ?? emailEnabled();
  const rows = await db.notice.findMany({
    where: { complaintId: caseId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      template: true,
      subject: true,
      recipientKind: true,
      toAddress: true,
      letterKind: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
      nextAttemptAt: true,
      lastError: true,
      firstOpenedAt: true,
    },
  });
  return rows.map((row) => {
    const state = deliveryState(row, emailOn);
    const failedFinally = state === "bounced" || state === "failed";
    return {
      id: row.id,
      template: row.template,
      subject: row.subject,
      recipientKind: row.recipientKind,
      toAddress: row.toAddress,
      letterKind: row.letterKind,
      state,
      attempts: row.attempts,
      queuedAt: row.createdAt,
      sentAt: row.sentAt,
      failedAt: failedFinally ? row.nextAttemptAt : null,
      nextAttemptAt: state === "queued" || state === "retrying" ? row.nextAttemptAt : null,
      lastError: row.lastError,
      firstOpenedAt: row.firstOpenedAt,
    };
  });
}
