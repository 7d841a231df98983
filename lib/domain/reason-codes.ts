import { z } from "zod";

/**
 * Why a complaint was dismissed (DOMAIN.md §3 #6 and #12). The stage says who may use the code:
 * the Chair's preliminary screening or the Committee after review.
 */
export const DISMISSAL_REASONS = [
  "NO_JURISDICTION",
  "NO_BREACH_ALLEGED",
  "FRIVOLOUS",
  "DUPLICATE",
  "UNTIMELY",
  "NO_VIOLATION_FOUND",
  "INSUFFICIENT_EVIDENCE",
] as const;
export type DismissalReason = (typeof DISMISSAL_REASONS)[number];
export const DismissalReasonSchema = z.enum(DISMISSAL_REASONS);

export type DismissalStage = "PRELIMINARY" | "COMMITTEE";

export const DISMISSAL_REASON_INFO: Record<
  DismissalReason,
  { label: string; plainLanguage: string; stages: readonly DismissalStage[] }
> = {
  NO_JURISDICTION: {
    label: "No jurisdiction",
    plainLanguage: "The person complained about was not a certified case manager at the time of the conduct.",
    stages: ["PRELIMINARY"],
  },
  NO_BREACH_ALLEGED: {
    label: "No breach alleged",
    plainLanguage: "Even if everything in the complaint is true, it would not break the Code.",
    stages: ["PRELIMINARY"],
  },
  FRIVOLOUS: {
    label: "Frivolous",
    plainLanguage: "The complaint has no serious basis.",
    stages: ["PRELIMINARY"],
  },
  DUPLICATE: {
    label: "Duplicate",
    plainLanguage: "The same matter is already being handled in another complaint.",
    stages: ["PRELIMINARY"],
  },
  UNTIMELY: {
    label: "Filed too late",
    plainLanguage: "The complaint was filed after the time limit and the limit was not waived.",
    stages: ["PRELIMINARY"],
  },
  NO_VIOLATION_FOUND: {
    label: "No violation found",
    plainLanguage: "After review, the Committee found no breach of the Code.",
    stages: ["COMMITTEE"],
  },
  INSUFFICIENT_EVIDENCE: {
    label: "Insufficient evidence",
    plainLanguage: "After review, the evidence was not enough to show a breach of the Code.",
    stages: ["COMMITTEE"],
  },
};

export function dismissalReasonsFor(stage: DismissalStage): DismissalReason[] {
  return DISMISSAL_REASONS.filter((reason) => DISMISSAL_REASON_INFO[reason].stages.includes(stage));
}

