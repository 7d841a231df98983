import "server-only";
import {
  allowedEvents,
  authorize,
  eventsDefinedIn,
  transitionSpec,
  type CaseSnapshot,
  type EventType,
  type ProcedureRules,
} from "@/lib/workflow";
import { DEADLINE_OF_EVENT } from "@/lib/domain/portal/pages";
import type { PersonActor } from "./viewer";

/** One event the respondent may send in the case's state: open now, or why not (e.g. the deadline that passed). */
export interface PartyEvent {
  type: EventType;
  open: boolean;
  reason: string | null;
  /** Open, or closed while its clock is still on the case (e.g. the deadline passed): worth explaining. */
  relevant: boolean;
}

/**
 * The respondent's events in the current state, derived from the machine (never re-listed):
 * `open` is exactly the machine's allowedEvents; an event defined in the state and authorised
 * for this person but closed carries the guard's own message (e.g. the deadline that passed).
 */
export function partyEvents(
  snapshot: CaseSnapshot,
  actor: PersonActor,
  now: Date,
  rules: ProcedureRules,
  /** Kinds of the open deadlines that wait on the CCM (an INFO clock may wait on someone else). */
  ccmDeadlineKinds: readonly string[],
): PartyEvent[] {
  const allowed = allowedEvents(snapshot, actor, now, rules);
  const clockOn = (type: EventType) => {
    const kind = DEADLINE_OF_EVENT[type];
    return kind !== undefined && ccmDeadlineKinds.includes(kind);
  };
  return eventsDefinedIn(snapshot.state)
    .filter((type) => authorize(snapshot, actor, type) === null)
    .map((type) => {
      if (allowed.includes(type)) return { type, open: true, reason: null, relevant: true };
      const reason = transitionSpec(snapshot.state, type)?.when?.({ snapshot, actor, now, rules }) ?? "This is not possible now.";
      return { type, open: false, reason, relevant: clockOn(type) };
    });
}

export function openEvents(events: readonly PartyEvent[]): EventType[] {
  return events.filter((event) => event.open).map((event) => event.type);
}
