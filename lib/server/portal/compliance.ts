import "server-only";
import { FieldError } from "../admin/field-error";
import type { TransitionAttachment } from "../cases/run-transition";
import type { Db } from "../db";
import { AppError } from "../errors";
import { recordOnCase } from "./case-record";
import { noticeToCommittee } from "./notices";
import { storeRespondentFiles, textAttachment } from "./uploads";
import type { PersonActor } from "./viewer";

/**
 * Evidence that a sanction condition is met (DOMAIN §3 #25): stored against the condition
 * (Document.conditionId, kind COMPLIANCE_EVIDENCE) for staff to verify with
 * VERIFY_CONDITIONS_MET. Only for an outstanding condition of a sanction in effect on this case.
 */
export async function uploadComplianceEvidence(input: {
  db?: Db;
  actor: PersonActor;
  caseId: string;
  expectedVersion: number;
  conditionId: string;
  note?: string | undefined;
  files: readonly TransitionAttachment[];
  now?: Date;
}) {
  return recordOnCase({
    ...input,
    type: "COMPLIANCE_EVIDENCE_SUBMITTED",
    work: async (ctx) => {
      const condition = await ctx.tx.sanctionCondition.findFirst({
        where: { id: input.conditionId, sanction: { complaintId: ctx.caseId } },
        select: { id: true, metAt: true, sanction: { select: { status: true } } },
      });
      if (!condition) throw new FieldError("conditionId", "Choose one of the conditions of your sanction");
      if (condition.metAt) throw new AppError("GUARD_FAILED", "Staff have already verified that this condition is met.");
      if (condition.sanction.status !== "ACTIVE") {
        throw new AppError("GUARD_FAILED", "This sanction is not in effect, so there is nothing to show for it now.");
      }
      const files = input.note ? [...input.files, textAttachment("COMPLIANCE_EVIDENCE", "compliance-note", input.note, ctx.now)] : input.files;
      const ids = await storeRespondentFiles(ctx.tx, { caseId: ctx.caseId, personId: ctx.actor.personId, files, now: ctx.now, conditionId: condition.id });
      await noticeToCommittee(ctx.tx, {
        ...ctx,
        audience: "STAFF",
        template: "PORTAL_COMPLIANCE_EVIDENCE",
        subject: "Evidence that a sanction condition is met",
        body: "The case manager sent evidence that a condition of their sanction is met. Check it and record the verification in the case file.",
      });
      return ids;
    },
    payload: (documentIds) => ({ conditionId: input.conditionId, documentIds }),
  });
}
