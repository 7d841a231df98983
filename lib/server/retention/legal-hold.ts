import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { appendAudit, caseStream, type AuditActor } from "../audit/append";
import { FieldError } from "../admin/field-error";

/** Places or releases a legal hold, which blocks the retention purge; audited with its reason. */
export async function setLegalHold(db: PrismaClient, input: { reference: string; hold: boolean; reason: string }, actor: AuditActor) {
  return db.$transaction(async (tx) => {
    const complaint = await tx.complaint.findUnique({ where: { reference: input.reference }, select: { id: true, legalHold: true, purgedAt: true } });
    if (!complaint) throw new FieldError("reference", `No case has the reference ${input.reference}`);
    if (complaint.purgedAt && input.hold) throw new FieldError("reference", `${input.reference} was already purged; there is nothing left to hold`);
    if (complaint.legalHold === input.hold) return { changed: false };
    await tx.complaint.update({ where: { id: complaint.id }, data: { legalHold: input.hold } });
    await appendAudit(tx, {
      stream: caseStream(complaint.id),
      actor,
      type: input.hold ? "LEGAL_HOLD_PLACED" : "LEGAL_HOLD_RELEASED",
      complaintId: complaint.id,
      reason: input.reason,
      payload: { legalHold: input.hold },
    });
    return { changed: true };
  });
}
