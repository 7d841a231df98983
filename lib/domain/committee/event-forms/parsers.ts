import type { EventType } from "@/lib/workflow/events";
import { actions, all, checked, instant, lines, provisions, text, votes, whole } from "./read";

/** Turns a submitted form into the event's payload (validated afterwards by the workflow's schema). */
export type EventFormParser = (form: FormData, ctx: { codeVersion: number }) => Record<string, unknown>;

const none: EventFormParser = () => ({});
const withReasons: EventFormParser = (form) => ({ reasons: text(form, "reasons") });
const optionalReasons: EventFormParser = (form) => ({ ...(text(form, "reasons") && { reasons: text(form, "reasons") }) });
const noted: EventFormParser = (form) => ({ ...(text(form, "note") && { note: text(form, "note") }), documentIds: [] });
const voted: EventFormParser = (form) => ({ reasons: text(form, "reasons"), votes: votes(form) });

/**
 * One parser per committee-side event (issue 5 §3). Field names are shared with the form
 * components in components/committee/event-forms; the payload shapes are lib/workflow/events.ts.
 */
export const EVENT_FORM_PARSERS: Partial<Record<EventType, EventFormParser>> = {
  START_INTAKE: none,
  REQUEST_COMPLAINANT_INFO: (form) => ({ missingItems: lines(form, "items") }),
  COMPLAINANT_CURED: noted,
  ACCEPT_FOR_REVIEW: (form) => ({ certificationId: text(form, "certificationId"), chairConflictChecked: checked(form, "chairConflictChecked") || undefined }),
  WAIVE_LATE_FILING: withReasons,
  DISMISS: (form) => ({ reasonCode: text(form, "reasonCode"), reasons: text(form, "reasons") }),
  DEFER_LEGAL: (form) => ({
    proceeding: {
      kind: text(form, "proceedingKind"),
      description: text(form, "proceedingDescription"),
      ...(text(form, "proceedingReference") && { reference: text(form, "proceedingReference") }),
    },
  }),
  RESUME_FROM_DEFERRAL: (form) => ({ externalOutcome: text(form, "externalOutcome"), relyOnExternalFinding: checked(form, "relyOnExternalFinding"), documentIds: [] }),
  SEND_NOTICE_OF_COMPLAINT: (form, ctx) => ({ chargedProvisions: provisions(form, "provisions", ctx.codeVersion), delivery: text(form, "delivery") ?? "ELECTRONIC" }),
  GRANT_EXTENSION: (form) => ({ days: whole(form, "days"), ...(text(form, "reasons") && { reasons: text(form, "reasons") }) }),
  DENY_EXTENSION: withReasons,
  REQUEST_INFO: (form) => {
    const from = text(form, "from");
    const name = text(form, "thirdPartyName");
    const email = text(form, "thirdPartyEmail");
    return {
      from,
      items: lines(form, "items"),
      ...(from === "THIRD_PARTY" && (name || email) && { thirdParty: { name, ...(email && { email }) } }),
    };
  },
  INFO_RECEIVED: noted,
  COMMITTEE_DISMISS: (form) => ({ reasonCode: text(form, "reasonCode"), reasons: text(form, "reasons"), votes: votes(form) }),
  PROPOSE_DISPOSITION: (form, ctx) => ({
    findings: text(form, "findings"),
    provisions: provisions(form, "provisions", ctx.codeVersion),
    actions: actions(form),
    reasons: text(form, "reasons"),
    votes: votes(form),
  }),
  START_HEARING: voted,
  SCHEDULE_HEARING: (form) => ({
    scheduledAt: instant(form, "date", "time"),
    format: text(form, "format"),
    ...(text(form, "location") && { location: text(form, "location") }),
    ...(text(form, "link") && { link: text(form, "link") }),
    panelPersonIds: all(form, "panel"),
  }),
  POSTPONE_HEARING: (form) => ({ requestedBy: text(form, "requestedBy"), newDate: instant(form, "date", "time"), reasons: text(form, "reasons") }),
  RECORD_HEARING_HELD: (form) => {
    const appeared = text(form, "appeared");
    return {
      presentPanelPersonIds: all(form, "present"),
      respondentAppeared: appeared === "yes" ? true : appeared === "no" ? false : undefined,
      inAbsentia: appeared === "no" ? true : appeared === "yes" ? false : undefined,
      writtenStatementReceived: checked(form, "writtenStatementReceived"),
    };
  },
  DECIDE_AFTER_HEARING: (form, ctx) => ({
    findingsOfFact: text(form, "findings"),
    provisionsBreached: provisions(form, "provisions", ctx.codeVersion),
    actions: actions(form),
    reasons: text(form, "reasons"),
    votes: votes(form),
  }),
  ASSIGN_APPEAL_PANEL: (form) => ({ panelPersonIds: all(form, "panel") }),
  DECIDE_APPEAL: (form) => {
    const kind = text(form, "outcome");
    const outcome =
      kind === "MODIFY"
        ? { kind, actions: actions(form), increaseNoticeGiven: checked(form, "increaseNoticeGiven") }
        : kind === "REMAND"
          ? { kind, instructions: text(form, "instructions") }
          : { kind };
    return { outcome, reasons: text(form, "reasons"), votes: votes(form) };
  },
  ACTIVATE_SANCTION: none,
  VERIFY_CONDITIONS_MET: (form) => ({ conditionIds: all(form, "conditions"), ...(text(form, "note") && { note: text(form, "note") }) }),
  CLOSE: none,
  REQUEST_WITHDRAWAL: (form) => ({ ...(text(form, "reason") && { reason: text(form, "reason") }) }),
  ACCEPT_WITHDRAWAL: optionalReasons,
  CONTINUE_ON_OWN_MOTION: withReasons,
  PETITION_REOPEN: (form) => ({
    newEvidence: text(form, "newEvidence"),
    whyNotAvailableBefore: text(form, "whyNotAvailableBefore"),
    documentIds: [],
    chairLeave: checked(form, "chairLeave"),
  }),
  RULE_ON_REOPEN: (form) => ({ ruling: text(form, "ruling"), reasons: text(form, "reasons"), votes: votes(form) }),
};

export function hasEventForm(type: EventType): boolean {
  return EVENT_FORM_PARSERS[type] !== undefined;
}
