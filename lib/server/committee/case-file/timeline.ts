import "server-only";
import type { ListWindow } from "@/lib/domain/committee/case-file-lists";
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

/**
 * The latest `take` entries of the case's history from its hash-chained audit stream, shown oldest
 * first (codes only: the log holds no prose), and how many it holds in all.
 */
export async function loadTimeline(db: DbOrTx, caseId: string, take: number): Promise<ListWindow<TimelineEntry>> {
  const latest = await db.auditEvent.findMany({
    where: { stream: caseStream(caseId) },
    orderBy: { seq: "desc" },
    take,
    select: { seq: true, at: true, type: true, actorKind: true, actorId: true, fromState: true, toState: true, reason: true },
  });
  // A stream's entries are numbered 1, 2, 3… and never deleted (appendAudit), so the newest one's number is the count.
  const total = latest[0]?.seq ?? 0;
  const rows = latest.reverse();
  const names = await namesOf(db, rows.filter((row) => row.actorKind === "PERSON").map((row) => row.actorId));
  const entries = rows.map((row) => ({
    seq: row.seq,
    at: row.at,
    type: row.type,
    actor: row.actorKind === "PERSON" ? (names.get(row.actorId ?? "") ?? "A former user") : row.actorKind === "COMPLAINANT" ? "The complainant" : "The system",
    fromState: row.fromState,
    toState: row.toState,
    reason: row.reason,
  }));
  return { entries, total };
}
