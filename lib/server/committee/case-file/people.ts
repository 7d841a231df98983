import "server-only";
import { rosterOf, rosterWhere, type Roster } from "../../cases/snapshot";
import type { DbOrTx } from "../../db";

/** Names of the people a case file mentions, in one query. */
export async function namesOf(db: DbOrTx, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === "string"))];
  if (wanted.length === 0) return new Map();
  const rows = await db.person.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

export interface RosterMember {
  id: string;
  name: string;
  roles: string[];
  recused: boolean;
}

/**
 * The workflow's roster at `now` (rosterWhere) with names and each member's recusal on this case,
 * in one statement; `ids` is that roster as the snapshot takes it, so the actions allowed now need
 * no second read of these people.
 */
export async function loadCaseRoster(db: DbOrTx, caseId: string, now: Date): Promise<{ committee: RosterMember[]; appealBody: RosterMember[]; ids: Roster }> {
  const rows = await db.person.findMany({
    where: rosterWhere(now),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, roles: true, recusals: { where: { complaintId: caseId }, select: { id: true } } },
  });
  const member = (row: (typeof rows)[number]): RosterMember => ({ id: row.id, name: row.name, roles: row.roles, recused: row.recusals.length > 0 });
  return {
    committee: rows.filter((row) => row.roles.some((role) => role.startsWith("COMMITTEE_"))).map(member),
    appealBody: rows.filter((row) => row.roles.includes("APPEAL_PANEL")).map(member),
    ids: rosterOf(rows),
  };
}
