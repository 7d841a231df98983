/** Public surface of the pure workflow core. Imports nothing server-side. */
export * from "./states";
export * from "./rules";
export * from "./events";
export * from "./event-fields";
export * from "./effects";
export * from "./deadlines";
export * from "./types";
export { EVENT_ACTORS, authorize, isRespondent } from "./actors";
export { MACHINE, decide, allowedEvents, transitionSpec, eventsDefinedIn, transitionEdges } from "./machine";
export type { DecideInput, DecideResult, DecideErrorCode } from "./machine";
export { NEW_CASE, type MachineState } from "./transition-spec";
export { AUTOMATIC_EVENT_STATES, automaticEventFor, mayFollowAutomatically } from "./automatic";
export { applyTransition, blankSnapshot, type ApplyOptions } from "./apply";
export {
  projectSanctions,
  sanctionsInEffect,
  sanctionsOutstanding,
  isSanctionDone,
  termEndsAt,
  certificationEffectFor,
} from "./sanction-projection";
