import type { Event } from "./events";
import { sanctionsOutstanding } from "./sanction-projection";
import type { CaseSnapshot } from "./types";

/**
 * The system event that follows at once from the case's state, if any. DECIDED, APPEAL_DECIDED
 * and FINAL are resting points the system leaves immediately (§3 #20, #21, #24–#26); the server
 * sends this event (as the system actor, through decide) after each committed transition until
 * it returns null. Each step is its own audited transition.
 */
export function automaticEventFor(snapshot: CaseSnapshot): Event | null {
  switch (snapshot.state) {
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
    default:
      return null;
  }
}
