import "server-only";
import type { Actor, CaseSnapshot, ProcedureRules } from "@/lib/workflow";
import type { DbOrTx } from "../db-factory";
import { loadProcedureRules } from "./procedure-rules";
import { loadRoster, type Roster } from "./snapshot";
import { snapshotFromRows } from "./snapshot-from-rows";
import { SNAPSHOT_SELECT } from "./snapshot-query";
import { FACTS_SELECT, handleFor, type CaseHandle } from "./visibility";

/**
 * The visibility facts and the snapshot's rows in one select. Both name `appeals`: every appeal
 * (newest first) serves visibility (a member of any appeal's panel may see the case) and its first
 * element is the snapshot's latest appeal, as SNAPSHOT_SELECT's own `take: 1` would give.
 */
const TRANSITION_SELECT = {
  ...SNAPSHOT_SELECT,
  ...FACTS_SELECT,
  appeals: { orderBy: SNAPSHOT_SELECT.appeals.orderBy, select: FACTS_SELECT.appeals.select },
};

export interface TransitionFacts {
  handle: CaseHandle;
  snapshot: CaseSnapshot;
  roster: Roster;
  rules: ProcedureRules;
}

/**
 * Everything runTransition reads before it decides: the case as the actor may know it, its
 * snapshot, the roster and the procedure rules in force, in three queries instead of one per
 * relation and table (ADR 0024). On the root client they run side by side on separate pool
 * connections; a transaction client runs one query at a time, so they go in turn there.
 * Null when there is no such case or the actor may not see it.
 */
export async function loadForTransition(db: DbOrTx, caseId: string, actor: Actor, now: Date, options: { inTransaction: boolean }): Promise<TransitionFacts | null> {
  const readCase = () => db.complaint.findUnique({ where: { id: caseId }, select: TRANSITION_SELECT });
  const [row, roster, rules] = options.inTransaction
    ? [await readCase(), await loadRoster(db, now), await loadProcedureRules(db)]
    : await Promise.all([readCase(), loadRoster(db, now), loadProcedureRules(db)]);
  if (!row) return null;
  const handle = handleFor(row, actor);
  if (!handle) return null;
  return { handle, snapshot: snapshotFromRows(row, roster), roster, rules };
}
