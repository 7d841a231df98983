import "server-only";
import { SANCTION_TYPES, SANCTION_INFO } from "@/lib/domain/sanctions";
import type { CaseState } from "@/lib/workflow";
import type { DbOrTx } from "../../db";

/** Counts behind the reports, each one grouped query over indexed columns. */

export async function casesByState(db: DbOrTx): Promise<Map<CaseState, number>> {
  const rows = await db.complaint.groupBy({ by: ["state"], _count: { _all: true } });
  return new Map(rows.map((row) => [row.state, row._count._all]));
}

export const OUTCOME_LABELS = {
  OPEN: "Open",
  DISMISSED: "Dismissed",
  WITHDRAWN: "Withdrawn",
  ABANDONED: "Closed: information not received",
  NO_ACTION: "Closed without action",
  ...Object.fromEntries(SANCTION_TYPES.map((type) => [type, SANCTION_INFO[type].label])),
} as Record<string, string>;

function outcomeOf(state: CaseState, worstSeverity: number | null): string {
  if (worstSeverity !== null) return SANCTION_TYPES[worstSeverity] ?? "NO_ACTION";
  if (state === "CLOSED_DISMISSED") return "DISMISSED";
  if (state === "CLOSED_WITHDRAWN") return "WITHDRAWN";
  if (state === "CLOSED_ABANDONED") return "ABANDONED";
  if (state === "CLOSED") return "NO_ACTION";
  return "OPEN";
}

/**
 * Cases by provision cited (alleged or charged, any code version) and outcome: the most severe
 * sanction in effect or served, else how the case ended, else "Open".
 */
export async function outcomesByProvision(db: DbOrTx): Promise<{ code: string; outcome: string; cases: number }[]> {
  const severity = SANCTION_TYPES.map((type, index) => `WHEN '${type}' THEN ${index}`).join(" ");
  const rows = await db.$queryRawUnsafe<{ code: string; state: CaseState; severity: number | null; cases: bigint }[]>(`
    WITH cited AS (
      SELECT DISTINCT cp."complaintId", p."code"
      FROM "CaseProvision" cp JOIN "CodeProvision" p ON p."id" = cp."provisionId"
      WHERE cp."source" IN ('ALLEGED', 'CHARGED')
    ), worst AS (
      SELECT "complaintId", MAX(CASE "type"::text ${severity} END) AS severity
      FROM "Sanction" WHERE "status" IN ('ACTIVE', 'COMPLETED') GROUP BY "complaintId"
    )
    SELECT cited."code" AS code, c."state" AS state, worst.severity AS severity, COUNT(*) AS cases
    FROM cited JOIN "Complaint" c ON c."id" = cited."complaintId" LEFT JOIN worst ON worst."complaintId" = c."id"
    GROUP BY cited."code", c."state", worst.severity`);
  const merged = new Map<string, { code: string; outcome: string; cases: number }>();
  for (const row of rows) {
    const outcome = outcomeOf(row.state, row.severity === null ? null : Number(row.severity));
    const key = `${row.code}:${outcome}`;
    const entry = merged.get(key) ?? { code: row.code, outcome, cases: 0 };
    entry.cases += Number(row.cases);
    merged.set(key, entry);
  }
  return [...merged.values()].sort((a, b) => codeOrder(a.code) - codeOrder(b.code) || a.outcome.localeCompare(b.outcome));
}

function codeOrder(code: string): number {
  return (code.startsWith("R") ? 0 : 100) + Number(code.slice(1));
}

export async function overdueDeadlines(db: DbOrTx, now: Date): Promise<{ kind: string; waitingOn: string; count: number }[]> {
  const rows = await db.deadline.groupBy({
    by: ["kind", "waitingOn"],
    where: { status: "OPEN", pausedAt: null, dueAt: { lt: now } },
    _count: { _all: true },
  });
  return rows.map((row) => ({ kind: row.kind, waitingOn: row.waitingOn, count: row._count._all })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
}

export interface Rates {
  cases: number;
  casesWithRecusal: number;
  appealable: number;
  appealed: number;
}

/** Recusal rate (cases with a recusal / all cases) and appeal rate (appealed / cases that reached an appeal window). */
export async function rates(db: DbOrTx): Promise<Rates> {
  const cases = await db.complaint.count();
  const casesWithRecusal = await db.complaint.count({ where: { recusals: { some: {} } } });
  const [reached] = await db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(DISTINCT "complaintId") AS n FROM "AuditEvent" WHERE "toState" = 'APPEAL_WINDOW' AND "complaintId" IS NOT NULL`;
  const appealed = await db.complaint.count({ where: { appeals: { some: {} } } });
  return { cases, casesWithRecusal, appealable: Number(reached?.n ?? 0), appealed };
}

export interface Acknowledgements {
  inTime: number;
  late: number;
  pending: number;
}

/** Acknowledgement deadlines (T_ack, intake started): met in time, met late or still overdue, and pending. */
export async function acknowledgements(db: DbOrTx, now: Date): Promise<Acknowledgements> {
  const [row] = await db.$queryRaw<{ in_time: bigint; late: bigint; pending: bigint }[]>`
    SELECT
      COUNT(*) FILTER (WHERE "status" = 'SATISFIED' AND "closedAt" <= "dueAt") AS in_time,
      COUNT(*) FILTER (WHERE ("status" = 'SATISFIED' AND "closedAt" > "dueAt") OR ("status" = 'OPEN' AND "dueAt" < ${now})) AS late,
      COUNT(*) FILTER (WHERE "status" IN ('OPEN', 'PAUSED') AND "dueAt" >= ${now}) AS pending
    FROM "Deadline" WHERE "kind" = 'ACKNOWLEDGE'`;
  return { inTime: Number(row?.in_time ?? 0), late: Number(row?.late ?? 0), pending: Number(row?.pending ?? 0) };
}

