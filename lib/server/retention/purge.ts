import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/domain/registry";
import type { ProcedureRules } from "@/lib/workflow/rules";
import { appendAudit, caseStream, type AuditActor } from "../audit/append";
import { retentionReport, type RetentionCandidate } from "./report";

const REMOVED = "[removed]";

export type PurgeResult = { purged: string[]; held: string[]; skipped: string[] };

/**
 * Removes one case's personal data and keeps an anonymised statistic, in one transaction with
 * its audit event. The claim is a conditional update (not purged, not on hold), so a hold placed
 * or a purge run elsewhere in the meantime wins. The audit log itself is never touched.
 */
async function purgeCase(tx: Prisma.TransactionClient, candidate: RetentionCandidate, actor: AuditActor, now: Date): Promise<boolean> {
  const claimed = await tx.complaint.updateMany({
    where: { id: candidate.id, purgedAt: null, legalHold: false },
    data: {
      purgedAt: now,
      retentionClass: candidate.retentionClass,
      retainUntil: candidate.retainUntil,
      narrative: `[Removed under the retention schedule on ${isoDay(now)}]`,
      harm: null,
      respondentName: REMOVED,
      respondentCcmNumber: null,
      respondentEmployer: null,
      respondentLocation: null,
      respondentContact: null,
      respondentCertificationId: null,
      registrySnapshot: Prisma.DbNull,
      idempotencyKey: null,
    },
  });
  if (claimed.count === 0) return false;
  const complaint = await tx.complaint.findUniqueOrThrow({
    where: { id: candidate.id },
    select: {
      receivedAt: true,
      state: true,
      decisions: { orderBy: { decidedAt: "asc" }, select: { outcome: true } },
      provisions: { select: { source: true, provision: { select: { code: true } } } },
    },
  });
  const breached = complaint.provisions.filter((row) => row.source === "BREACHED").map((row) => row.provision.code);
  const charged = complaint.provisions.filter((row) => row.source === "CHARGED").map((row) => row.provision.code);
  await tx.caseStatistic.create({
    data: {
      receivedYear: complaint.receivedAt.getUTCFullYear(),
      finalState: complaint.state,
      outcome: complaint.decisions.at(-1)?.outcome ?? candidate.retentionClass,
      provisionCodes: [...new Set(breached.length ? breached : charged)].sort(),
      daysOpen: Math.max(0, Math.round((candidate.closedAt.getTime() - complaint.receivedAt.getTime()) / 86_400_000)),
      purgedAt: now,
    },
  });
  const where = { complaintId: candidate.id };
  const removed = {
    complainant: (await tx.complainant.deleteMany({ where })).count,
    witnesses: (await tx.witness.deleteMany({ where })).count,
    messages: (await tx.message.deleteMany({ where })).count,
    notes: (await tx.internalNote.deleteMany({ where })).count,
    representatives: (await tx.caseRepresentative.deleteMany({ where })).count,
    otherProceedings: (await tx.otherProceeding.deleteMany({ where })).count,
    documentBlobs: (await tx.documentBlob.deleteMany({ where: { document: where } })).count,
  };
  await tx.document.updateMany({ where, data: { purgedAt: now, filename: REMOVED } });
  await tx.consent.updateMany({ where, data: { signedName: null } });
  await tx.notice.updateMany({ where, data: { toAddress: null, subject: REMOVED, bodyText: REMOVED, bodyHtml: REMOVED } });
  await tx.decision.updateMany({ where, data: { findings: null, reasons: null } });
  await tx.infoRequest.updateMany({ where, data: { items: REMOVED, answer: null } });
  await tx.extensionRequest.updateMany({ where, data: { reason: REMOVED } });
  await tx.appeal.updateMany({ where, data: { statement: REMOVED, reasons: null, instructions: null } });
  await tx.reopenPetition.updateMany({ where, data: { grounds: REMOVED } });
  await tx.conflictDeclaration.updateMany({ where, data: { details: null } });
  await tx.memberChallenge.updateMany({ where, data: { grounds: REMOVED } });
  await appendAudit(tx, {
    stream: caseStream(candidate.id),
    actor,
    type: "CASE_PURGED",
    complaintId: candidate.id,
    reason: `Retention period ended ${candidate.retainUntil ? isoDay(candidate.retainUntil) : ""} (${candidate.retentionClass})`,
    payload: { retentionClass: candidate.retentionClass, closedAt: candidate.closedAt, retainUntil: candidate.retainUntil, removed },
    at: now,
  });
  return true;
}

/** Purges every case the dry run lists as due, one transaction per case, then records the run. */
export async function runRetentionPurge(db: PrismaClient, rules: ProcedureRules, actor: AuditActor, now = new Date()): Promise<PurgeResult> {
  const report = await retentionReport(db, rules, now);
  const result: PurgeResult = { purged: [], held: report.held.map((candidate) => candidate.reference), skipped: [] };
  for (const candidate of report.due) {
    const purged = await db.$transaction((tx) => purgeCase(tx, candidate, actor, now), { timeout: 60_000 });
    (purged ? result.purged : result.skipped).push(candidate.reference);
  }
  await db.$transaction((tx) =>
    appendAudit(tx, {
      stream: "retention",
      actor,
      type: "RETENTION_PURGE_RUN",
      payload: { purged: result.purged, held: result.held, skipped: result.skipped, retention: rules.retention },
      at: now,
    }),
  );
  return result;
}
