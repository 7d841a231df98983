import { SANCTION_INFO, actionConditions, actionTermMonths, type SanctionAction } from "@/lib/domain/sanctions";
import { DEADLINE_INFO, type DeadlineKind } from "@/lib/workflow/deadlines";

/** Words for the records the portal shows: decisions, actions, deadlines. */

export const DECISION_STAGE_LABELS: Record<string, string> = {
  PRELIMINARY: "Preliminary review",
  COMMITTEE: "Committee decision",
  PROPOSED: "Proposed outcome",
  HEARING: "Decision after the hearing",
  APPEAL: "Appeal decision",
  REOPEN: "Ruling on the petition to reopen",
};

export const DECISION_OUTCOME_LABELS: Record<string, string> = {
  DISMISSED: "Dismissed: no violation found",
  VIOLATION: "Violation found",
  AFFIRMED: "Decision affirmed",
  MODIFIED: "Decision modified",
  REVERSED: "Decision reversed",
  REMANDED: "Sent back to the Committee",
  GRANTED: "Petition granted: the case is reopened",
  DENIED: "Petition refused",
};

export const SANCTION_STATUS_LABELS: Record<string, string> = {
  PROPOSED: "Proposed",
  PENDING_FINAL: "Not yet final",
  STAYED: "Stayed pending your appeal",
  ACTIVE: "In effect",
  COMPLETED: "Completed",
  REVERSED: "Reversed",
  SUPERSEDED: "Replaced",
};

export const HEARING_FORMAT_LABELS: Record<string, string> = { IN_PERSON: "In person", VIDEO: "Video call", PHONE: "Telephone" };

export const DOCUMENT_KIND_LABELS: Record<string, string> = {
  EVIDENCE: "Evidence",
  INFO_REPLY: "Information sent",
  RESPONSE: "Written response",
  STATEMENT: "Statement",
  EXHIBIT: "Hearing exhibit",
  HEARING_RECORD: "Hearing record",
  APPEAL: "Appeal",
  COMPLIANCE_EVIDENCE: "Compliance evidence",
  REOPEN_EVIDENCE: "New evidence",
  LETTER: "Letter",
};

export function describeAction(action: SanctionAction): string {
  const info = SANCTION_INFO[action.type];
  const months = actionTermMonths(action);
  const conditions = actionConditions(action).map((condition) =>
    condition.hours ? `${condition.description} (${condition.hours} hours)` : condition.description,
  );
  const term = months ? ` for ${months} month${months === 1 ? "" : "s"}` : "";
  return conditions.length > 0 ? `${info.label}${term}, with conditions: ${conditions.join("; ")}` : `${info.label}${term}`;
}

export function deadlineLabel(kind: string): string {
  const info = (DEADLINE_INFO as Record<string, { label: string } | undefined>)[kind];
  return info ? info.label.charAt(0).toUpperCase() + info.label.slice(1) : kind;
}

export function lateHelpFor(kind: DeadlineKind): string {
  return DEADLINE_INFO[kind].lateHelp;
}

export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
