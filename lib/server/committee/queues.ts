import "server-only";
import { CLOSED_STATES, QUEUES, SOON_DAYS, type QueueKey } from "@/lib/domain/committee/queues";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseState } from "@/lib/workflow";
import { visibleCasesWhere } from "../cases/visibility";
import type { DbOrTx } from "../db";
import type { PersonActor } from "./actor";
import { caseListWhere } from "./case-list";

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

const CASE_SELECT = (personId: string) =>
  ({
    id: true,
    reference: true,
    state: true,
    receivedAt: true,
    respondentName: true,
    recusals: { where: { personId }, select: { personId: true } },
    hearings: {
      where: { status: { in: ["CALLED", "SCHEDULED"] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 1,
      select: { scheduledFor: true },
    },
  }) satisfies Prisma.ComplaintSelect;

type CaseRow = Prisma.ComplaintGetPayload<{ select: ReturnType<typeof CASE_SELECT> }>;

function toQueueCase(row: CaseRow): QueueCase {
  const recused = row.recusals.length > 0;
  return {
    id: row.id,
    reference: row.reference,
    state: row.state,
    receivedAt: row.receivedAt,
    respondentName: recused ? null : row.respondentName,
    hearingAt: recused ? null : (row.hearings[0]?.scheduledFor ?? null),
  };
}

/**
 * Every queue with its count and its oldest few cases, scoped to what the actor may see. One
 * grouped count over the (state, receivedAt) index, then a small indexed read per non-empty queue.
 */
export async function loadQueues(db: DbOrTx, actor: PersonActor): Promise<QueueSummary[]> {
  // A recused member's cases stay out of the queues: they may know only the reference (case list).
  const visible: Prisma.ComplaintWhereInput = { AND: [visibleCasesWhere(actor), { recusals: { none: { personId: actor.personId } } }] };
  const grouped = await db.complaint.groupBy({ by: ["state"], where: { AND: [visible, { state: { notIn: [...CLOSED_STATES] } }] }, _count: { _all: true } });
  const byState = new Map(grouped.map((row) => [row.state, row._count._all]));
  const out: QueueSummary[] = [];
  for (const queue of QUEUES) {
    const count = queue.states.reduce((sum, state) => sum + (byState.get(state) ?? 0), 0);
    const rows =
      count === 0
        ? []
        : await db.complaint.findMany({
            where: { AND: [visible, { state: { in: [...queue.states] } }] },
            orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
            take: QUEUE_PREVIEW,
            select: CASE_SELECT(actor.personId),
          });
    out.push({ key: queue.key, label: queue.label, count, cases: rows.map(toQueueCase) });
  }
  return out;
}

/** Open cases assigned to the actor: as staff, on a hearing panel, or on an appeal panel. */
export async function loadAssignedToMe(db: DbOrTx, actor: PersonActor, take = 10): Promise<{ count: number; cases: QueueCase[] }> {
  const where = caseListWhere(actor, { mine: "1", flags: [], sort: "received-asc", page: 1 });
  const count = await db.complaint.count({ where });
  const rows = await db.complaint.findMany({ where, orderBy: [{ receivedAt: "asc" }, { id: "asc" }], take, select: CASE_SELECT(actor.personId) });
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
