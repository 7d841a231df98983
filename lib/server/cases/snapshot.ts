import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CaseSnapshot } from "@/lib/workflow";
import type { DbOrTx } from "../db-factory";
import { snapshotFromRows } from "./snapshot-from-rows";
import { SNAPSHOT_SELECT, type Roster } from "./snapshot-query";

export type { Roster } from "./snapshot-query";

const COMMITTEE_ROLES: readonly Role[] = ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR"];

/**
 * Who may sit on cases at `now`: active people holding a committee role (or APPEAL_PANEL) whose
 * committee term has not ended. A term that ended takes a member out of quorums even if their
 * role was not yet removed (fail closed); a missing term means no end is recorded. The case file
 * reads the same people with their names (lib/server/committee/case-file/people.ts).
 */
export function rosterWhere(now: Date): Prisma.PersonWhereInput {
  const termOpen = { OR: [{ committeeTermTo: null }, { committeeTermTo: { gte: now } }] };
  // `has` per role rather than `hasSome`: an enum-array parameter was once sent unserialised
  // through the PGlite adapter ("malformed array literal"); scalar parameters are safe.
  return { active: true, AND: [{ OR: [...COMMITTEE_ROLES, "APPEAL_PANEL" as const].map((role) => ({ roles: { has: role } })) }, termOpen] };
}

/** The roster of people read with rosterWhere, split into the two bodies (ids in order). */
export function rosterOf(people: readonly { id: string; roles: readonly string[] }[]): Roster {
  const holding = (roles: readonly string[]) => people.filter((p) => p.roles.some((role) => roles.includes(role))).map((p) => p.id).sort();
  return { committeePersonIds: holding(COMMITTEE_ROLES), appealBodyPersonIds: holding(["APPEAL_PANEL"]) };
}

/** The roster at `now`, read for a snapshot. */
export async function loadRoster(db: DbOrTx, now: Date): Promise<Roster> {
  // One query for both bodies (a round trip per transition counts, see ADR 0024), split here.
  return rosterOf(await db.person.findMany({ where: rosterWhere(now), select: { id: true, roles: true } }));
}

/**
 * The machine's view of case `caseId` at `now`, or null if there is no such case. A caller that
 * already holds the roster for the same `now` (a transition reloading its case) passes it in.
 */
export async function loadCaseSnapshot(db: DbOrTx, caseId: string, now: Date = new Date(), roster?: Roster): Promise<CaseSnapshot | null> {
  const row = await db.complaint.findUnique({ where: { id: caseId }, select: SNAPSHOT_SELECT });
  if (!row) return null;
  return snapshotFromRows(row, roster ?? (await loadRoster(db, now)));
}
