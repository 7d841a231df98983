import type { Recipient } from "@/lib/workflow";
import type { NoticeAudience } from "./templates";

/** Workflow recipients, plus STAFF: the scheduler's reminders to the ethics coordinators. */
export type NoticeRecipientKind = Recipient | "STAFF";

const AUDIENCES: Record<NoticeRecipientKind, NoticeAudience> = {
  COMPLAINANT: "COMPLAINANT",
  RESPONDENT: "RESPONDENT",
  COMMITTEE: "COMMITTEE",
  CHAIR: "COMMITTEE",
  HEARING_PANEL: "COMMITTEE",
  APPEAL_PANEL: "COMMITTEE",
  THIRD_PARTY: "THIRD_PARTY",
  LICENSING_BOARDS: "PUBLIC",
  STAFF: "COMMITTEE",
};

/**
 * The audience a stored notice was written for, from its recipient kind (the same mapping the
 * workflow's recipients use). Unknown kinds get the public door: it shows nothing of a case.
 */
export function audienceOf(recipientKind: string): NoticeAudience {
  return Object.hasOwn(AUDIENCES, recipientKind) ? AUDIENCES[recipientKind as NoticeRecipientKind] : "PUBLIC";
}
