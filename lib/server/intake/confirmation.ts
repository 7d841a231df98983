import "server-only";
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

/** What the confirmation page shows right after filing, from the draft that was filed. */
export async function loadConfirmation(db: DbOrTx, draft: Draft): Promise<Confirmation | null> {
  const submitted = draft.data.submitted;
  if (!submitted) return null;
  const complaint = await db.complaint.findUnique({
    where: { id: submitted.complaintId },
    select: {
      reference: true,
      receivedAt: true,
      complainant: { select: { email: true } },
      deadlines: { where: { kind: "ACKNOWLEDGE" }, select: { dueAt: true }, take: 1 },
    },
  });
  if (!complaint) return null;
  const rules = await loadProcedureRules(db);
  return {
    reference: complaint.reference,
    accessCode: derivedAccessCode(draft.data.idempotencyKey),
    receivedAt: complaint.receivedAt,
    acknowledgeBy: complaint.deadlines[0]?.dueAt ?? null,
    email: complaint.complainant?.email ?? null,
    preliminaryReviewDays: rules.clocks.preliminaryReview.length,
    responseDays: rules.clocks.response.length,
  };
}
