import type { CaseState } from "@/lib/workflow/states";

/**
 * The committee dashboard's work queues (issue 5 §1): each a set of states, in procedure order.
 * A case is in exactly one queue or none (closed cases). Shared by the dashboard, the case list's
 * filter and the tests.
 */
export const QUEUES = [
  { key: "intake", label: "Intake checks", states: ["SUBMITTED", "INTAKE"] },
  { key: "preliminary", label: "Preliminary review", states: ["PRELIMINARY_REVIEW", "DEFERRED_LEGAL"] },
  { key: "awaiting", label: "Awaiting a response or information", states: ["AWAITING_COMPLAINANT_INFO", "AWAITING_RESPONSE", "AWAITING_INFO"] },
  { key: "committee", label: "Ready for the Committee", states: ["COMMITTEE_REVIEW"] },
  { key: "proposed", label: "Proposed dispositions awaiting election", states: ["PROPOSED_DISPOSITION"] },
  { key: "hearings", label: "Hearings to schedule and upcoming", states: ["HEARING_SCHEDULED"] },
  { key: "decisions", label: "Decisions to write", states: ["HEARING_HELD", "DECIDED"] },
  { key: "appeals", label: "Appeals", states: ["APPEAL_WINDOW", "APPEAL_FILED", "APPEAL_DECIDED"] },
  { key: "compliance", label: "Sanction compliance to verify", states: ["FINAL", "SANCTION_ACTIVE"] },
] as const satisfies readonly { key: string; label: string; states: readonly CaseState[] }[];

export type QueueKey = (typeof QUEUES)[number]["key"];
export const QUEUE_KEYS = QUEUES.map((queue) => queue.key) as readonly QueueKey[];

export const CLOSED_STATES = ["CLOSED", "CLOSED_DISMISSED", "CLOSED_WITHDRAWN", "CLOSED_ABANDONED"] as const satisfies readonly CaseState[];

export function queueFor(key: string): (typeof QUEUES)[number] | undefined {
  return QUEUES.find((queue) => queue.key === key);
}

export function queueOfState(state: CaseState): QueueKey | null {
  return QUEUES.find((queue) => (queue.states as readonly CaseState[]).includes(state))?.key ?? null;
}

/** Deadlines due within this many days are "soon" on the dashboard. */
export const SOON_DAYS = 7;
