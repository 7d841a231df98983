import type { LifecycleStatus } from "@/lib/domain/certification";
import type { Effect } from "./effects";
import type { DecideResult } from "./machine";
import { projectSanctions } from "./sanction-projection";
import type { CaseSnapshot, DeadlineSnapshot } from "./types";

/**
 * The reference meaning of effects for the snapshot: applying an accepted decision's effects to
 * the case it was decided on gives the next snapshot. Tests and factories use it to replay
 * events; the server applies the same effects to the database and may use it to run automatic
 * follow-ups without reloading. Effects with no snapshot field (notices, records) pass through.
 */

export interface ApplyOptions {
  /** Names new sanction and condition records. */
  newId: () => string;
  /** The id of a case being filed (SUBMIT). */
  caseId?: string;
  /** Registry lookup when a respondent is matched. */
  lifecycleFor?: (certificationId: string) => LifecycleStatus | null;
}

export function blankSnapshot(id: string): CaseSnapshot {
  return {
    id,
    state: "SUBMITTED",
    version: 0,
    ownMotion: false,
    codeVersion: 2023,
    respondentCertificationId: null,
    respondentLifecycleStatus: null,
    respondentNotified: false,
    representativePersonIds: [],
    committeePersonIds: [],
    appealBodyPersonIds: [],
    recusedPersonIds: [],
    decidingPersonIds: [],
    appealPanelPersonIds: [],
    openDeadlines: [],
    lateFiling: "NOT_LATE",
    allegedRuleIds: [],
    extensionRequested: false,
    extensionGranted: false,
    infoRequestedFrom: null,
    withdrawalRequested: false,
    postponements: { CCM: 0, COMMITTEE: 0 },
    hearing: null,
    proposedActions: [],
    decidedActions: null,
    acceptedInWriting: false,
    appealFiled: false,
    appealOutcome: null,
    finalAt: null,
    sanctions: [],
    reopenPetitions: 0,
    reopenPetitionPending: false,
  };
}

function applyDeadlines(deadlines: DeadlineSnapshot[], effect: Effect): DeadlineSnapshot[] {
  switch (effect.type) {
    case "OPEN_DEADLINE":
      return [...deadlines, { kind: effect.kind, dueAt: effect.dueAt, pausedAt: null, ref: effect.ref ?? null }];
    case "CLOSE_DEADLINE":
      return deadlines.filter((d) => !(d.kind === effect.kind && (effect.ref === undefined || d.ref === effect.ref)));
    case "EXTEND_DEADLINE":
      return deadlines.map((d) => (d.kind === effect.kind ? { ...d, dueAt: effect.dueAt } : d));
    case "CANCEL_ALL_DEADLINES":
      return [];
    case "PAUSE_DEADLINES":
      return deadlines.map((d) => (effect.kinds.includes(d.kind) && d.pausedAt === null ? { ...d, pausedAt: effect.at } : d));
    case "RESUME_DEADLINES":
      return deadlines.map((d) =>
        effect.kinds.includes(d.kind) && d.pausedAt !== null
          ? { ...d, pausedAt: null, dueAt: new Date(d.dueAt.getTime() + (effect.at.getTime() - d.pausedAt.getTime())) }
          : d,
      );
    default:
      return deadlines;
  }
}

export function applyTransition(
  snapshot: CaseSnapshot | null,
  result: Extract<DecideResult, { ok: true }>,
  options: ApplyOptions,
): CaseSnapshot {
  let next: CaseSnapshot = snapshot ? { ...snapshot } : blankSnapshot(options.caseId ?? options.newId());
  for (const effect of result.effects) {
    next.openDeadlines = applyDeadlines(next.openDeadlines, effect);
    switch (effect.type) {
      case "SET_FIELDS":
        next = { ...next, ...effect.fields };
        break;
      case "ADD_DECIDING_MEMBERS":
        next.decidingPersonIds = [...new Set([...next.decidingPersonIds, ...effect.personIds])];
        break;
      case "OPEN_HEARING":
        next.hearing = { initiatedBy: effect.initiatedBy, scheduledAt: null, panelPersonIds: [], held: false };
        break;
      case "SCHEDULE_HEARING":
        if (next.hearing) next.hearing = { ...next.hearing, scheduledAt: effect.scheduledAt, panelPersonIds: effect.panelPersonIds };
        break;
      case "RESCHEDULE_HEARING":
        if (next.hearing) next.hearing = { ...next.hearing, scheduledAt: effect.scheduledAt };
        break;
      case "RECORD_HEARING_HELD":
        if (next.hearing) next.hearing = { ...next.hearing, held: true };
        break;
      default:
        break;
    }
  }
  next.sanctions = projectSanctions(next.sanctions, result.effects, options.newId);
  if (next.respondentCertificationId !== null && next.respondentLifecycleStatus === null) {
    next.respondentLifecycleStatus = options.lifecycleFor?.(next.respondentCertificationId) ?? null;
  }
  return { ...next, state: result.to, version: next.version + 1 };
}
