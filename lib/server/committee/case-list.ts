import "server-only";
import { CASE_PAGE_SIZE, type CaseSearch } from "@/lib/domain/committee/case-search";
import { CLOSED_STATES, queueFor } from "@/lib/domain/committee/queues";
import { CODE_VERSIONS } from "@/lib/domain/catalogue";
import { looksLikeCcmNumber } from "@/lib/domain/registry";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseState } from "@/lib/workflow";
import { visibleCasesWhere } from "../cases/visibility";
import type { DbOrTx } from "../db";
import type { PersonActor } from "./actor";
import { searchCaseIds } from "./search-sql";

export interface CaseListRow {
  id: string;
  reference: string;
  /** Null when the viewer is recused (as every detail below). */
  state: CaseState | null;
  receivedAt: Date | null;
  /** Null when the viewer is recused: a recused member sees the reference only. */
  respondentName: string | null;
  recused: boolean;
  lateFiling: boolean;
  noRegistryMatch: boolean;
  possibleDuplicate: boolean;
  nextDeadline: { kind: string; dueAt: Date } | null;
}

export interface CaseListPage {
  rows: CaseListRow[];
  total: number;
  page: number;
  pageCount: number;
  /** The free-text search matched more cases than are considered (SEARCH_MATCH_CAP): not all are listed. */
  searchCapped: boolean;
}

