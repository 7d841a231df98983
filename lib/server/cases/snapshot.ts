import "server-only";
import type { CaseSnapshot } from "@/lib/workflow";
import type { DbOrTx } from "../db-factory";
import { snapshotFromRows } from "./snapshot-from-rows";
import { SNAPSHOT_SELECT, type Roster } from "./snapshot-query";

export type { Roster } from "./snapshot-query";

const COMMITTEE_ROLES = ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR"] as const;

/**
 * Who may sit on cases at `now`: active people holding a committee role (or APPEAL_PANEL) whose
 * committee term has not ended. A term that ended takes a member out of quorums even if their
 * role was not yet removed (fail closed); a missing term means no end is recorded.
 */
export async function loadRoster(db: DbOrTx, now: Date): Promise<Roster> {
  const termOpen = { OR: [{ committeeTermTo: null }, { committeeTermTo: { gte: now } }] };
  // Sequential on purpose: a transaction client runs one query at a time (PGlite is one session).
  const committee = await db.person.findMany({
    // `has` per role rather than `hasSome`: an enum-array parameter was once sent unserialised
    // through the PGlite adapter ("malformed array literal"); scalar parameters are safe.
    where: { active: true, AND: [{ OR: COMMITTEE_ROLES.map((role) => ({ roles: { has: role } })) }, termOpen] },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const appealBody = await db.person.findMany({
    where: { active: true, roles: { has: "APPEAL_PANEL" }, ...termOpen },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return { committeePersonIds: committee.map((p) => p.id), appealBodyPersonIds: appealBody.map((p) => p.id) };
}

/** The machine's view of case `caseId` at `now`, or null if there is no such case. */
export async function loadCaseSnapshot(db: DbOrTx, caseId: string, now: Date = new Date()): Promise<CaseSnapshot | null> {
  const row = await db.complaint.findUnique({ where: { id: caseId }, select: SNAPSHOT_SELECT });
  if (!row) return null;
  return snapshotFromRows(row, await loadRoster(db, now));
}
