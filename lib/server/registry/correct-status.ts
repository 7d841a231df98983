import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StatusCorrectionInput } from "@/lib/domain/registry";
import type { AuditActor } from "../audit/append";
import { AppError } from "../errors";
import { correctLifecycleStatus } from "./certification-status";

/**
 * An administrator's reasoned correction of a certification's lifecycle status, in one
 * transaction. Discipline is never cleared: the result says when a sanction still overrides it.
 */
export async function correctCertificationStatus(
  db: PrismaClient,
  input: StatusCorrectionInput,
  actor: AuditActor,
): Promise<{ status: string; disciplinaryOverride: boolean }> {
  return db.$transaction(async (tx) => {
    const exists = await tx.certification.findUnique({ where: { id: input.certificationId }, select: { id: true } });
    if (!exists) throw new AppError("NOT_FOUND", "This certification no longer exists.");
    return correctLifecycleStatus(tx, {
      certificationId: input.certificationId,
      lifecycleStatus: input.lifecycleStatus,
      reason: input.reason,
      actor,
      expectedVersion: input.version,
    });
  });
}
