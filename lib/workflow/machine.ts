import { authorize } from "./actors";
import { blankSnapshot } from "./apply";
import { notify, type Effect } from "./effects";
import { EVENT_TYPES, EventSchema, type Event, type EventType } from "./events";
import { certificationEffectFor, projectSanctions } from "./sanction-projection";
import type { ProcedureRules } from "./rules";
import { CASE_STATES, STATE_INFO, type CaseState } from "./states";
import {
  NEW_CASE,
  type GuardContext,
  type MachineState,
  type StateTransitions,
  type TransitionSpec,
} from "./transition-spec";
import * as appeal from "./transitions-appeal";
import { reopenTransitions, withdrawalTransitions } from "./transitions-anytime";
import * as hearing from "./transitions-hearing";
import * as intake from "./transitions-intake";
import * as review from "./transitions-review";
import * as sanction from "./transitions-sanction";
import type { Actor, CaseSnapshot } from "./types";

/**
 * The transition table: state → event → spec. `satisfies` makes a missing or misspelled state
 * or event a compile error. Self-loops (same `to` as the row) are still transitions: they are
 * audited once each.
 */
export const MACHINE = {
  [NEW_CASE]: { SUBMIT: intake.submit },
  SUBMITTED: { START_INTAKE: intake.startIntake, ...withdrawalTransitions("SUBMITTED") },
  INTAKE: {
    REQUEST_COMPLAINANT_INFO: intake.requestComplainantInfo,
    ACCEPT_FOR_REVIEW: intake.acceptForReview,
    ...withdrawalTransitions("INTAKE"),
  },
  AWAITING_COMPLAINANT_INFO: {
    COMPLAINANT_CURED: intake.complainantCured,
    CURE_PERIOD_EXPIRED: intake.curePeriodExpired,
    ...withdrawalTransitions("AWAITING_COMPLAINANT_INFO"),
  },
  PRELIMINARY_REVIEW: {
    WAIVE_LATE_FILING: intake.waiveLateFiling,
    DISMISS: intake.dismissPreliminary,
    DEFER_LEGAL: intake.deferLegal,
    SEND_NOTICE_OF_COMPLAINT: intake.sendNoticeOfComplaint,
    ...withdrawalTransitions("PRELIMINARY_REVIEW"),
  },
  DEFERRED_LEGAL: {
    DEFERRAL_REVIEW_DUE: intake.deferralReviewDue,
    RESUME_FROM_DEFERRAL: intake.resumeFromDeferral,
    ...withdrawalTransitions("DEFERRED_LEGAL"),
  },
  AWAITING_RESPONSE: {
    REQUEST_EXTENSION: review.requestExtension,
    GRANT_EXTENSION: review.grantExtension,
    DENY_EXTENSION: review.denyExtension,
    SUBMIT_RESPONSE: review.submitResponse,
    RESPONSE_WINDOW_EXPIRED: review.responseWindowExpired,
    ...withdrawalTransitions("AWAITING_RESPONSE"),
  },
  COMMITTEE_REVIEW: {
    REQUEST_INFO: review.requestInfo,
    COMMENT_ON_ADVERSE_MATERIAL: review.commentOnAdverseMaterial,
    COMMITTEE_DISMISS: review.committeeDismiss,
    PROPOSE_DISPOSITION: review.proposeDisposition,
    START_HEARING: review.startHearing,
    ...withdrawalTransitions("COMMITTEE_REVIEW"),
  },
  AWAITING_INFO: {
    INFO_RECEIVED: review.infoReceived,
    INFO_WINDOW_EXPIRED: review.infoWindowExpired,
    COMMENT_ON_ADVERSE_MATERIAL: review.commentWhileAwaitingInfo,
    ...withdrawalTransitions("AWAITING_INFO"),
  },
  PROPOSED_DISPOSITION: {
    ACCEPT_DISPOSITION: review.acceptDisposition,
    ELECTION_WINDOW_EXPIRED: review.electionWindowExpired,
    REQUEST_HEARING: review.requestHearing,
    ...withdrawalTransitions("PROPOSED_DISPOSITION"),
  },
  HEARING_SCHEDULED: {
    SCHEDULE_HEARING: hearing.scheduleHearing,
    POSTPONE_HEARING: hearing.postponeHearing,
    RECORD_HEARING_HELD: hearing.recordHearingHeld,
    ...withdrawalTransitions("HEARING_SCHEDULED"),
  },
  HEARING_HELD: { DECIDE_AFTER_HEARING: hearing.decideAfterHearing, ...withdrawalTransitions("HEARING_HELD") },
  DECIDED: {
    APPEAL_WINDOW_OPENS: appeal.appealWindowOpens,
    FINALIZE: appeal.finalizeDecided,
    ...withdrawalTransitions("DECIDED"),
  },
  APPEAL_WINDOW: {
    FILE_APPEAL: appeal.fileAppeal,
    FINALIZE: appeal.finalizeAfterAppealWindow,
    ...withdrawalTransitions("APPEAL_WINDOW"),
  },
  APPEAL_FILED: {
    ASSIGN_APPEAL_PANEL: appeal.assignAppealPanel,
    DECIDE_APPEAL: appeal.decideAppeal,
    ...withdrawalTransitions("APPEAL_FILED"),
  },
  APPEAL_DECIDED: {
    FINALIZE: appeal.finalizeAfterAppeal,
    RETURN_TO_COMMITTEE: appeal.returnToCommittee,
    ...withdrawalTransitions("APPEAL_DECIDED"),
  },
  FINAL: { ACTIVATE_SANCTION: sanction.activateSanction, CLOSE: sanction.close, ...reopenTransitions("FINAL") },
  SANCTION_ACTIVE: {
    VERIFY_CONDITIONS_MET: sanction.verifyConditionsMet,
    SANCTION_TERM_ENDED: sanction.sanctionTermEnded,
    CLOSE: sanction.close,
    ...reopenTransitions("SANCTION_ACTIVE"),
  },
  CLOSED: reopenTransitions("CLOSED"),
  CLOSED_DISMISSED: {},
  CLOSED_WITHDRAWN: {},
  CLOSED_ABANDONED: {},
} satisfies Record<MachineState, StateTransitions>;

