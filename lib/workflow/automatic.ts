import type { Event } from "./events";
import { sanctionsOutstanding } from "./sanction-projection";
import type { CaseState } from "./states";
import type { CaseSnapshot } from "./types";

/**
 * The only states automaticEventFor can answer in: after a step into any other state the server
 * knows nothing follows, and need not reload the case to ask (ADR 0024).
 */
export const AUTOMATIC_EVENT_STATES = ["DECIDED", "APPEAL_DECIDED", "FINAL", "SANCTION_ACTIVE"] as const satisfies readonly CaseState[];
type AutomaticEventState = (typeof AUTOMATIC_EVENT_STATES)[number];

export function mayFollowAutomatically(state: CaseState): state is AutomaticEventState {
  return (AUTOMATIC_EVENT_STATES as readonly CaseState[]).includes(state);
}

/**
 * The system event that follows at once from the case's state, if any. DECIDED, APPEAL_DECIDED
 * and FINAL are resting points the system leaves immediately (§3 #20, #21, #24–#26); the server
 * sends this event (as the system actor, through decide) after each committed transition until
 * it returns null. Each step is its own audited transition.
 */
export function automaticEventFor(snapshot: CaseSnapshot): Event | null {
  const state = snapshot.state;
  if (!mayFollowAutomatically(state)) return null;
  // Exhaustive over AUTOMATIC_EVENT_STATES: a state handled here must be listed there.
  switch (state) {
    case "DECIDED": {
      const actions = snapshot.decidedActions;
      if (actions === null) return null;
      return actions.length > 0 && !snapshot.acceptedInWriting
        ? { type: "APPEAL_WINDOW_OPENS", delivery: "ELECTRONIC" }
        : { type: "FINALIZE" };
    }
    case "APPEAL_DECIDED":
      if (snapshot.appealOutcome === null) return null;
      return snapshot.appealOutcome === "REMAND" ? { type: "RETURN_TO_COMMITTEE" } : { type: "FINALIZE" };
    case "FINAL":
      return sanctionsOutstanding(snapshot.sanctions).length > 0 ? { type: "ACTIVATE_SANCTION" } : { type: "CLOSE" };
    case "SANCTION_ACTIVE":
      return sanctionsOutstanding(snapshot.sanctions).length === 0 ? { type: "CLOSE" } : null;
    default: {
      const unhandled: never = state;
      throw new Error(`No automatic event rule for ${String(unhandled)}`);
    }
  }
}
