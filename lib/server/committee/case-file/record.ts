import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "../../db";

/**
 * Documents, deadlines, correspondence and requests of a case, newest first where it matters. The
 * long lists read their latest `take` entries and their count (lib/domain/committee/case-file-lists.ts),
 * each in one statement.
 */

/** The latest `take` messages of the conversation with the complainant, oldest first (the CCM's thread belongs to the portal), and their count, in one statement. */
export async function loadComplainantMessages(db: DbOrTx, caseId: string, take: number) {
  const thread = { thread: "COMPLAINANT" as const };
  const found = await db.complaint.findUnique({
    where: { id: caseId },
    select: {
      messages: { where: thread, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: { id: true, authorKind: true, authorId: true, body: true, createdAt: true } },
      _count: { select: { messages: { where: thread } } },
    },
  });
  return { entries: (found?.messages ?? []).reverse(), total: found?._count.messages ?? 0 };
}
export type CaseMessage = Awaited<ReturnType<typeof loadComplainantMessages>>["entries"][number];

/** The latest `take` internal notes, newest first, and their count, in one statement. */
export async function loadNotes(db: DbOrTx, caseId: string, take: number) {
  const found = await db.complaint.findUnique({
    where: { id: caseId },
    select: {
      notes: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
      _count: { select: { notes: true } },
    },
  });
  return { entries: found?.notes ?? [], total: found?._count.notes ?? 0 };
}
export type CaseNote = Awaited<ReturnType<typeof loadNotes>>["entries"][number];

const RECORD_SELECT = {
  documents: {
    where: { purgedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, kind: true, letterKind: true, audience: true, filename: true, mimeType: true, size: true, sha256: true, uploaderKind: true, createdAt: true },
  },
  deadlines: {
    orderBy: [{ status: "asc" }, { dueAt: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, waitingOn: true, status: true, openedAt: true, dueAt: true, pausedAt: true, closedAt: true },
  },
  infoRequests: {
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    select: { id: true, party: true, items: true, thirdPartyName: true, requestedAt: true, dueAt: true, answeredAt: true, answer: true },
  },
  extensionRequests: {
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    select: { id: true, reason: true, daysAsked: true, requestedAt: true, ruling: true, daysGranted: true, ruledAt: true },
  },
} satisfies Prisma.ComplaintSelect;

/**
 * The case's documents (newest first), deadlines, and requests for information and for more time
 * (newest first), in one statement: the nested selects become lateral joins (see loadOutcomes).
 */
export async function loadRecord(db: DbOrTx, caseId: string) {
  const found = await db.complaint.findUnique({ where: { id: caseId }, select: RECORD_SELECT });
  return {
    documents: found?.documents ?? [],
    deadlines: found?.deadlines ?? [],
    requests: { info: found?.infoRequests ?? [], extensions: found?.extensionRequests ?? [] },
  };
}
type CaseRecord = Awaited<ReturnType<typeof loadRecord>>;
export type CaseDocument = CaseRecord["documents"][number];
export type CaseDeadline = CaseRecord["deadlines"][number];
export type CaseRequests = CaseRecord["requests"];