type AnySpec = TransitionSpec<EventType>;

/** The spec for `type` in `state`. The cast is safe: MACHINE's type pairs each key with its own event. */
export function transitionSpec(state: MachineState, type: EventType): AnySpec | undefined {
  const row: StateTransitions = MACHINE[state];
  return row[type] as AnySpec | undefined;
}

/** Event types the table defines for `state`, in procedure order (independent of who asks). */
export function eventsDefinedIn(state: MachineState): EventType[] {
  return EVENT_TYPES.filter((type) => transitionSpec(state, type) !== undefined);
}

export type DecideErrorCode = "INVALID_EVENT" | "INVALID_TRANSITION" | "FORBIDDEN" | "GUARD_FAILED";

export type DecideResult =
  | { ok: true; from: CaseState | null; to: CaseState; event: Event; effects: Effect[] }
  | { ok: false; code: DecideErrorCode; message: string; allowed?: EventType[] };

export interface DecideInput {
  /** null for a complaint not yet filed (only SUBMIT applies). */
  case: CaseSnapshot | null;
  actor: Actor;
  event: unknown;
  now: Date;
  rules: ProcedureRules;
}

/** Stand-in for guards of SUBMIT, which read nothing of a case that does not exist yet. */
const UNFILED: CaseSnapshot = blankSnapshot("");

function describeState(state: MachineState): string {
  return state === NEW_CASE ? "not yet filed" : `${STATE_INFO[state].label} (${state})`;
}

/**
 * Judges one event against one case: parse, look up, authorise, guard, then derive effects.
 * Pure: the same input always gives the same result, and nothing is written.
 */
