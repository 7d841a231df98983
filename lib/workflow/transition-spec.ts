import type { Effect } from "./effects";
import type { EventOf, EventType } from "./events";
import type { ProcedureRules } from "./rules";
import type { CaseState } from "./states";
import type { Actor, CaseSnapshot } from "./types";

/** What every guard and effect builder sees. Pure data; `now` is passed in, never read. */
export interface GuardContext {
  readonly snapshot: CaseSnapshot;
  readonly actor: Actor;
  readonly now: Date;
  readonly rules: ProcedureRules;
}

/**
 * One row of the transition table. Guards return a message saying what is wrong, or null.
 * `when` reads only the case (so allowedEvents can offer the event); `check` also reads the payload.
 */
export interface TransitionSpec<E extends EventType> {
  /** Every state this transition may lead to; the first is the usual one. */
  readonly to: readonly [CaseState, ...CaseState[]];
  /** Picks among `to` when there is more than one. */
  readonly target?: (ctx: GuardContext, event: EventOf<E>) => CaseState;
  readonly when?: (ctx: GuardContext) => string | null;
  readonly check?: (ctx: GuardContext, event: EventOf<E>) => string | null;
  readonly effects: (ctx: GuardContext, event: EventOf<E>) => Effect[];
}

export type StateTransitions = { readonly [E in EventType]?: TransitionSpec<E> };

/** The pseudo-state of a complaint that does not exist yet; only SUBMIT leaves it. */
export const NEW_CASE = "NEW" as const;
export type MachineState = typeof NEW_CASE | CaseState;

/** Runs guards in order and returns the first failure. */
export function firstFailure(...messages: (string | null | false | undefined)[]): string | null {
  for (const message of messages) if (message) return message;
  return null;
}
