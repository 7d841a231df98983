import "server-only";
import { nextStepFor, type NextStep } from "@/lib/domain/portal/next-step";
import { stageFor } from "@/lib/domain/portal/stages";
import { sanctionsInEffect, type CaseState, type CaseSnapshot } from "@/lib/workflow";
import { loadProcedureRules } from "../cases/procedure-rules";
import { loadCaseSnapshot } from "../cases/snapshot";
import type { CaseAccess } from "../cases/visibility-rules";
import { db as defaultDb, type DbOrTx } from "../db";
import { AppError } from "../errors";
import { LETTER_SELECT, PORTAL_CASE_SELECT } from "./case-query";
import {
  challengeViews,
  decisionViews,
  documentViews,
  hearingView,
  letterViews,
  postponementRequests,
  provisionsBySource,
  sanctionViews,
} from "./case-parts";
import { openEvents, partyEvents, type PartyEvent } from "./events";
import { isTheCcm, NOT_FOUND_MESSAGE, requireRespondentCase } from "./scope";
import type { PersonActor } from "./viewer";

/** The complainant as the respondent may know them: only where shared or disclosure was granted. */
async function identityFor(db: DbOrTx, caseId: string, access: CaseAccess) {
  if (!access.seesComplainantIdentity) return null;
  return db.complainant.findUnique({ where: { complaintId: caseId }, select: { name: true, organisation: true, relationship: true } });
}

function deadlinesByKind(deadlines: readonly { kind: string; dueAt: Date; pausedAt: Date | null }[]): Partial<Record<string, Date>> {
  const out: Partial<Record<string, Date>> = {};
  for (const deadline of deadlines) if (deadline.pausedAt === null) out[deadline.kind] ??= deadline.dueAt;
  return out;
}

function unmetConditionCount(snapshot: CaseSnapshot): number {
  return sanctionsInEffect(snapshot.sanctions).reduce((count, s) => count + s.conditions.filter((c) => !c.met).length, 0);
}

/**
 * Everything the portal shows of one case to its respondent (the CCM or their representative),
 * cut on the server to what DOMAIN §8 lets them see: the allegations and charged provisions,
 * evidence and letters shared with them, their own material, issued decisions (never votes or
 * internal notes), the hearing and its panel, appeals, sanctions and conditions; the
 * complainant's identity only where shared. A case they may not see is NOT_FOUND.
 */
export async function loadPortalCase(caseId: string, actor: PersonActor, options: { db?: DbOrTx; now?: Date } = {}) {
  const db = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  const handle = await requireRespondentCase(caseId, actor, db);
  const row = await db.complaint.findUnique({ where: { id: handle.id }, select: PORTAL_CASE_SELECT });
  const snapshot = await loadCaseSnapshot(db, handle.id, now);
  if (!row || !snapshot) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  const rules = await loadProcedureRules(db);
  const events = partyEvents(snapshot, actor, now, rules, row.deadlines.map((d) => d.kind));
  const documents = documentViews(row, handle.access);
  const letterRows = await db.notice.findMany({
    where: { complaintId: row.id, recipientKind: "RESPONDENT" },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: LETTER_SELECT,
  });
  const hearing = hearingView(row);
  const state = row.state as CaseState;
  const nextStep: NextStep = nextStepFor({
    state,
    open: openEvents(events),
    dueBy: deadlinesByKind(row.deadlines),
    extensionRequested: snapshot.extensionRequested,
    hearing: hearing && { scheduledFor: hearing.scheduledFor, challengeUntil: hearing.challengeUntil },
    unmetConditions: unmetConditionCount(snapshot),
    now,
  });
  return {
    id: row.id,
    reference: row.reference,
    version: row.version,
    state,
    stage: stageFor(state),
    now,
    receivedAt: row.receivedAt,
    notifiedAt: row.respondentNotifiedAt,
    respondentName: row.respondentName,
    ccmNumber: row.respondentCertification?.number ?? null,
    /** The CCM themselves (a representative may act but not appoint another). */
    actorIsCcm: isTheCcm(actor, row.respondentCertificationId),
    complainant: await identityFor(db, row.id, handle.access),
    allegation: {
      narrative: row.narrative,
      harm: row.harm,
      conductFrom: row.conductFrom,
      conductTo: row.conductTo,
      settingRegion: row.settingRegion,
      practiceSetting: row.practiceSetting,
      codeVersion: row.codeVersion,
    },
    provisions: provisionsBySource(row),
    deadlines: row.deadlines.map(({ kind, dueAt, pausedAt, ref }) => ({ kind, dueAt, pausedAt, ref })),
    documents,
    letters: letterViews(letterRows, documents),
    hearing,
    challenges: await challengeViews(db, row),
    postponementRequests: postponementRequests(row),
    postponementsLeft: Math.max(0, rules.hearing.postponementsPerParty - snapshot.postponements.CCM),
    decisions: await decisionViews(db, row),
    appeals: row.appeals,
    sanctions: sanctionViews(row, documents),
    extensionRequests: row.extensionRequests,
    extension: { requested: snapshot.extensionRequested, granted: snapshot.extensionGranted, maxDays: rules.responseExtension.maxDays },
    infoRequests: row.infoRequests,
    representatives: row.representatives.map((r) => ({
      id: r.id,
      name: r.person.name,
      email: r.person.email,
      designatedAt: r.designatedAt,
      accountReady: r.person.passwordHash !== null,
    })),
    events,
    nextStep,
  };
}

export type PortalCase = Awaited<ReturnType<typeof loadPortalCase>>;

/** The respondent's event of `type` when it applies now (open, or closed by its own clock); else undefined. */
export function eventOf(portalCase: Pick<PortalCase, "events">, type: PartyEvent["type"]): PartyEvent | undefined {
  return portalCase.events.find((event) => event.type === type && event.relevant);
}
