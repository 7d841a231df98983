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
  /** The free-text search matched more cases than are considered; only the newest are listed. */
  searchCapped: boolean;
}

const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);
const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`);

function stateWhere(search: CaseSearch): Prisma.ComplaintWhereInput {
  if (search.state) return { state: search.state };
  const queue = search.queue ? queueFor(search.queue) : undefined;
  return queue ? { state: { in: [...queue.states] } } : {};
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

function mineWhere(mineIds: readonly string[] | null): Prisma.ComplaintWhereInput {
  if (mineIds === null) return {};
  return { id: { in: [...mineIds] }, state: { notIn: [...CLOSED_STATES] } };
}

/** The Prisma filter for a search, scoped to what the actor may see (without the free-text part). */
export function caseListWhere(actor: PersonActor, search: CaseSearch, mineIds: readonly string[] | null = null): Prisma.ComplaintWhereInput {
  const and: Prisma.ComplaintWhereInput[] = [visibleCasesWhere(actor), stateWhere(search), ccmWhere(search.ccm), mineWhere(search.mine === "1" ? (mineIds ?? []) : null)];
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
  if (revealing) and.push({ recusals: { none: { personId: actor.personId } } });
  return { AND: and.filter((clause) => Object.keys(clause).length > 0) };
}

const ORDER: Record<CaseSearch["sort"], Prisma.ComplaintOrderByWithRelationInput[]> = {
  "received-desc": [{ receivedAt: "desc" }, { id: "asc" }],
  "received-asc": [{ receivedAt: "asc" }, { id: "asc" }],
  reference: [{ reference: "asc" }],
  respondent: [{ respondentName: "asc" }, { id: "asc" }],
  stage: [{ state: "asc" }, { receivedAt: "asc" }, { id: "asc" }],
};

/** One page of the case list: only the columns shown, at most CASE_PAGE_SIZE rows. */
export async function listCases(db: DbOrTx, actor: PersonActor, search: CaseSearch): Promise<CaseListPage> {
  let where = caseListWhere(actor, search, search.mine === "1" ? await assignedCaseIds(db, actor) : null);
  let searchCapped = false;
  if (search.q) {
    const matches = await searchCaseIds(db, search.q, { seesAllComplainants: actor.roles.includes("STAFF") });
    searchCapped = matches.capped;
    where = { AND: [where, { id: { in: matches.ids } }] };
  }
  const total = await db.complaint.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CASE_PAGE_SIZE));
  const page = Math.min(search.page, pageCount);
  const rows = await db.complaint.findMany({
    where,
    orderBy: ORDER[search.sort],
    skip: (page - 1) * CASE_PAGE_SIZE,
    take: CASE_PAGE_SIZE,
    select: {
      id: true,
      reference: true,
      state: true,
      receivedAt: true,
      respondentName: true,
      lateFiling: true,
      noRegistryMatch: true,
      possibleDuplicateOfId: true,
      recusals: { where: { personId: actor.personId }, select: { personId: true } },
      deadlines: {
        where: { status: "OPEN", pausedAt: null },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        take: 1,
        select: { kind: true, dueAt: true },
      },
    },
  });
  return {
    total,
    page,
    pageCount,
    searchCapped,
    rows: rows.map((row) => {
      const recused = row.recusals.length > 0;
      return {
        id: row.id,
        reference: row.reference,
        state: recused ? null : row.state,
        receivedAt: recused ? null : row.receivedAt,
        respondentName: recused ? null : row.respondentName,
        recused,
        lateFiling: !recused && row.lateFiling,
        noRegistryMatch: !recused && row.noRegistryMatch,
        possibleDuplicate: !recused && row.possibleDuplicateOfId !== null,
        nextDeadline: recused ? null : (row.deadlines[0] ?? null),
      };
    }),
  };
}
