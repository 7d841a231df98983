import "server-only";
import { CLOSED_STATES, QUEUES, SOON_DAYS, type QueueKey } from "@/lib/domain/committee/queues";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseState } from "@/lib/workflow";
import { visibleCasesWhere } from "../cases/visibility";
import type { DbOrTx } from "../db";
import type { PersonActor } from "./actor";
import { assignedCaseIds, caseListWhere, recusedCaseIds } from "./case-list";

/** Cases shown under each queue on the dashboard; the rest are behind "view all". */
export const QUEUE_PREVIEW = 5;

export interface QueueCase {
  id: string;
  reference: string;
  state: CaseState;
  receivedAt: Date;
  respondentName: string | null;
  hearingAt: Date | null;
}

export interface QueueSummary {
  key: QueueKey;
  label: string;
  count: number;
  cases: QueueCase[];
}

export interface DeadlineAlert {
  caseId: string;
  reference: string;
  kind: string;
  waitingOn: string;
  dueAt: Date;
  overdue: boolean;
}

const CASE_SELECT = {
  id: true,
  reference: true,
  state: true,
  receivedAt: true,
  respondentName: true,
} satisfies Prisma.ComplaintSelect;

/** Hearings only where the queue shows them (each relation is one more query). */
const WITH_HEARING = {
  ...CASE_SELECT,
  hearings: {
    where: { status: { in: ["CALLED", "SCHEDULED"] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 1,
    select: { scheduledFor: true },
  },
} satisfies Prisma.ComplaintSelect;

type CaseRow = Prisma.ComplaintGetPayload<{ select: typeof CASE_SELECT }> & { hearings?: { scheduledFor: Date | null }[] };

/** Recused members' cases are never in these lists, so every detail shown is theirs to see. */
function toQueueCase(row: CaseRow): QueueCase {
  return {
    id: row.id,
    reference: row.reference,
    state: row.state,
    receivedAt: row.receivedAt,
    respondentName: row.respondentName,
    hearingAt: row.hearings?.[0]?.scheduledFor ?? null,
  };
}

/**
 * Every queue with its count and its oldest few cases, scoped to what the actor may see. One
 * grouped count over the (state, receivedAt) index, then a small indexed read per non-empty queue.
 */
export async function loadQueues(db: DbOrTx, actor: PersonActor): Promise<QueueSummary[]> {
  // A recused member's cases stay out of the queues: they may know only the reference (case list).
  // Their few ids are read once, which keeps each preview a plain walk of the (state, receivedAt) index.
  const recused = (await db.recusal.findMany({ where: { personId: actor.personId }, select: { complaintId: true } })).map((r) => r.complaintId);
  const visible: Prisma.ComplaintWhereInput = { AND: [visibleCasesWhere(actor), ...(recused.length > 0 ? [{ id: { notIn: recused } }] : [])] };
  const grouped = await db.complaint.groupBy({ by: ["state"], where: { AND: [visible, { state: { notIn: [...CLOSED_STATES] } }] }, _count: { _all: true } });
  const byState = new Map(grouped.map((row) => [row.state, row._count._all]));
  const out: QueueSummary[] = [];
  for (const queue of QUEUES) {
    const counts = queue.states.map((state) => byState.get(state) ?? 0);
    const rows: CaseRow[] = [];
    // One read per state walks the (state, receivedAt) index in order; the oldest few of the queue win.
    for (const [index, state] of queue.states.entries()) {
      if (counts[index] === 0) continue;
      rows.push(
        ...(await db.complaint.findMany({
          where: { AND: [visible, { state }] },
          orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
          take: QUEUE_PREVIEW,
          select: state === "HEARING_SCHEDULED" ? WITH_HEARING : CASE_SELECT,
        })),
      );
    }
    rows.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id.localeCompare(b.id));
    out.push({ key: queue.key, label: queue.label, count: counts.reduce((sum, n) => sum + n, 0), cases: rows.slice(0, QUEUE_PREVIEW).map(toQueueCase) });
  }
  return out;
}

/** Open cases assigned to the actor: as staff, on a hearing panel, or on an appeal panel. */
export async function loadAssignedToMe(db: DbOrTx, actor: PersonActor, take = 10): Promise<{ count: number; cases: QueueCase[] }> {
  const where = caseListWhere(actor, { mine: "1", flags: [], sort: "received-asc", page: 1 }, { mine: await assignedCaseIds(db, actor), recused: await recusedCaseIds(db, actor) });
  const count = await db.complaint.count({ where });
  const rows = await db.complaint.findMany({ where, orderBy: [{ receivedAt: "asc" }, { id: "asc" }], take, select: CASE_SELECT });
  return { count, cases: rows.map(toQueueCase) };
}

/**
 * Open deadlines that have passed or fall within SOON_DAYS, soonest first, on cases the actor
 * may see and is not recused from. Uses the (status, dueAt) index.
 */
export async function loadDeadlineAlerts(db: DbOrTx, actor: PersonActor, now: Date = new Date(), take = 20): Promise<DeadlineAlert[]> {
  const horizon = new Date(now.getTime() + SOON_DAYS * 86_400_000);
  const rows = await db.deadline.findMany({
    where: {
      status: "OPEN",
      pausedAt: null,
      dueAt: { lte: horizon },
      complaint: { AND: [visibleCasesWhere(actor), { recusals: { none: { personId: actor.personId } } }] },
    },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take,
    select: { kind: true, waitingOn: true, dueAt: true, complaint: { select: { id: true, reference: true } } },
  });
  return rows.map((row) => ({
    caseId: row.complaint.id,
    reference: row.complaint.reference,
    kind: row.kind,
    waitingOn: row.waitingOn,
    dueAt: row.dueAt,
    overdue: row.dueAt.getTime() < now.getTime(),
  }));
}
