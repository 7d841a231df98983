import type { ClockName } from "@/lib/workflow/rules";

/** The procedure clocks as the settings page lists them, in procedure order (DOMAIN.md §3). */
export const CLOCK_FIELDS: readonly { name: ClockName; label: string; hint: string }[] = [
  { name: "acknowledge", label: "Start intake of a new complaint (T_ack)", hint: "Staff begin intake; the acknowledgement itself is sent on submission." },
  { name: "cure", label: "Complainant completes a deficient complaint (T_cure)", hint: "After this the complaint closes as abandoned." },
  { name: "preliminaryReview", label: "Chair's preliminary screening (T_prelim)", hint: "" },
  { name: "response", label: "CCM's written response (T_resp)", hint: "From receipt of the Notice of Complaint." },
  { name: "info", label: "Reply to a request for information (T_info)", hint: "Any party." },
  { name: "adverseMaterialComment", label: "CCM comments on new adverse material", hint: "" },
  { name: "election", label: "CCM accepts or asks for a hearing (T_elect)", hint: "Silence counts as acceptance." },
  { name: "hearingNotice", label: "Notice of hearing (T_notice)", hint: "Minimum time between the notice and the hearing. 0 sets no minimum (for example an expedited hearing)." },
  { name: "hearingReNotice", label: "Notice of a postponed hearing", hint: "Minimum notice of the new date. 0 sets no minimum." },
  { name: "hearingDecision", label: "Written decision after the hearing (T_decision)", hint: "" },
  { name: "appeal", label: "Filing an appeal (T_appeal)", hint: "From receipt of the decision." },
  { name: "appealDecision", label: "Appeal decision (T_appeal_dec)", hint: "From filing." },
  { name: "deferralReview", label: "Review of a case on hold", hint: "How often a deferred case comes back." },
  { name: "reopenRuling", label: "Ruling on a petition to reopen", hint: "" },
];

export type NumberField = { name: string; label: string; hint?: string; suffix: string; blankMeans?: string };

export const NUMBER_SECTIONS: readonly { id: string; title: string; fields: readonly NumberField[] }[] = [
  {
    id: "calendar",
    title: "Calendar",
    fields: [
      { name: "mailReceiptDays", label: "Mailed letters count as received after", suffix: "days" },
    ],
  },
  {
    id: "hearing",
    title: "Quorum and hearings",
    fields: [
      { name: "committee.quorum", label: "Committee decision quorum", hint: "Minimum votes on a committee decision; it also needs a majority of the non-recused members.", suffix: "votes" },
      { name: "hearing.quorum", label: "Hearing quorum", hint: "Minimum non-recused panel members for a hearing and its decision.", suffix: "members" },
      { name: "hearing.postponementsPerParty", label: "Postponements each party may obtain", suffix: "postponements" },
    ],
  },
  {
    id: "extensions",
    title: "Response extensions",
    fields: [
      { name: "responseExtension.maxDays", label: "Longest extension of the response time", suffix: "days" },
      { name: "responseExtension.maxCount", label: "Extensions the Chair may grant", suffix: "extensions" },
    ],
  },
  {
    id: "appeals",
    title: "Appeals and reopening",
    fields: [
      { name: "appeal.panelMinSize", label: "Minimum appeal panel size", suffix: "members" },
      { name: "reopen.windowDays", label: "Petition to reopen allowed within", hint: "Days after the case became final.", suffix: "days" },
      { name: "reopen.maxPetitions", label: "Petitions to reopen per case", suffix: "petitions" },
    ],
  },
  {
    id: "filing",
    title: "Filing window",
    fields: [
      { name: "filing.windowDays", label: "Complaints are flagged as late after", hint: "Days from when the complainant knew of the conduct.", suffix: "days" },
    ],
  },
  {
    id: "sanctions",
    title: "Sanction limits",
    fields: [
      { name: "sanctions.suspensionMaxMonths", label: "Longest suspension", suffix: "months" },
      { name: "sanctions.probationMaxMonths", label: "Longest probation", suffix: "months" },
      { name: "sanctions.revocationReapplyYears", label: "Waiting period to reapply after revocation", suffix: "years" },
    ],
  },
  {
    id: "retention",
    title: "Retention after closure",
    fields: [
      { name: "retention.dismissedYears", label: "Dismissed cases", suffix: "years", blankMeans: "Leave blank to keep permanently." },
      { name: "retention.withdrawnYears", label: "Withdrawn cases", suffix: "years", blankMeans: "Leave blank to keep permanently." },
      { name: "retention.abandonedYears", label: "Abandoned cases", suffix: "years", blankMeans: "Leave blank to keep permanently." },
      { name: "retention.violationYears", label: "Cases with a finding of violation", suffix: "years", blankMeans: "Leave blank to keep permanently (the default)." },
    ],
  },
];

export const RULE_CHOICES = ["R1", "R2", "R3", "R4", "R5", "R6"] as const;

export const LETTERHEAD_FIELDS = [
  { name: "letterhead.organisation", label: "Organisation name" },
  { name: "letterhead.committee", label: "Committee name" },
  { name: "letterhead.address", label: "Postal address", multiline: true },
  { name: "letterhead.email", label: "Contact email" },
  { name: "letterhead.phone", label: "Contact phone" },
  { name: "letterhead.signatoryName", label: "Signatory name" },
  { name: "letterhead.signatoryTitle", label: "Signatory title" },
] as const;
