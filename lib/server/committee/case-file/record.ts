import "server-only";
import type { DbOrTx } from "../../db";

/** Documents, deadlines, correspondence and requests of a case, newest first where it matters. */

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

/** The conversation with the complainant (the CCM's thread belongs to the portal). */
export async function loadComplainantMessages(db: DbOrTx, caseId: string) {
  return db.message.findMany({
    where: { complaintId: caseId, thread: "COMPLAINANT" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, authorKind: true, authorId: true, body: true, createdAt: true },
  });
}
export type CaseMessage = Awaited<ReturnType<typeof loadComplainantMessages>>[number];

export async function loadNotes(db: DbOrTx, caseId: string) {
  return db.internalNote.findMany({
    where: { complaintId: caseId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
}
export type CaseNote = Awaited<ReturnType<typeof loadNotes>>[number];

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
