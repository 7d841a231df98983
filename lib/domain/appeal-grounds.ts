import { z } from "zod";

/**
 * Grounds of appeal (DOMAIN.md §5, [D] after peers). Review is on the record: new evidence goes
 * through a petition to reopen, not an appeal.
 */
export const APPEAL_GROUNDS = [
  "PROCEDURE_NOT_FOLLOWED",
  "FINDINGS_UNSUPPORTED",
  "SANCTION_DISPROPORTIONATE",
  "CONFLICT_OF_INTEREST",
] as const;
export type AppealGround = (typeof APPEAL_GROUNDS)[number];
export const AppealGroundSchema = z.enum(APPEAL_GROUNDS);

export const APPEAL_GROUND_INFO: Record<AppealGround, { label: string; description: string }> = {
  PROCEDURE_NOT_FOLLOWED: {
    label: "Procedure not followed",
    description: "The Code's procedures were not followed, and this was unfair to you.",
  },
  FINDINGS_UNSUPPORTED: {
    label: "Findings not supported",
    description: "The findings are not supported by the record.",
  },
  SANCTION_DISPROPORTIONATE: {
    label: "Sanction disproportionate",
    description: "The sanction is clearly out of proportion to the findings.",
  },
  CONFLICT_OF_INTEREST: {
    label: "Conflict of interest",
    description: "A conflict of interest affected the decision.",
  },
};

export const APPEAL_OUTCOMES = ["AFFIRM", "MODIFY", "REVERSE", "REMAND"] as const;
export type AppealOutcomeKind = (typeof APPEAL_OUTCOMES)[number];
