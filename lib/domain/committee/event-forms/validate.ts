import type { z } from "zod";
import { EventSchema, type Event, type EventType } from "@/lib/workflow/events";
import { EVENT_FORM_PARSERS } from "./parsers";
import { strayConditions } from "./read";

/** Event payload path (first segments) → the form field that shows its error. */
const FIELD_FOR: Record<string, string> = {
  missingItems: "items",
  chargedProvisions: "provisions",
  provisionsBreached: "provisions",
  findingsOfFact: "findings",
  scheduledAt: "date",
  newDate: "date",
  panelPersonIds: "panel",
  presentPanelPersonIds: "present",
  respondentAppeared: "appeared",
  inAbsentia: "appeared",
  conditionIds: "conditions",
  thirdParty: "thirdPartyName",
  "proceeding.kind": "proceedingKind",
  "proceeding.description": "proceedingDescription",
  "proceeding.reference": "proceedingReference",
  "outcome.actions": "actions",
  "outcome.instructions": "instructions",
  "outcome.kind": "outcome",
  outcome: "outcome",
};

/** What each field is called in messages. */
export const FIELD_LABELS: Record<string, string> = {
  items: "the items needed",
  certificationId: "the registry record",
  chairConflictChecked: "the conflict check on the Chair",
  reasons: "the reasons",
  reasonCode: "a reason for dismissal",
  proceedingKind: "the kind of proceeding",
  proceedingDescription: "a description of the proceeding",
  proceedingReference: "the proceeding's reference",
  externalOutcome: "the outcome of the other proceeding",
  provisions: "the provisions",
  days: "the number of days",
  from: "who is asked",
  thirdPartyName: "the third party's name",
  findings: "the findings",
  actions: "the action",
  votes: "the votes",
  date: "the date",
  format: "the format",
  location: "the location",
  link: "the video link",
  panel: "the panel",
  requestedBy: "who asked for the postponement",
  present: "the members present",
  appeared: "whether the case manager appeared",
  outcome: "the outcome",
  instructions: "instructions for the Committee",
  conditions: "the conditions met",
  newEvidence: "the new evidence",
  whyNotAvailableBefore: "why it was not available before",
  ruling: "the ruling",
};

export function fieldForPath(path: readonly PropertyKey[]): string {
  const [head, second] = path.map(String);
  if (head === undefined) return "_form";
  return FIELD_FOR[`${head}.${second}`] ?? FIELD_FOR[head] ?? head;
}

function humanMessage(issue: z.core.$ZodIssue, field: string): string {
  const label = FIELD_LABELS[field] ?? field;
  if (issue.code === "custom") return issue.message;
  if (issue.code === "invalid_type" && issue.input === undefined) return `Enter ${label}`;
  if (issue.code === "too_small") return issue.origin === "array" ? `Choose or enter ${label}` : `Enter ${label}`;
  if (issue.code === "too_big") return `${label.charAt(0).toUpperCase()}${label.slice(1)} is too long or too large`;
  if (issue.code === "invalid_value" || issue.code === "invalid_union") return `Choose ${label}`;
  if (issue.code === "invalid_format") return `Enter ${label} in the right format`;
  if (issue.code === "invalid_type") return `Enter ${label} correctly`;
  return issue.message;
}

export type ParsedEventForm = { ok: true; event: Event } | { ok: false; fieldErrors: Record<string, string[]> };

/** A committee form's fields → the workflow event, or messages keyed by form field. Never throws. */
export function parseEventForm(type: EventType, form: FormData, ctx: { codeVersion: number }): ParsedEventForm {
  const parser = EVENT_FORM_PARSERS[type];
  if (!parser) return { ok: false, fieldErrors: { _form: ["This action has no form here."] } };
  const fieldErrors: Record<string, string[]> = {};
  if (strayConditions(form)) fieldErrors.actions = ["Attach each condition to an action you chose that can carry conditions (Letter of Instruction, probation or suspension)"];
  const parsed = EventSchema.safeParse({ ...parser(form, ctx), type });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldForPath(issue.path);
      const message = humanMessage(issue, field);
      const messages = (fieldErrors[field] ??= []);
      if (!messages.includes(message)) messages.push(message);
    }
  }
  if (Object.keys(fieldErrors).length > 0 || !parsed.success) return { ok: false, fieldErrors };
  return { ok: true, event: parsed.data };
}