export function decide(input: DecideInput): DecideResult {
  const parsed = EventSchema.safeParse(input.event);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join(".")})` : "";
    return { ok: false, code: "INVALID_EVENT", message: `${issue?.message ?? "Invalid event"}${where}` };
  }
  const event = parsed.data;
  const state: MachineState = input.case?.state ?? NEW_CASE;
  const spec = transitionSpec(state, event.type);
  if (!spec) {
    const allowed = eventsDefinedIn(state);
    const list = allowed.length > 0 ? allowed.join(", ") : "none (the case is closed)";
    return {
      ok: false,
      code: "INVALID_TRANSITION",
      message: `${event.type} is not possible while the case is ${describeState(state)}. Possible here: ${list}.`,
      allowed,
    };
  }
  const forbidden = authorize(input.case, input.actor, event.type);
  if (forbidden) return { ok: false, code: "FORBIDDEN", message: forbidden };

  const ctx: GuardContext = { snapshot: input.case ?? UNFILED, actor: input.actor, now: input.now, rules: input.rules };
  const failure = spec.when?.(ctx) ?? spec.check?.(ctx, event) ?? null;
  if (failure) return { ok: false, code: "GUARD_FAILED", message: failure };

  const to = spec.target ? spec.target(ctx, event) : spec.to[0];
  const effects = finishEffects(ctx, input.case, event, spec.effects(ctx, event));
  return { ok: true, from: input.case?.state ?? null, to, event, effects };
}

/** Rules that hold for every transition, applied once here rather than in each spec. */
function finishEffects(ctx: GuardContext, snapshot: CaseSnapshot | null, event: Event, effects: Effect[]): Effect[] {
  // No complainant on an own-motion case: nobody to notify.
  let result = snapshot?.ownMotion ? effects.filter((e) => !(e.type === "NOTIFY" && e.to === "COMPLAINANT")) : effects;
  if (snapshot && !snapshot.respondentNotified && result.some((e) => e.type === "NOTIFY" && e.to === "RESPONDENT")) {
    result = [...result, { type: "SET_FIELDS", fields: { respondentNotified: true } }];
  }
  if (!snapshot) return result;
  // The certification record follows the sanctions in effect, in the same transaction.
  const after = projectSanctions(snapshot.sanctions, result, () => "pending");
  const certification = certificationEffectFor(snapshot, after, ctx.now, ctx.rules, `Case ${snapshot.id}: ${event.type}`);
  if (!certification) return result;
  const wasDisciplined = snapshot.sanctions.some(
    (s) => s.status === "ACTIVE" && (s.type === "SUSPENSION" || s.type === "REVOCATION"),
  );
  const reinstated = wasDisciplined && certification.status !== "SUSPENDED" && certification.status !== "REVOKED";
  return [...result, certification, ...(reinstated ? [notify("certification-reinstated", "RESPONDENT", "REINSTATEMENT")] : [])];
}

/**
 * The events `actor` may send on this case now: defined in its state, authorised, and whose
 * case-level guard passes. Payload checks still apply when the event is sent.
 */
export function allowedEvents(snapshot: CaseSnapshot | null, actor: Actor, now: Date, rules: ProcedureRules): EventType[] {
  const state: MachineState = snapshot?.state ?? NEW_CASE;
  const ctx: GuardContext = { snapshot: snapshot ?? UNFILED, actor, now, rules };
  return eventsDefinedIn(state).filter((type) => {
    if (authorize(snapshot, actor, type)) return false;
    return (transitionSpec(state, type)?.when?.(ctx) ?? null) === null;
  });
}

/** Every (from, event, to) edge of the table, for docs and tests. */
export function transitionEdges(): { from: MachineState; event: EventType; to: readonly CaseState[] }[] {
  const states: MachineState[] = [NEW_CASE, ...CASE_STATES];
  return states.flatMap((from) =>
    eventsDefinedIn(from).map((event) => ({ from, event, to: transitionSpec(from, event)?.to ?? [] })),
  );
}
