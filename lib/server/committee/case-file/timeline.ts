import "server-only";
import type { CaseState } from "@/lib/workflow";
import { caseStream } from "../../audit/append";
import type { DbOrTx } from "../../db";
import { namesOf } from "./people";

export interface TimelineEntry {
  seq: number;
  at: Date;
  type: string;
  actor: string;
  fromState: CaseState | null;
  toState: CaseState | null;
  reason: string | null;
}

/** The case's history from its hash-chained audit stream, oldest first (codes only: the log holds no prose). */
export async function loadTimeline(db: DbOrTx, caseId: string, take = 500): Promise<TimelineEntry[]> {
  const rows = await db.auditEvent.findMany({
    where: { stream: caseStream(caseId) },
    orderBy: { seq: "asc" },
    take,
    select: { seq: true, at: true, type: true, actorKind: true, actorId: true, fromState: true, toState: true, reason: true },
  });
  const names = await namesOf(db, rows.filter((row) => row.actorKind === "PERSON").map((row) => row.actorId));
  return rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    type: row.type,
    actor: row.actorKind === "PERSON" ? (names.get(row.actorId ?? "") ?? "A former user") : row.actorKind === "COMPLAINANT" ? "The complainant" : "The system",
    fromState: row.fromState,
    toState: row.toState,
    reason: row.reason,
  }));
}
