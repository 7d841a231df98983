import { STATE_INFO, type CaseState } from "@/lib/workflow/states";

/**
 * The stage of a case in the CCM's words. The label is the workflow's own (STATE_INFO); the
 * explanation speaks to the CCM, where STATE_INFO's speaks to the complainant.
 */
const FOR_CCM: Partial<Record<CaseState, string>> = {
  AWAITING_RESPONSE: "You have been sent the complaint and asked to respond in writing.",
  COMMITTEE_REVIEW: "The Ethics and Professional Conduct Committee is reviewing the complaint and your response.",
  AWAITING_INFO: "The Committee has asked for more information before it continues its review.",
  PROPOSED_DISPOSITION: "The Committee found a possible violation and proposed an outcome. You accept it or ask for a hearing.",
  HEARING_SCHEDULED: "A hearing will be held before a panel of Committee members.",
  HEARING_HELD: "The hearing has taken place. The panel will issue a written decision.",
  DECIDED: "A decision has been made.",
  APPEAL_WINDOW: "A decision has been issued. You may appeal it within the appeal period.",
  APPEAL_FILED: "You have appealed. A panel that took no part in the decision reviews the record.",
  APPEAL_DECIDED: "The appeal panel has decided your appeal.",
  FINAL: "The outcome is final.",
  SANCTION_ACTIVE: "The outcome is final and a sanction or its conditions are in effect.",
  CLOSED: "The case is complete.",
  CLOSED_DISMISSED: "The complaint was dismissed. The letter sent to you gives the reasons.",
  CLOSED_WITHDRAWN: "The complaint was withdrawn.",
  DEFERRED_LEGAL: "The same facts are before a court, the police or a licensing board. The case waits for that outcome.",
};

export function stageFor(state: CaseState): { label: string; description: string } {
  return { label: STATE_INFO[state].label, description: FOR_CCM[state] ?? STATE_INFO[state].description };
}
