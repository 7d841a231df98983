import type { DeadlineKind } from "@/lib/workflow";
import type { NoticeRecipientKind } from "../notifications/audience";

/**
 * Who a deadline's reminder (and overdue notice) goes to: the party the clock waits on
 * (Deadline.waitingOn), and on the committee side whoever must act on that clock: the ethics
 * coordinators (STAFF) for intake and chasing third parties, the Chair for rulings, the panel for
 * its decision. A sanction's term needs nobody to act: it gets no reminders.
 */
export function reminderRecipient(kind: DeadlineKind, waitingOn: string): NoticeRecipientKind | null {
  if (kind === "SANCTION_TERM") return null;
  if (waitingOn === "CCM") return "RESPONDENT";
  if (waitingOn === "COMPLAINANT") return "COMPLAINANT";
  switch (kind) {
    case "ACKNOWLEDGE":
    case "INFO":
      return "STAFF";
    case "HEARING_DECISION":
      return "HEARING_PANEL";
    case "APPEAL_DECISION":
      return "APPEAL_PANEL";
    default:
      return "CHAIR";
  }
}
