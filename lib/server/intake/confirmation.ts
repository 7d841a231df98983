import "server-only";
import { AboutYouSchema } from "@/lib/domain/intake/about-you";
import { DEADLINE_INFO, dueDateFor } from "@/lib/workflow";
import type { DbOrTx } from "../db";
import { loadProcedureRules } from "../cases/procedure-rules";
import { derivedAccessCode } from "./codes";
import type { Draft } from "./drafts";

export interface Confirmation {
  reference: string;
  accessCode: string;
  receivedAt: Date;
  /** When staff are due to have started on the complaint (the acknowledgement clock). */
  acknowledgeBy: Date | null;
  email: string | null;
  /** Typical length of the Chair's preliminary review, in days (procedure settings). */
  preliminaryReviewDays: number;
  responseDays: number;
}

/**
 * What the confirmation page shows right after "Submit complaint", from the accepted draft alone:
 * the complaint may still be being filed behind the response (ADR 0030). The acknowledgement date
 * is the one the filing's clock opens: the same rule from the same moment of receipt.
 */
export async function loadConfirmation(db: DbOrTx, draft: Draft): Promise<Confirmation | null> {
  const submitted = draft.data.submitted;
  if (!submitted) return null;
  const rules = await loadProcedureRules(db);
  const receivedAt = new Date(submitted.at);
  const acknowledge = DEADLINE_INFO.ACKNOWLEDGE.clock;
  const aboutYou = AboutYouSchema.safeParse(draft.data.answers["about-you"] ?? {});
  return {
    reference: submitted.reference,
    accessCode: derivedAccessCode(draft.data.idempotencyKey),
    receivedAt,
    acknowledgeBy: acknowledge ? dueDateFor(receivedAt, rules.clocks[acknowledge], rules) : null,
    email: aboutYou.success ? aboutYou.data.email : null,
    preliminaryReviewDays: rules.clocks.preliminaryReview.length,
    responseDays: rules.clocks.response.length,
  };
}
