import type { Period, ProcedureRules } from "@/lib/workflow/rules";

/**
 * The stages of a complaint as the public home page explains them, with their typical durations
 * taken from the procedure rules in force (DOMAIN §3 clocks are configurable, so the page must not
 * promise a figure the administrator has changed).
 */
export interface PublicStage {
  name: string;
  detail: string;
  /** The clock's length in words, e.g. "10 business days". */
  duration: string;
}

export function describePeriod(period: Period): string {
  const unit = period.unit === "business" ? "business day" : "day";
  return `${period.length} ${unit}${period.length === 1 ? "" : "s"}`;
}

export function publicStages(rules: ProcedureRules): PublicStage[] {
  const { clocks } = rules;
  const extension = rules.responseExtension.maxCount > 0 ? ` The Committee Chair may extend this once, by up to ${rules.responseExtension.maxDays} days.` : "";
  return [
    {
      name: "Acknowledgement",
      duration: `within ${describePeriod(clocks.acknowledge)}`,
      detail: "You get a reference and an access code at once. The ethics coordinator checks the complaint is complete and asks you for anything missing.",
    },
    {
      name: "Preliminary review",
      duration: `usually within ${describePeriod(clocks.preliminaryReview)}`,
      detail: "The Committee Chair checks the complaint is about a CCM and could breach the Code. If the same events are before a court or a licensing board, the complaint may be put on hold until that ends.",
    },
    {
      name: "Response from the case manager",
      duration: `${describePeriod(clocks.response)} to respond`,
      detail: `If the complaint goes ahead, the CCM is sent it and may respond in writing.${extension}`,
    },
    {
      name: "Committee review",
      duration: `${describePeriod(clocks.info)} to answer any request`,
      detail: "The Ethics & Professional Conduct Committee reviews the record and may ask you, the CCM or others for more information.",
    },
    {
      name: "Proposed outcome or hearing",
      duration: `${describePeriod(clocks.election)} to accept or ask for a hearing`,
      detail: `The Committee dismisses the complaint or proposes an action. The CCM may accept it or ask for a hearing, announced${clocks.hearingNotice.length > 0 ? ` at least ${describePeriod(clocks.hearingNotice)}` : ""} ahead; the written decision follows within ${describePeriod(clocks.hearingDecision)} of the hearing.`,
    },
    {
      name: "Appeal",
      duration: `${describePeriod(clocks.appeal)} to appeal`,
      detail: `The CCM may appeal a decision. An appeal panel decides within about ${describePeriod(clocks.appealDecision)}, and its decision is final.`,
    },
  ];
}
