import { z } from "zod";
import { CodeVersionSchema } from "@/lib/domain/catalogue";
import type { LifecycleStatus } from "@/lib/domain/certification";
import { SanctionActionSchema, type SanctionAction, type SanctionStatus } from "@/lib/domain/sanctions";
import type { AppealOutcomeKind } from "@/lib/domain/appeal-grounds";
import { DEADLINE_KINDS, type CaseSnapshot, type DeadlineKind, type HearingParty } from "@/lib/workflow";
import type { Roster, SnapshotRow } from "./snapshot-query";

/**
 * Pure mapping from database rows to the machine's CaseSnapshot. Stored JSON is re-validated:
 * a corrupted action list fails loudly instead of being guessed at (fail closed).
 */

const ActionListSchema = z.array(SanctionActionSchema);
const APPEAL_OUTCOME_KINDS = ["AFFIRM", "MODIFY", "REVERSE", "REMAND"] as const;

function actions(value: unknown, what: string): SanctionAction[] {
  const parsed = ActionListSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Stored ${what} are not a valid action list`);
  return parsed.data;
}

function deadlineKind(kind: string): DeadlineKind {
  if (!(DEADLINE_KINDS as readonly string[]).includes(kind)) throw new Error(`Unknown deadline kind ${kind}`);
  return kind as DeadlineKind;
}

function appealOutcome(value: string | null): AppealOutcomeKind | null {
  if (value === null) return null;
  if (!(APPEAL_OUTCOME_KINDS as readonly string[]).includes(value)) throw new Error(`Unknown appeal outcome ${value}`);
  return value as AppealOutcomeKind;
}

function sanctionStatus(status: string): SanctionStatus {
  // PROPOSED exists in the database enum for drafts; the workflow never writes it.
  if (status === "PROPOSED") throw new Error("A sanction in PROPOSED status is not part of the workflow");
  return status as SanctionStatus;
}

export function snapshotFromRows(row: SnapshotRow, roster: Roster): CaseSnapshot {
  const hearing = row.hearings[0];
  const appeal = row.appeals[0];
  return {
    id: row.id,
    state: row.state,
    version: row.version,
    ownMotion: row.ownMotion,
    codeVersion: CodeVersionSchema.parse(row.codeVersion),
    respondentCertificationId: row.respondentCertificationId,
    respondentLifecycleStatus: (row.respondentCertification?.lifecycleStatus as LifecycleStatus | undefined) ?? null,
    respondentNotified: row.respondentNotifiedAt !== null,
    representativePersonIds: row.representatives.map((r) => r.personId),
    committeePersonIds: roster.committeePersonIds,
    appealBodyPersonIds: roster.appealBodyPersonIds,
    recusedPersonIds: row.recusals.map((r) => r.personId),
    decidingPersonIds: row.decidingPersonIds,
    // The panel belongs to the appeal in progress; a fresh review (remand, reopening) clears appealFiled.
    appealPanelPersonIds: row.appealFiled && appeal ? appeal.panel.map((p) => p.personId) : [],
    openDeadlines: row.deadlines.map((d) => ({ kind: deadlineKind(d.kind), dueAt: d.dueAt, pausedAt: d.pausedAt, ref: d.ref })),
    lateFiling: row.lateFiling ? (row.lateFilingWaived ? "WAIVED" : "FLAGGED") : "NOT_LATE",
    allegedRuleIds: row.ruleIds,
    extensionRequested: row.extensionRequested,
    extensionGranted: row.extensionGranted,
    infoRequestedFrom: row.infoRequestedFrom,
    withdrawalRequested: row.withdrawalRequestedAt !== null,
    postponements: { CCM: row.ccmPostponements, COMMITTEE: row.committeePostponements },
    hearing: hearing
      ? {
          initiatedBy: hearing.initiatedBy as HearingParty,
          scheduledAt: hearing.scheduledFor,
          panelPersonIds: hearing.panel.map((p) => p.personId),
          held: hearing.status === "HELD",
        }
      : null,
    proposedActions: actions(row.proposedActions, "proposed actions"),
    decidedActions: row.decidedActions === null ? null : actions(row.decidedActions, "decided actions"),
    acceptedInWriting: row.acceptedInWriting,
    appealFiled: row.appealFiled,
    appealOutcome: appealOutcome(row.appealOutcome),
    finalAt: row.finalAt,
    sanctions: row.sanctions.map((s) => ({
      id: s.id,
      type: s.type,
      status: sanctionStatus(s.status),
      termMonths: s.termMonths,
      effectiveFrom: s.startsAt,
      termEnded: s.termEndedAt !== null,
      conditions: s.conditions.map((c) => ({ id: c.id, met: c.metAt !== null, dueAt: c.dueAt })),
    })),
    reopenPetitions: row.reopenPetitions,
    reopenPetitionPending: row.reopenPetitionPending,
  };
}