const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`);

/** The stages a search is limited to (a stage, or a queue's stages), or undefined for any. */
function statesOf(search: CaseSearch): readonly CaseState[] | undefined {
  if (search.state) return [search.state];
  return search.queue ? queueFor(search.queue)?.states : undefined;
}

function stateWhere(search: CaseSearch): Prisma.ComplaintWhereInput {
  const states = statesOf(search);
  return states ? { state: { in: [...states] } } : {};
}

function ccmWhere(ccm: string | undefined): Prisma.ComplaintWhereInput {
  if (!ccm) return {};
  if (looksLikeCcmNumber(ccm)) {
    const number = ccm.toUpperCase();
    return { OR: [{ respondentCertification: { number } }, { respondentCcmNumber: number }] };
  }
  return { respondentName: { contains: ccm, mode: "insensitive" } };
}

/**
 * Open cases assigned to the actor: as staff (assignedStaffId), on a pending hearing panel, or on an
 * undecided appeal panel. Read through the person-keyed indexes first, so the list filter is an id list.
 */
export async function assignedCaseIds(db: DbOrTx, actor: PersonActor): Promise<string[]> {
  const staff = await db.complaint.findMany({ where: { assignedStaffId: actor.personId, state: { notIn: [...CLOSED_STATES] } }, select: { id: true } });
  const hearings = await db.hearingPanelMember.findMany({
    where: { personId: actor.personId, hearing: { status: { in: ["CALLED", "SCHEDULED"] } } },
    select: { hearing: { select: { complaintId: true } } },
  });
  const appeals = await db.appealPanelMember.findMany({ where: { personId: actor.personId, appeal: { outcome: null } }, select: { appeal: { select: { complaintId: true } } } });
  return [...new Set([...staff.map((row) => row.id), ...hearings.map((row) => row.hearing.complaintId), ...appeals.map((row) => row.appeal.complaintId)])];
}

/**
 * The cases the actor is recused from: a handful at most, read once through the Recusal(personId)
 * index, so the list leaves them out with an id list instead of an anti-join evaluated per row.
 */
export async function recusedCaseIds(db: DbOrTx, actor: PersonActor): Promise<string[]> {
  const rows = await db.recusal.findMany({ where: { personId: actor.personId }, select: { complaintId: true } });
  return rows.map((row) => row.complaintId);
}

function mineWhere(mineIds: readonly string[] | null): Prisma.ComplaintWhereInput {
  if (mineIds === null) return {};
  return { id: { in: [...mineIds] }, state: { notIn: [...CLOSED_STATES] } };
}

export interface CaseListIds {
  /** The actor's assigned cases (assignedCaseIds), when the search asks for them. */
  mine?: readonly string[];
  /** The cases the actor is recused from (recusedCaseIds). */
  recused: readonly string[];
}

/** The Prisma filter for a search, scoped to what the actor may see (without the free-text part). */
export function caseListWhere(actor: PersonActor, search: CaseSearch, ids: CaseListIds): { AND: Prisma.ComplaintWhereInput[] } {
  const and: Prisma.ComplaintWhereInput[] = [visibleCasesWhere(actor), stateWhere(search), ccmWhere(search.ccm), mineWhere(search.mine === "1" ? (ids.mine ?? []) : null)];
  if (search.provision) {
    const code = search.provision;
    and.push({ provisions: { some: { provisionId: { in: CODE_VERSIONS.map((version) => `${version}:${code}`) }, source: { in: ["ALLEGED", "CHARGED"] } } } });
  }
  if (search.from || search.to) {
    and.push({ receivedAt: { ...(search.from && { gte: startOfDay(search.from) }), ...(search.to && { lte: endOfDay(search.to) }) } });
  }
  if (search.flags.includes("late")) and.push({ lateFiling: true });
  if (search.flags.includes("nomatch")) and.push({ noRegistryMatch: true });
  if (search.flags.includes("duplicate")) and.push({ possibleDuplicateOfId: { not: null } });
  // A recused member may know only the reference: a filter or sort that would tell them more about
  // the case (its stage, provisions, names, dates) leaves it out.
  const revealing = search.q || search.queue || search.state || search.provision || search.ccm || search.from || search.to || search.mine || search.flags.length > 0 || search.sort === "respondent" || search.sort === "stage";
  if (revealing && ids.recused.length > 0) and.push({ id: { notIn: [...ids.recused] } });
  return { AND: and.filter((clause) => Object.keys(clause).length > 0) };
}

const ORDER: Record<CaseSearch["sort"], Prisma.ComplaintOrderByWithRelationInput[]> = {
  "received-desc": [{ receivedAt: "desc" }, { id: "desc" }],
  "received-asc": [{ receivedAt: "asc" }, { id: "asc" }],
  reference: [{ reference: "asc" }],
  respondent: [{ respondentName: "asc" }, { id: "asc" }],
  stage: [{ state: "asc" }, { receivedAt: "asc" }, { id: "asc" }],
};

const ROW_SELECT = {
  id: true,
  reference: true,
  state: true,
  receivedAt: true,
  respondentName: true,
  lateFiling: true,
  noRegistryMatch: true,
  possibleDuplicateOfId: true,
  deadlines: {
    where: { status: "OPEN", pausedAt: null },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: 1,
    select: { kind: true, dueAt: true },
  },
} satisfies Prisma.ComplaintSelect;

type ListedRow = Prisma.ComplaintGetPayload<{ select: typeof ROW_SELECT }>;

/**
 * The page's ids, then their rows. The ids come from the filter's index alone (an index-only scan
 * on (state, receivedAt, id) for a stage filter), so a deep page skips index entries, not rows with
 * their deadline sub-select: page 240 of a 6,000-case queue costs about what page 1 does.
 */
async function pageOfIds(db: DbOrTx, where: Prisma.ComplaintWhereInput, search: CaseSearch): Promise<{ ids: string[]; total: number; page: number }> {
  const total = await db.complaint.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CASE_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const rows = await db.complaint.findMany({ where, orderBy: ORDER[search.sort], skip: (page - 1) * CASE_PAGE_SIZE, take: CASE_PAGE_SIZE, select: { id: true } });
  return { ids: rows.map((row) => row.id), total, page };
}

/**
 * A free-text search matches at most SEARCH_MATCH_CAP cases, in the list's order, with the stage
 * and the recusals applied already (searchCaseIds). The list's other filters (`rest`), when there
 * are any, keep some of them in one more statement; the page is a slice.
 */
async function pageOfMatches(db: DbOrTx, rest: { AND: Prisma.ComplaintWhereInput[] }, search: CaseSearch, matches: readonly string[]): Promise<{ ids: string[]; total: number; page: number }> {
  let kept = matches;
  if (matches.length > 0 && rest.AND.length > 0) {
    const found = await db.complaint.findMany({ where: { AND: [rest, { id: { in: [...matches] } }] }, select: { id: true } });
    const keep = new Set(found.map((row) => row.id));
    kept = matches.filter((id) => keep.has(id));
  }
  const pageCount = Math.max(1, Math.ceil(kept.length / CASE_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  return { ids: kept.slice((page - 1) * CASE_PAGE_SIZE, page * CASE_PAGE_SIZE), total: kept.length, page };
}

/** One page of the case list: only the columns shown, at most CASE_PAGE_SIZE rows. */
export async function listCases(db: DbOrTx, actor: PersonActor, search: CaseSearch): Promise<CaseListPage> {
  const recused = await recusedCaseIds(db, actor);
  const ids: CaseListIds = { recused, ...(search.mine === "1" && { mine: await assignedCaseIds(db, actor) }) };
  let searchCapped = false;
  let listed: { ids: string[]; total: number; page: number };
  if (search.q) {
    // The search statement applies the stage and leaves out the recusals itself (a search reveals
    // what a case is about); the rest of the filters are applied to its matches.
    const states = statesOf(search);
    const matches = await searchCaseIds(db, search.q, { seesAllComplainants: actor.roles.includes("STAFF"), excludeIds: recused, sort: search.sort, ...(states && { states }) });
    searchCapped = matches.capped;
    const rest = caseListWhere(actor, { ...search, q: undefined, state: undefined, queue: undefined }, { ...ids, recused: [] });
    listed = await pageOfMatches(db, rest, search, matches.ids);
  } else {
    listed = await pageOfIds(db, caseListWhere(actor, search, ids), search);
  }
  const found = listed.ids.length === 0 ? [] : await db.complaint.findMany({ where: { id: { in: listed.ids } }, select: ROW_SELECT });
  const byId = new Map<string, ListedRow>(found.map((row) => [row.id, row]));
  const recusedSet = new Set(recused);
  return {
    total: listed.total,
    page: listed.page,
    pageCount: Math.max(1, Math.ceil(listed.total / CASE_PAGE_SIZE)),
    searchCapped,
    // A case deleted between the two reads (retention) simply drops out of this page.
    rows: listed.ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const isRecused = recusedSet.has(id);
      return [
        {
          id: row.id,
          reference: row.reference,
          state: isRecused ? null : row.state,
          receivedAt: isRecused ? null : row.receivedAt,
          respondentName: isRecused ? null : row.respondentName,
          recused: isRecused,
          lateFiling: !isRecused && row.lateFiling,
          noRegistryMatch: !isRecused && row.noRegistryMatch,
          possibleDuplicate: !isRecused && row.possibleDuplicateOfId !== null,
          nextDeadline: isRecused ? null : (row.deadlines[0] ?? null),
        },
      ];
    }),
  };
}
