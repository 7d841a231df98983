import type { EventType } from "@/lib/workflow/events";
import { AssignAppealPanelFields, DecideAppealFields, PetitionReopenFields, VerifyConditionsFields, WithdrawalRequestFields } from "./appeal-fields";
import { DecideAfterHearingFields, HearingHeldFields, PostponeHearingFields, ScheduleHearingFields } from "./hearing-fields";
import {
  AcceptForReviewFields,
  DeferFields,
  DismissFields,
  MissingItemsFields,
  NoFields,
  NoteFields,
  NoticeOfComplaintFields,
  OptionalReasonsFields,
  ReasonsFields,
  ResumeFields,
} from "./intake-fields";
import { CommitteeDismissFields, CommitteeVoteFields, GrantExtensionFields, ProposeDispositionFields, RequestInfoFields, RuleOnReopenFields } from "./review-fields";
import type { EventFormSpec } from "./types";

/**
 * EventType → its form (fields, button, wording). Adding a committee form is one entry here and
 * one parser in lib/domain/committee/event-forms/parsers.ts. Events with no entry (the parties'
 * and the system's) are never offered on the committee side.
 */
export const EVENT_FORM_SPECS: Partial<Record<EventType, EventFormSpec>> = {
  START_INTAKE: { Fields: NoFields, submitLabel: "Start the intake check", intro: "Records that the ethics coordinator has begun checking the complaint." },
  REQUEST_COMPLAINANT_INFO: { Fields: MissingItemsFields, submitLabel: "Send the deficiency letter", intro: "The complainant gets a deficiency letter and the cure period starts." },
  COMPLAINANT_CURED: { Fields: NoteFields, submitLabel: "Record as received" },
  ACCEPT_FOR_REVIEW: { Fields: AcceptForReviewFields, submitLabel: "Accept for preliminary review" },
  WAIVE_LATE_FILING: { Fields: ReasonsFields, submitLabel: "Waive the time limit" },
  DISMISS: { Fields: DismissFields, submitLabel: "Dismiss the complaint", danger: true },
  DEFER_LEGAL: { Fields: DeferFields, submitLabel: "Put the case on hold" },
  RESUME_FROM_DEFERRAL: { Fields: ResumeFields, submitLabel: "Resume the case" },
  SEND_NOTICE_OF_COMPLAINT: { Fields: NoticeOfComplaintFields, submitLabel: "Send the Notice of Complaint", intro: "The case manager receives the Notice of Complaint and the response period starts." },
  GRANT_EXTENSION: { Fields: GrantExtensionFields, submitLabel: "Grant the extension" },
  DENY_EXTENSION: { Fields: ReasonsFields, submitLabel: "Refuse the extension" },
  REQUEST_INFO: { Fields: RequestInfoFields, submitLabel: "Send the request" },
  INFO_RECEIVED: { Fields: NoteFields, submitLabel: "Record as received" },
  COMMITTEE_DISMISS: { Fields: CommitteeDismissFields, submitLabel: "Dismiss the complaint", danger: true },
  PROPOSE_DISPOSITION: { Fields: ProposeDispositionFields, submitLabel: "Send the proposed disposition" },
  START_HEARING: { Fields: CommitteeVoteFields, submitLabel: "Call a hearing", intro: "The Committee holds a hearing itself (for example where credibility is disputed or revocation is contemplated)." },
  SCHEDULE_HEARING: { Fields: ScheduleHearingFields, submitLabel: "Schedule and send the Notice of Hearing" },
  POSTPONE_HEARING: { Fields: PostponeHearingFields, submitLabel: "Postpone and send a revised notice" },
  RECORD_HEARING_HELD: { Fields: HearingHeldFields, submitLabel: "Record the hearing as held" },
  DECIDE_AFTER_HEARING: { Fields: DecideAfterHearingFields, submitLabel: "Issue the decision" },
  ASSIGN_APPEAL_PANEL: { Fields: AssignAppealPanelFields, submitLabel: "Assign the panel" },
  DECIDE_APPEAL: { Fields: DecideAppealFields, submitLabel: "Issue the appeal decision" },
  ACTIVATE_SANCTION: { Fields: NoFields, submitLabel: "Put the sanction into effect" },
  VERIFY_CONDITIONS_MET: { Fields: VerifyConditionsFields, submitLabel: "Record as met" },
  CLOSE: { Fields: NoFields, submitLabel: "Close the case" },
  REQUEST_WITHDRAWAL: { Fields: WithdrawalRequestFields, submitLabel: "Record the withdrawal request" },
  ACCEPT_WITHDRAWAL: { Fields: OptionalReasonsFields, submitLabel: "Accept the withdrawal" },
  CONTINUE_ON_OWN_MOTION: { Fields: ReasonsFields, submitLabel: "Continue on own motion" },
  PETITION_REOPEN: { Fields: PetitionReopenFields, submitLabel: "File the petition" },
  RULE_ON_REOPEN: { Fields: RuleOnReopenFields, submitLabel: "Record the ruling" },
};
