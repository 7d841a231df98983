import "server-only";
import type { DbOrTx } from "../../db";

/**
 * Documents, deadlines, correspondence and requests of a case, newest first where it matters. The
 * long lists read their latest `take` entries and their count (lib/domain/committee/case-file-lists.ts).
 */

export async function loadDocuments(db: DbOrTx, caseId: string) {
  return db.document.findMany({
    where: { complaintId: caseId, purgedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, letterKind: true, audience: true, filename: true, mimeType: true, size: true, sha256: true, uploaderKind: true, createdAt: true },
  });
}
export type CaseDocument = Awaited<ReturnType<typeof loadDocuments>>[number];

export async function loadDeadlines(db: DbOrTx, caseId: string) {
  return db.deadline.findMany({
    where: { complaintId: caseId },
    orderBy: [{ status: "asc" }, { dueAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, waitingOn: true, status: true, openedAt: true, dueAt: true, pausedAt: true, closedAt: true },
  });
}
export type CaseDeadline = Awaited<ReturnType<typeof loadDeadlines>>[number];

/** The latest `take` messages of the conversation with the complainant, oldest first (the CCM's thread belongs to the portal). */
export async function loadComplainantMessages(db: DbOrTx, caseId: string, take: number) {
  const where = { complaintId: caseId, thread: "COMPLAINANT" as const };
  const [latest, total] = await Promise.all([
    db.message.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: { id: true, authorKind: true, authorId: true, body: true, createdAt: true } }),
    db.message.count({ where }),
  ]);
  return { entries: latest.reverse(), total };
}
export type CaseMessage = Awaited<ReturnType<typeof loadComplainantMessages>>["entries"][number];

/** The latest `take` internal notes, newest first. */
export async function loadNotes(db: DbOrTx, caseId: string, take: number) {
  const where = { complaintId: caseId };
  const [entries, total] = await Promise.all([
    db.internalNote.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
    }),
    db.internalNote.count({ where }),
  ]);
  return { entries, total };
}
export type CaseNote = Awaited<ReturnType<typeof loadNotes>>["entries"][number];

export async function loadRequests(db: DbOrTx, caseId: string) {
  const info = await db.infoRequest.findMany({
    where: { complaintId: caseId },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    select: { id: true, party: true, items: true, thirdPartyName: true, requestedAt: true, dueAt: true, answeredAt: true, answer: true },
  });
  const extensions = await db.extensionRequest.findMany({
    where: { complaintId: caseId },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    select: { id: true, reason: true, daysAsked: true, requestedAt: true, ruling: true, daysGranted: true, ruledAt: true },
  });
  return { info, extensions };
}
export type CaseRequests = Awaited<ReturnType<typeof loadRequests>>;
