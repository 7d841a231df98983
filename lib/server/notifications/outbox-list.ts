import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "../db-factory";
import { deliveryState, type DeliveryState } from "./delivery-state";

/** The outbox page's views: everything, what needs an administrator, what is waiting, what went. */
export const OUTBOX_VIEWS = ["all", "attention", "waiting", "sent"] as const;
export type OutboxView = (typeof OUTBOX_VIEWS)[number];

const VIEW_WHERE: Record<OutboxView, Prisma.NoticeWhereInput> = {
  all: {},
  attention: { status: { in: ["DEAD", "FAILED"] } },
  waiting: { status: { in: ["PENDING", "SENDING"] } },
  sent: { status: "SENT" },
};

export interface OutboxRow {
  id: string;
  reference: string | null;
  subject: string;
  template: string;
  recipientKind: string;
  toAddress: string | null;
  state: DeliveryState;
  attempts: number;
  queuedAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date;
  lastError: string | null;
  firstOpenedAt: Date | null;
  hasLetter: boolean;
}

export interface OutboxPage {
  rows: OutboxRow[];
  total: number;
  page: number;
  pageCount: number;
}

export const OUTBOX_PAGE_SIZE = 25;

/** Every notice, newest first, in one view and optionally one case (by reference). */
export async function listOutbox(db: DbOrTx, query: { view: OutboxView; reference?: string; page: number; emailOn: boolean }): Promise<OutboxPage> {
  const reference = query.reference?.trim().toUpperCase();
  const where: Prisma.NoticeWhereInput = { ...VIEW_WHERE[query.view], ...(reference && { complaint: { reference } }) };
  const total = await db.notice.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page), pageCount);
  const rows = await db.notice.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
    select: {
      id: true,
      subject: true,
      template: true,
      recipientKind: true,
      toAddress: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
      nextAttemptAt: true,
      lastError: true,
      firstOpenedAt: true,
      letterDocumentId: true,
      complaint: { select: { reference: true } },
    },
  });
  return {
    total,
    page,
    pageCount,
    rows: rows.map((row) => ({
      id: row.id,
      reference: row.complaint?.reference ?? null,
      subject: row.subject,
      template: row.template,
      recipientKind: row.recipientKind,
      toAddress: row.toAddress,
      state: deliveryState(row, query.emailOn),
      attempts: row.attempts,
      queuedAt: row.createdAt,
      sentAt: row.sentAt,
      nextAttemptAt: row.nextAttemptAt,
      lastError: row.lastError,
      firstOpenedAt: row.firstOpenedAt,
      hasLetter: row.letterDocumentId !== null,
    })),
  };
}

/** One notice in full, as it was (or would be) sent, with its letter's name. */
export async function outboxNotice(db: DbOrTx, id: string) {
  return db.notice.findUnique({
    where: { id },
    select: {
      id: true,
      subject: true,
      template: true,
      recipientKind: true,
      toAddress: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
      nextAttemptAt: true,
      lastError: true,
      firstOpenedAt: true,
      messageId: true,
      bodyText: true,
      bodyHtml: true,
      letterKind: true,
      letterDocumentId: true,
      complaint: { select: { id: true, reference: true } },
    },
  });
}

export async function letterSummary(db: DbOrTx, documentId: string | null) {
  if (!documentId) return null;
  return db.document.findUnique({ where: { id: documentId }, select: { id: true, filename: true, size: true, purgedAt: true } });
}
