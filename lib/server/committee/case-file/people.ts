import "server-only";
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

/** Active committee members and commissioners whose term is open, with their recusal on this case. */
export async function loadCaseRoster(db: DbOrTx, caseId: string, now: Date): Promise<{ committee: RosterMember[]; appealBody: RosterMember[] }> {
  const recused = new Set((await db.recusal.findMany({ where: { complaintId: caseId }, select: { personId: true } })).map((r) => r.personId));
  const rows = await db.person.findMany({
    where: {
      active: true,
      roles: { hasSome: ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR", "APPEAL_PANEL"] },
      OR: [{ committeeTermTo: null }, { committeeTermTo: { gte: now } }],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, roles: true },
  });
  const member = (row: (typeof rows)[number]): RosterMember => ({ id: row.id, name: row.name, roles: row.roles, recused: recused.has(row.id) });
  return {
    committee: rows.filter((row) => row.roles.some((role) => role.startsWith("COMMITTEE_"))).map(member),
    appealBody: rows.filter((row) => row.roles.includes("APPEAL_PANEL")).map(member),
  };
}
