import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { certificationStatusFor, isOnProbation, LIFECYCLE_STATUSES, type LifecycleStatus } from "@/lib/domain/certification";
import { appendAudit, type AuditActor } from "../audit/append";
import { AppError } from "../errors";

/**
 * The only writer of a certification's status (checked by scripts/checks/state-writes.ts).
 * The effective status is always derived: lifecycle status overridden by the sanctions in
 * force. So suspension, revocation, reinstatement and reversal on appeal are all the same
 * operation: change the sanctions, then recompute here.
 */
export async function recomputeCertificationStatus(
  tx: Prisma.TransactionClient,
  input: {
    certificationId: string;
    reason: string;
    actor: AuditActor;
    complaintId?: string | null;
    at?: Date;
    /** With a revocation: the earliest date a new application may be made (kept while REVOKED). */
    reapplyNotBefore?: Date | null;
  },
): Promise<{ changed: boolean; status: string }> {
  const certification = await tx.certification.findUniqueOrThrow({
    where: { id: input.certificationId },
    select: { id: true, status: true, lifecycleStatus: true, onProbation: true, reapplyNotBefore: true },
  });
  const inForce = await tx.sanction.findMany({
    where: { certificationId: input.certificationId, status: "ACTIVE" },
    select: { type: true },
  });
  const status = certificationStatusFor(certification.lifecycleStatus as LifecycleStatus, inForce);
  const onProbation = isOnProbation(inForce);
  // The waiting period belongs to a revocation: set with it, cleared when none is in force.
  const reapplyNotBefore = status === "REVOKED" ? (input.reapplyNotBefore ?? certification.reapplyNotBefore) : null;
  const reapplyChanged = (reapplyNotBefore?.getTime() ?? null) !== (certification.reapplyNotBefore?.getTime() ?? null);
  if (status === certification.status && onProbation === certification.onProbation && !reapplyChanged) {
    return { changed: false, status };
  }
  const at = input.at ?? new Date();
  await tx.certification.update({
    where: { id: certification.id },
    data: { status, onProbation, reapplyNotBefore, version: { increment: 1 } },
  });
  if (status !== certification.status) {
    await tx.certificationStatusChange.create({
      data: {
        certificationId: certification.id,
        fromStatus: certification.status,
        toStatus: status,
        reason: input.reason,
        complaintId: input.complaintId ?? null,
        actorId: input.actor.kind === "PERSON" ? input.actor.id : null,
        at,
      },
    });
  }
  await appendAudit(tx, {
    stream: `certification:${certification.id}`,
    actor: input.actor,
    type: "CERTIFICATION_STATUS_RECOMPUTED",
    complaintId: input.complaintId ?? null,
    reason: input.reason,
    payload: { from: certification.status, to: status, onProbation, ...(reapplyChanged && { reapplyNotBefore }) },
    at,
  });
  return { changed: true, status };
}

/**
 * An administrator's correction of the lifecycle status (renewal, expiry, retirement). A reason
 * is required and audited. It cannot clear discipline: the effective status is recomputed and a
 * suspension or revocation in force still wins.
 */
export async function correctLifecycleStatus(
  tx: Prisma.TransactionClient,
  input: { certificationId: string; lifecycleStatus: LifecycleStatus; reason: string; actor: AuditActor; expectedVersion?: number },
): Promise<{ status: string; disciplinaryOverride: boolean }> {
  if (!(LIFECYCLE_STATUSES as readonly string[]).includes(input.lifecycleStatus)) {
    throw new AppError("VALIDATION", "Suspension and revocation come only from a final decision of the Committee.");
  }
  if (input.reason.trim().length < 5) throw new AppError("VALIDATION", "Give a reason for the correction.");
  const updated = await tx.certification.updateMany({
    where: { id: input.certificationId, ...(input.expectedVersion ? { version: input.expectedVersion } : {}) },
    data: { lifecycleStatus: input.lifecycleStatus, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    throw new AppError("CONFLICT", "This certification changed since you opened it. Reload to see the current record.");
  }
  await appendAudit(tx, {
    stream: `certification:${input.certificationId}`,
    actor: input.actor,
    type: "CERTIFICATION_LIFECYCLE_CORRECTED",
    reason: input.reason,
    payload: { lifecycleStatus: input.lifecycleStatus },
  });
  const { status } = await recomputeCertificationStatus(tx, {
    certificationId: input.certificationId,
    reason: `Correction: ${input.reason}`,
    actor: input.actor,
  });
  return { status, disciplinaryOverride: status === "SUSPENDED" || status === "REVOKED" };
}
