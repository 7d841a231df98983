import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { retainUntil, retentionClassFor, type RetentionClass } from "@/lib/domain/admin/retention";
import type { ProcedureRules } from "@/lib/workflow/rules";

export const CLOSED_STATES = ["CLOSED", "CLOSED_DISMISSED", "CLOSED_WITHDRAWN", "CLOSED_ABANDONED"] as const;

export type RetentionCandidate = {
  id: string;
  reference: string;
  state: string;
  retentionClass: RetentionClass;
  closedAt: Date;
  retainUntil: Date | null;
  legalHold: boolean;
};

export type RetentionReport = {
  /** Past retention, no hold: a purge removes their personal data. */
  due: RetentionCandidate[];
  /** Past retention but on legal hold: kept. */
  held: RetentionCandidate[];
  /** Closed, not yet due (or kept permanently). */
  notDue: number;
  permanent: number;
};

/** When the case closed; older rows without closedAt fall back to when it became final or last changed. */
export function closedAtOf(complaint: { closedAt: Date | null; finalAt: Date | null; updatedAt: Date }): Date {
  return complaint.closedAt ?? complaint.finalAt ?? complaint.updatedAt;
}

/** Dry run: which closed, unpurged cases are past their retention period under `rules`. */
export async function retentionReport(db: PrismaClient, rules: ProcedureRules, now = new Date()): Promise<RetentionReport> {
  const complaints = await db.complaint.findMany({
    where: { state: { in: [...CLOSED_STATES] }, purgedAt: null },
    orderBy: { receivedAt: "asc" },
    select: {
      id: true,
      reference: true,
      state: true,
      closedAt: true,
      finalAt: true,
      updatedAt: true,
      legalHold: true,
      decisions: { orderBy: { decidedAt: "asc" }, select: { outcome: true } },
    },
  });
  const report: RetentionReport = { due: [], held: [], notDue: 0, permanent: 0 };
  for (const complaint of complaints) {
    const retentionClass = retentionClassFor(complaint.state, complaint.decisions.map((decision) => decision.outcome));
    const closedAt = closedAtOf(complaint);
    const until = retainUntil(closedAt, retentionClass, rules.retention);
    const candidate = { id: complaint.id, reference: complaint.reference, state: complaint.state, retentionClass, closedAt, retainUntil: until, legalHold: complaint.legalHold };
    if (until === null) report.permanent += 1;
    else if (until > now) report.notDue += 1;
    else if (complaint.legalHold) report.held.push(candidate);
    else report.due.push(candidate);
  }
  return report;
}
