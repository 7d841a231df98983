import type { Event, EventType } from "./events";
import type { ClockName } from "./rules";

/** Kinds of stored due dates (DOMAIN §3 clocks, plus per-sanction terms and condition dates). */
export const DEADLINE_KINDS = [
  "ACKNOWLEDGE",
  "CURE",
  "PRELIMINARY_REVIEW",
  "DEFERRAL_REVIEW",
  "RESPONSE",
  "INFO",
  "ADVERSE_COMMENT",
  "ELECTION",
  "HEARING_DECISION",
  "APPEAL",
  "APPEAL_DECISION",
  "REOPEN_RULING",
  "SANCTION_TERM",
  "CONDITION_DUE",
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export type DeadlineWaitingOn = "COMMITTEE" | "CCM" | "COMPLAINANT";

export interface DeadlineInfo {
  readonly label: string;
  /** Whose action the clock waits for (INFO depends on who was asked; this is the default). */
  readonly waitingOn: DeadlineWaitingOn;
  /** The rules clock that sets its length; sanction terms and conditions carry their own dates. */
  readonly clock: ClockName | null;
  /** A party's clock: their own action is refused once it has passed. */
  readonly partyClock: boolean;
  /** Shown to a party who tries to act after the due date. */
  readonly lateHelp: string;
}

const ASK_COORDINATOR =
  "If something outside your control stopped you, contact the ethics coordinator, who will put your request to the Committee Chair.";

export const DEADLINE_INFO = {
  ACKNOWLEDGE: { label: "start of intake", waitingOn: "COMMITTEE", clock: "acknowledge", partyClock: false, lateHelp: "" },
  CURE: {
    label: "sending the missing information",
    waitingOn: "COMPLAINANT",
    clock: "cure",
    partyClock: true,
    lateHelp: "The complaint will be closed; you may file it again with the missing information.",
  },
  PRELIMINARY_REVIEW: { label: "preliminary review", waitingOn: "COMMITTEE", clock: "preliminaryReview", partyClock: false, lateHelp: "" },
  DEFERRAL_REVIEW: { label: "review of the hold", waitingOn: "COMMITTEE", clock: "deferralReview", partyClock: false, lateHelp: "" },
  RESPONSE: {
    label: "your written response",
    waitingOn: "CCM",
    clock: "response",
    partyClock: true,
    lateHelp:
      "One extension of the response deadline may be asked for, before the deadline passes, through the portal's extension request. " +
      ASK_COORDINATOR,
  },
  INFO: { label: "the requested information", waitingOn: "COMMITTEE", clock: "info", partyClock: true, lateHelp: ASK_COORDINATOR },
  ADVERSE_COMMENT: {
    label: "your comment on the new material",
    waitingOn: "CCM",
    clock: "adverseMaterialComment",
    partyClock: true,
    lateHelp: ASK_COORDINATOR,
  },
  ELECTION: {
    label: "accepting the proposed outcome or asking for a hearing",
    waitingOn: "CCM",
    clock: "election",
    partyClock: true,
    lateHelp: "Silence counts as acceptance of the proposed outcome. " + ASK_COORDINATOR,
  },
  HEARING_DECISION: { label: "the written hearing decision", waitingOn: "COMMITTEE", clock: "hearingDecision", partyClock: false, lateHelp: "" },
  APPEAL: {
    label: "filing an appeal",
    waitingOn: "CCM",
    clock: "appeal",
    partyClock: true,
    lateHelp: "The decision becomes final when the appeal period ends. New evidence may still support a petition to reopen. " + ASK_COORDINATOR,
  },
  APPEAL_DECISION: { label: "the appeal decision", waitingOn: "COMMITTEE", clock: "appealDecision", partyClock: false, lateHelp: "" },
  REOPEN_RULING: { label: "the ruling on the petition to reopen", waitingOn: "COMMITTEE", clock: "reopenRuling", partyClock: false, lateHelp: "" },
  SANCTION_TERM: { label: "end of the sanction term", waitingOn: "CCM", clock: null, partyClock: false, lateHelp: "" },
  CONDITION_DUE: {
    label: "meeting a sanction condition",
    waitingOn: "CCM",
    clock: null,
    partyClock: false,
    lateHelp: "Send proof to the ethics coordinator as soon as possible; unmet conditions may lead to further action.",
  },
} as const satisfies Record<DeadlineKind, DeadlineInfo>;

/**
 * The system event each deadline fires when it passes (DOMAIN §3 "fires the timed transition").
 * null: the deadline only raises reminders and an overdue notice to whoever it waits on.
 * APPEAL → FINALIZE: the appeal period ending without an appeal makes the decision final.
 */
export const TIMED_EVENTS = {
  ACKNOWLEDGE: null,
  CURE: "CURE_PERIOD_EXPIRED",
  PRELIMINARY_REVIEW: null,
  DEFERRAL_REVIEW: "DEFERRAL_REVIEW_DUE",
  RESPONSE: "RESPONSE_WINDOW_EXPIRED",
  INFO: "INFO_WINDOW_EXPIRED",
  ADVERSE_COMMENT: null,
  ELECTION: "ELECTION_WINDOW_EXPIRED",
  HEARING_DECISION: null,
  APPEAL: "FINALIZE",
  APPEAL_DECISION: null,
  REOPEN_RULING: null,
  SANCTION_TERM: "SANCTION_TERM_ENDED",
  CONDITION_DUE: null,
} as const satisfies Record<DeadlineKind, EventType | null>;

/** The event the scheduler sends (as the system actor) when `deadline` passes; null for reminder-only kinds. */
export function timedEventFor(deadline: { kind: DeadlineKind; ref: string | null }): Event | null {
  const type = TIMED_EVENTS[deadline.kind];
  if (type === null) return null;
  if (type === "SANCTION_TERM_ENDED") {
    return deadline.ref === null ? null : { type, sanctionId: deadline.ref };
  }
  return { type };
}
