/**
 * Wording of every notice the workflow sends (NOTIFY effects name these templates). Bodies say
 * only what happened and what to do next: no names, allegations, findings or reasons ever go in
 * an email. The details stay behind the link, where access is checked.
 */
export interface NoticeText {
  readonly subject: string;
  /** One or two plain sentences; the reference and the link are added around it. */
  readonly body: string;
}

export const NOTICE_TEXTS = {
  // Filing and intake
  "complaint-received": { subject: "New complaint received", body: "A new complaint has been filed and is waiting for intake." },
  "complaint-acknowledged": {
    subject: "We have received your complaint",
    body: "Thank you. Your complaint has been received and given the case number below. Keep your access code safe: you need it with the case number to follow the complaint.",
  },
  "complaint-deficient": {
    subject: "Information needed to continue your complaint",
    body: "Some information is needed before your complaint can go forward. Open the status page to see what is needed and the deadline.",
  },
  "complaint-cured": { subject: "Missing information received", body: "The complainant has sent the missing information; intake can continue." },
  "complaint-abandoned": {
    subject: "Your complaint has been closed",
    body: "The information requested was not received in time, so the complaint has been closed. You may file it again with the missing information.",
  },
  "preliminary-review-ready": { subject: "Complaint ready for preliminary review", body: "Intake is complete and the complaint is ready for the Chair's preliminary review." },
  "complaint-dismissed": { subject: "Decision on the complaint", body: "A decision has been made to dismiss the complaint. The decision letter is available in the case file." },
  "case-on-hold": { subject: "The case has been put on hold", body: "The case is on hold while a related proceeding elsewhere is resolved." },
  "deferral-review-due": { subject: "A case on hold is due for review", body: "A case on hold has reached its review date." },
  "case-resumed": { subject: "The case has resumed", body: "The case was on hold and has now resumed." },
  "notice-of-complaint": {
    subject: "Notice of Complaint",
    body: "A complaint has been filed about your conduct as a CCM. Please read the Notice of Complaint in the portal: it explains the complaint, your right to respond and the deadline.",
  },
  "complaint-sent-to-ccm": { subject: "Your complaint has been sent to the case manager", body: "Your complaint has passed preliminary review and the case manager has been asked to respond." },
  // Response and review
  "extension-requested": { subject: "Request for more time to respond", body: "The respondent has asked for more time to respond. A ruling is needed." },
  "extension-granted": { subject: "Extension granted", body: "Your request for more time has been granted. The new deadline is shown in the portal." },
  "extension-refused": { subject: "Extension refused", body: "Your request for more time has been refused. The deadline shown in the portal still applies." },
  "response-received": { subject: "Response received", body: "The respondent has submitted a response; the case is ready for Committee review." },
  "response-not-received": { subject: "No response received", body: "The response period ended without a response; the case is ready for Committee review." },
  "response-window-closed": {
    subject: "The response period has ended",
    body: "The period for your written response has ended. The Committee will now review the complaint on the record.",
  },
  "info-request": { subject: "Request for information", body: "The Committee has asked for more information. Open the case to see what is needed and the deadline." },
  "info-received": { subject: "Information received", body: "Information requested by the Committee has arrived." },
  "info-not-received": { subject: "Requested information not received", body: "The period for the requested information ended without a reply." },
  "new-material-for-comment": {
    subject: "New material you may comment on",
    body: "New material has been added to the case. You may comment on it before the deadline shown in the portal.",
  },
  "comment-received": { subject: "Comment received", body: "The respondent has commented on new material in the case." },
  "proposed-disposition": {
    subject: "Proposed outcome",
    body: "The Committee has proposed an outcome. Read it in the portal and either accept it or ask for a hearing before the deadline. Silence counts as acceptance.",
  },
  "disposition-accepted": { subject: "Outcome accepted", body: "Your written acceptance of the proposed outcome has been recorded. The decision is in the case file." },
  "disposition-accepted-by-silence": {
    subject: "The proposed outcome now applies",
    body: "The period to accept the proposed outcome or ask for a hearing has ended, so the proposal now stands as the decision. The decision is in the case file.",
  },
  // Hearings
  "hearing-called": { subject: "A hearing will be held", body: "The Committee has decided to hold a hearing. A Notice of Hearing with the date and panel will follow." },
  "hearing-to-schedule": { subject: "Hearing to schedule", body: "A hearing has been called and needs a date and a panel." },
  "hearing-will-occur": { subject: "A hearing will be held", body: "A hearing will be held on the complaint. You may be asked to attend as a witness." },
  "notice-of-hearing": {
    subject: "Notice of Hearing",
    body: "A hearing has been scheduled. The Notice of Hearing in the portal gives the date, format, panel and your rights.",
  },
  "revised-notice-of-hearing": { subject: "Revised Notice of Hearing", body: "The hearing has been moved to a new date. The revised notice is in the portal." },
  "hearing-date": { subject: "Hearing date set", body: "A date has been set for the hearing on the complaint." },
  "hearing-assigned": { subject: "Hearing panel assignment", body: "You have been named to a hearing panel, or its date has changed." },
  "hearing-decision": { subject: "Hearing decision", body: "The hearing panel has issued its decision. The decision letter, with your appeal rights, is in the portal." },
  // Appeal and finality
  "appeal-acknowledged-stayed": {
    subject: "Appeal received",
    body: "Your appeal has been received. Any sanction is stayed while the appeal is decided.",
  },
  "appeal-acknowledged-not-stayed": {
    subject: "Appeal received",
    body: "Your appeal has been received. In this matter the sanction is not stayed while the appeal is decided.",
  },
  "appeal-filed": { subject: "Appeal filed", body: "An appeal has been filed and needs an appeal panel." },
  "appeal-assigned": { subject: "Appeal panel assignment", body: "You have been named to an appeal panel." },
  "appeal-decision": { subject: "Appeal decision", body: "The appeal panel has decided the appeal. The decision letter is in the portal." },
  "appeal-outcome-summary": { subject: "Appeal decided", body: "An appeal in this case has been decided." },
  "case-remanded": { subject: "Case returned to the Committee", body: "The appeal panel has sent the case back to the Committee for further review." },
  "decision-final": { subject: "The decision is final", body: "The decision in this case is now final." },
  "outcome-final": { subject: "Outcome of your complaint", body: "The outcome of the complaint is now final. Open the status page to see it." },
  "letter-of-instruction": { subject: "Letter of Instruction", body: "A Letter of Instruction has been issued. It is in the portal." },
  "public-sanction-notice": {
    subject: "Notice of a public disciplinary action",
    body: "A final public disciplinary action has been recorded on a CCM certification. Details are on the public verification page.",
  },
  // Sanctions and closure
  "sanction-in-effect": { subject: "Sanction in effect", body: "The sanction in this case is now in effect. Its terms and any conditions are in the portal." },
  "sanction-completed": { subject: "Sanction completed", body: "The sanction in this case has been completed." },
  "term-ended-conditions-outstanding": {
    subject: "Sanction term ended with conditions outstanding",
    body: "A sanction term has ended but conditions are not yet met.",
  },
  "certification-reinstated": { subject: "Certification status restored", body: "Your certification status has changed following the case. See the portal for its current status." },
  "case-closed": { subject: "Case closed", body: "The case is now closed." },
  // Withdrawal and reopening
  "withdrawal-requested": { subject: "Request to withdraw a complaint", body: "The complainant has asked to withdraw the complaint. A ruling is needed." },
  "complaint-withdrawn": { subject: "Complaint withdrawn", body: "The complaint has been withdrawn and the case is closed." },
  "withdrawal-noted-committee-continues": {
    subject: "Your request to withdraw",
    body: "Your request to withdraw has been noted. The Committee will continue the case on its own motion; you are no longer a party to it.",
  },
  "committee-continues-own-motion": {
    subject: "The case continues",
    body: "The complainant asked to withdraw, and the Committee is continuing the case on its own motion.",
  },
  "reopen-petition": { subject: "Petition to reopen", body: "A petition to reopen a case on new evidence has been filed and needs a ruling." },
  "reopen-petition-filed": { subject: "Petition to reopen filed", body: "A petition to reopen the case on new evidence has been filed." },
  "case-reopened": { subject: "Case reopened", body: "The case has been reopened on new evidence and returns to the Committee." },
  "reopen-refused": { subject: "Petition to reopen refused", body: "The petition to reopen the case has been refused." },
} as const satisfies Record<string, NoticeText>;

export type NoticeTemplate = keyof typeof NOTICE_TEXTS;

export function isNoticeTemplate(name: string): name is NoticeTemplate {
  return Object.hasOwn(NOTICE_TEXTS, name);
}
