import { z } from "zod";

/**
 * Every state a complaint can be in (DOMAIN.md §3). The order is the usual path through the
 * procedure; generated docs and tests iterate it, so keep it complete and unique.
 */
export const CASE_STATES = [
  "SUBMITTED",
  "INTAKE",
  "AWAITING_COMPLAINANT_INFO",
  "PRELIMINARY_REVIEW",
  "DEFERRED_LEGAL",
  "AWAITING_RESPONSE",
  "COMMITTEE_REVIEW",
  "AWAITING_INFO",
  "PROPOSED_DISPOSITION",
  "HEARING_SCHEDULED",
  "HEARING_HELD",
  "DECIDED",
  "APPEAL_WINDOW",
  "APPEAL_FILED",
  "APPEAL_DECIDED",
  "FINAL",
  "SANCTION_ACTIVE",
  "CLOSED",
  "CLOSED_DISMISSED",
  "CLOSED_WITHDRAWN",
  "CLOSED_ABANDONED",
] as const;

export type CaseState = (typeof CASE_STATES)[number];
export const CaseStateSchema = z.enum(CASE_STATES);

/**
 * States the ordinary procedure never leaves. CLOSED can still be reopened on new evidence
 * (DOMAIN §3 #28), which is an exceptional petition, not progress.
 */
export const TERMINAL_STATES = [
  "CLOSED",
  "CLOSED_DISMISSED",
  "CLOSED_WITHDRAWN",
  "CLOSED_ABANDONED",
] as const satisfies readonly CaseState[];

/** Everything before FINAL that is not terminal: the states a complainant may withdraw from (#27). */
export const PRE_FINAL_STATES = [
  "SUBMITTED",
  "INTAKE",
  "AWAITING_COMPLAINANT_INFO",
  "PRELIMINARY_REVIEW",
  "DEFERRED_LEGAL",
  "AWAITING_RESPONSE",
  "COMMITTEE_REVIEW",
  "AWAITING_INFO",
  "PROPOSED_DISPOSITION",
  "HEARING_SCHEDULED",
  "HEARING_HELD",
  "DECIDED",
  "APPEAL_WINDOW",
  "APPEAL_FILED",
  "APPEAL_DECIDED",
] as const satisfies readonly CaseState[];

export function isTerminalState(state: CaseState): boolean {
  return (TERMINAL_STATES as readonly CaseState[]).includes(state);
}

export function isPreFinalState(state: CaseState): boolean {
  return (PRE_FINAL_STATES as readonly CaseState[]).includes(state);
}

/** Who the case is waiting on, in words a complainant understands. */
export const WAITING_ON = ["COMMITTEE", "CCM", "COMPLAINANT", "NONE"] as const;
export type WaitingOn = (typeof WAITING_ON)[number];

export interface StateInfo {
  /** Short stage name for the status page. */
  readonly label: string;
  /** What this stage is, in plain language. */
  readonly description: string;
  /** What happens next, in plain language. */
  readonly next: string;
  readonly waitingOn: WaitingOn;
}

