import type { EventType } from "@/lib/workflow/events";

/** What each workflow event is called on buttons, form headings and the timeline. */
export const EVENT_LABELS: Record<EventType, string> = {
  SUBMIT: "Complaint filed",
  START_INTAKE: "Start the intake check",
  REQUEST_COMPLAINANT_INFO: "Ask the complainant for missing information",
  COMPLAINANT_CURED: "Record the missing information as received",
  CURE_PERIOD_EXPIRED: "Cure period expired",
  ACCEPT_FOR_REVIEW: "Match the case manager and accept for preliminary review",
  WAIVE_LATE_FILING: "Waive the filing time limit",
  DISMISS: "Dismiss at preliminary review",
  DEFER_LEGAL: "Put on hold for other proceedings",
  DEFERRAL_REVIEW_DUE: "Hold review due",
  RESUME_FROM_DEFERRAL: "Resume from the hold",
  SEND_NOTICE_OF_COMPLAINT: "Send the Notice of Complaint",
  REQUEST_EXTENSION: "Extension requested",
  GRANT_EXTENSION: "Grant an extension of the response deadline",
  DENY_EXTENSION: "Refuse the extension",
  SUBMIT_RESPONSE: "Response submitted",
  RESPONSE_WINDOW_EXPIRED: "Response period ended",
  REQUEST_INFO: "Request more information",
  INFO_RECEIVED: "Record the information as received",
  INFO_WINDOW_EXPIRED: "Information period ended",
  COMMENT_ON_ADVERSE_MATERIAL: "Comment on new material",
  COMMITTEE_DISMISS: "Dismiss after Committee review",
  PROPOSE_DISPOSITION: "Propose a disposition",
  START_HEARING: "Call a hearing",
  ACCEPT_DISPOSITION: "Proposed disposition accepted",
  ELECTION_WINDOW_EXPIRED: "Election period ended",
  REQUEST_HEARING: "Hearing requested",
  SCHEDULE_HEARING: "Schedule the hearing",
  POSTPONE_HEARING: "Postpone the hearing",
  RECORD_HEARING_HELD: "Record that the hearing was held",
  DECIDE_AFTER_HEARING: "Record the decision after the hearing",
  APPEAL_WINDOW_OPENS: "Appeal period opened",
  FINALIZE: "Decision became final",
  FILE_APPEAL: "Appeal filed",
  ASSIGN_APPEAL_PANEL: "Assign the appeal panel",
  DECIDE_APPEAL: "Decide the appeal",
  RETURN_TO_COMMITTEE: "Returned to the Committee",
  ACTIVATE_SANCTION: "Put the sanction into effect",
  VERIFY_CONDITIONS_MET: "Verify sanction conditions as met",
  SANCTION_TERM_ENDED: "Sanction term ended",
  CLOSE: "Close the case",
  REQUEST_WITHDRAWAL: "Record a withdrawal request",
  ACCEPT_WITHDRAWAL: "Accept the withdrawal",
  CONTINUE_ON_OWN_MOTION: "Continue on the Committee's own motion",
  PETITION_REOPEN: "Petition to reopen on new evidence",
  RULE_ON_REOPEN: "Rule on the petition to reopen",
};

/** Audit entries written outside the workflow (case records kept by the committee workspace and others). */
export const RECORD_EVENT_LABELS: Record<string, string> = {
  MESSAGE_SENT: "Message",
  NOTE_ADDED: "Internal note added",
  DOCUMENT_SHARED: "Document shared with the case manager",
  CONFLICT_DECLARED: "Conflict declaration",
  MEMBER_RECUSED: "Member recused",
  CHALLENGE_FILED: "Challenge of a member for cause",
  CHALLENGE_RULED: "Ruling on a challenge",
  IDENTITY_DISCLOSED: "Complainant's identity disclosed",
  CASE_ASSIGNED: "Case assigned",
};

export function eventLabel(type: string): string {
  return (EVENT_LABELS as Record<string, string>)[type] ?? RECORD_EVENT_LABELS[type] ?? type.replaceAll("_", " ").toLowerCase();
}
