import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allowedEvents, type Actor, type EventType, type ProcedureRules } from "@/lib/workflow";
import { db as defaultDb, type DbOrTx } from "../db";
import { AppError } from "../errors";
import { loadProcedureRules } from "./procedure-rules";
import { loadCaseSnapshot, type Roster } from "./snapshot";
import { caseAccessFor, type CaseAccess, type VisibilityFacts } from "./visibility-rules";

export { canSee, caseAccessFor, seesDocument, seesVotes, type CaseAccess, type CaseAccessKind } from "./visibility-rules";

/** What deciding a case's visibility needs (run-transition reads it with the snapshot in one query). */
export const FACTS_SELECT = {
  id: true,
  reference: true,
  state: true,
  version: true,
  respondentCertificationId: true,
  respondentNotifiedAt: true,
  identityDisclosureGranted: true,
  complainant: { select: { shareWithRespondent: true } },
  recusals: { select: { personId: true } },
  representatives: { where: { revokedAt: null }, select: { personId: true } },
  appeals: { select: { panel: { select: { personId: true } } } },
} satisfies Prisma.ComplaintSelect;

type FactsRow = Prisma.ComplaintGetPayload<{ select: typeof FACTS_SELECT }>;

function factsOf(row: FactsRow): VisibilityFacts {
  return {
    id: row.id,
    respondentCertificationId: row.respondentCertificationId,
    respondentNotifiedAt: row.respondentNotifiedAt,
    recusedPersonIds: row.recusals.map((r) => r.personId),
    representativePersonIds: row.representatives.map((r) => r.personId),
    appealPanelPersonIds: row.appeals.flatMap((a) => a.panel.map((p) => p.personId)),
    shareWithRespondent: row.complainant?.shareWithRespondent ?? false,
    identityDisclosureGranted: row.identityDisclosureGranted,
  };
}

/**
 * A case as the actor may know it. A recused member learns the reference and nothing else: their
 * handle has no state or version (null), and access.canAct is false.
 */
export interface CaseHandle {
  id: string;
  reference: string;
  state: FactsRow["state"] | null;
  version: number | null;
  access: CaseAccess;
}

/** The case as `actor` may know it, or null when it is not theirs to see (show a 404). */
export async function findCaseForActor(caseId: string, actor: Actor, options: { db?: DbOrTx } = {}): Promise<CaseHandle | null> {
  const db = options.db ?? defaultDb;
  const row = await db.complaint.findUnique({ where: { id: caseId }, select: FACTS_SELECT });
  return row ? handleFor(row, actor) : null;
}

/** The handle `actor` gets on a case whose visibility facts are `row`, or null (not theirs to see). */
export function handleFor(row: FactsRow, actor: Actor): CaseHandle | null {
  const access = caseAccessFor(factsOf(row), actor);
  if (!access) return null;
  if (access.kind === "RECUSED") return { id: row.id, reference: row.reference, state: null, version: null, access };
  return { id: row.id, reference: row.reference, state: row.state, version: row.version, access };
}

/** As findCaseForActor, but a case the actor may not see is a NOT_FOUND error. */
export async function loadCaseForActor(caseId: string, actor: Actor, options: { db?: DbOrTx } = {}): Promise<CaseHandle> {
  const found = await findCaseForActor(caseId, actor, options);
  if (!found) throw new AppError("NOT_FOUND", "There is no case with that reference that you can see.");
  return found;
}

/**
 * Prisma filter for listing the cases `actor` may see; combine it with the list's own filters.
 * Mirrors caseAccessFor (recused members still see the reference in lists).
 */
export function visibleCasesWhere(actor: Actor): Prisma.ComplaintWhereInput {
  if (actor.kind === "system") return {};
  if (actor.kind === "complainant") return { id: actor.complaintId ?? { in: [] } };
  const asParty: Prisma.ComplaintWhereInput = {
    respondentNotifiedAt: { not: null },
    OR: [
      ...(actor.certificationIds.length > 0 ? [{ respondentCertificationId: { in: actor.certificationIds } }] : []),
      { representatives: { some: { personId: actor.personId, revokedAt: null } } },
    ],
  };
  const { roles } = actor;
  if (roles.includes("STAFF") || roles.includes("COMMITTEE_MEMBER") || roles.includes("COMMITTEE_CHAIR") || roles.includes("COMMITTEE_VICE_CHAIR")) {
    return {};
  }
  const alternatives: Prisma.ComplaintWhereInput[] = [asParty];
  if (roles.includes("APPEAL_PANEL")) alternatives.push({ appeals: { some: { panel: { some: { personId: actor.personId } } } } });
  return { OR: alternatives };
}

/**
 * The events `actor` may send on the case now, for the UI to offer (derived from the machine's
 * allowedEvents, never re-listed). A case the actor may not see is NOT_FOUND; a recused member gets none.
 * A caller that already holds the actor's handle on the case, the procedure rules or the roster at
 * `now`, passes them in rather than have them read again.
 */
export async function allowedEventsFor(
  caseId: string,
  actor: Actor,
  options: { db?: DbOrTx; now?: Date; handle?: CaseHandle; rules?: ProcedureRules; roster?: Roster } = {},
): Promise<EventType[]> {
  const db = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  const handle = options.handle ?? (await loadCaseForActor(caseId, actor, { db }));
  if (!handle.access.canAct) return [];
  const snapshot = await loadCaseSnapshot(db, caseId, now, options.roster);
  if (!snapshot) throw new AppError("NOT_FOUND", "There is no case with that reference that you can see.");
  return allowedEvents(snapshot, actor, now, options.rules ?? (await loadProcedureRules(db)));
}