export const STATE_INFO = {
  SUBMITTED: {
    label: "Received",
    description: "We have received the complaint and sent an acknowledgement with the case number.",
    next: "The ethics coordinator will check that the complaint is complete.",
    waitingOn: "COMMITTEE",
  },
  INTAKE: {
    label: "Checking the complaint",
    description: "The ethics coordinator is checking the complaint and identifying the case manager.",
    next: "If anything is missing we will ask you for it; otherwise the Committee Chair reviews it.",
    waitingOn: "COMMITTEE",
  },
  AWAITING_COMPLAINANT_INFO: {
    label: "Waiting for information from you",
    description: "Something required is missing from the complaint. We have written to say what.",
    next: "Send the missing items before the deadline, or the complaint will be closed. You may file again later.",
    waitingOn: "COMPLAINANT",
  },
  PRELIMINARY_REVIEW: {
    label: "Preliminary review",
    description: "The Committee Chair is deciding whether the complaint can go forward.",
    next: "The complaint is either sent to the case manager for a response, put on hold, or dismissed with reasons.",
    waitingOn: "COMMITTEE",
  },
  DEFERRED_LEGAL: {
    label: "On hold",
    description: "The same facts are before a court, the police or a licensing board. The complaint waits for that outcome.",
    next: "The Committee reviews the hold regularly and resumes when the other matter is resolved.",
    waitingOn: "NONE",
  },
  AWAITING_RESPONSE: {
    label: "Waiting for the case manager's response",
    description: "The case manager has been sent the complaint and asked to respond in writing.",
    next: "The Committee reviews the complaint with the response, or without it if none arrives in time.",
    waitingOn: "CCM",
  },
  COMMITTEE_REVIEW: {
    label: "Committee review",
    description: "The Ethics and Professional Conduct Committee is reviewing the complaint.",
    next: "The Committee may ask for more information, dismiss the complaint, propose an outcome or call a hearing.",
    waitingOn: "COMMITTEE",
  },
  AWAITING_INFO: {
    label: "Waiting for more information",
    description: "The Committee has asked someone for more information.",
    next: "The review continues when the information arrives or the deadline passes.",
    // Depends on who was asked: see waitingOnFor().
    waitingOn: "NONE",
  },
  PROPOSED_DISPOSITION: {
    label: "Proposed outcome sent to the case manager",
    description: "The Committee found a possible violation and proposed an outcome.",
    next: "The case manager accepts the outcome or asks for a hearing. Silence counts as acceptance.",
    waitingOn: "CCM",
  },
  HEARING_SCHEDULED: {
    label: "Hearing",
    description: "A hearing will be held before a panel of Committee members.",
    next: "The panel hears the case on the scheduled date. You may be asked to attend as a witness.",
    waitingOn: "COMMITTEE",
  },
  HEARING_HELD: {
    label: "Hearing held",
    description: "The hearing has taken place.",
    next: "The panel will issue a written decision.",
    waitingOn: "COMMITTEE",
  },
  DECIDED: {
    label: "Decided",
    description: "A decision has been made.",
    next: "The decision becomes final, or the case manager may appeal it.",
    waitingOn: "NONE",
  },
  APPEAL_WINDOW: {
    label: "Decision issued; appeal period open",
    description: "The case manager may appeal the decision within the appeal period.",
    next: "If there is no appeal the decision becomes final when the period ends.",
    waitingOn: "CCM",
  },
  APPEAL_FILED: {
    label: "Under appeal",
    description: "The case manager has appealed. A panel that took no part in the decision reviews the record.",
    next: "The appeal panel affirms, changes, reverses or sends the case back to the Committee.",
    waitingOn: "COMMITTEE",
  },
  APPEAL_DECIDED: {
    label: "Appeal decided",
    description: "The appeal panel has decided the appeal.",
    next: "The outcome becomes final, or the case returns to the Committee if it was sent back.",
    waitingOn: "NONE",
  },
  FINAL: {
    label: "Final",
    description: "The outcome is final.",
    next: "Any sanction takes effect; otherwise the case is closed.",
    waitingOn: "NONE",
  },
  SANCTION_ACTIVE: {
    label: "Outcome in effect",
    description: "The outcome is final and a sanction or its conditions are in effect.",
    next: "The case closes when the term ends and all conditions are met.",
    waitingOn: "CCM",
  },
  CLOSED: {
    label: "Closed",
    description: "The case is complete.",
    next: "Nothing further, unless important new evidence comes to light within a year.",
    waitingOn: "NONE",
  },
  CLOSED_DISMISSED: {
    label: "Dismissed",
    description: "The complaint was dismissed. The letter sent to you gives the reasons.",
    next: "Nothing further.",
    waitingOn: "NONE",
  },
  CLOSED_WITHDRAWN: {
    label: "Withdrawn",
    description: "The complaint was withdrawn at your request.",
    next: "Nothing further.",
    waitingOn: "NONE",
  },
  CLOSED_ABANDONED: {
    label: "Closed: information not received",
    description: "The complaint was closed because the missing information did not arrive in time.",
    next: "You may file the complaint again with the missing information.",
    waitingOn: "NONE",
  },
} as const satisfies Record<CaseState, StateInfo>;

/** Who a request for more information waits on; used to refine AWAITING_INFO on the status page. */
export function waitingOnFor(
  state: CaseState,
  infoRequestedFrom?: "COMPLAINANT" | "CCM" | "THIRD_PARTY" | null,
): WaitingOn {
  if (state === "AWAITING_INFO") {
    if (infoRequestedFrom === "COMPLAINANT") return "COMPLAINANT";
    if (infoRequestedFrom === "CCM") return "CCM";
    return "NONE";
  }
  return STATE_INFO[state].waitingOn;
}
