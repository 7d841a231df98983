import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The rows a CaseSnapshot is built from. Only open (or paused) deadlines, the latest hearing and
 * appeal, and live representatives matter to the machine; history stays in the database.
 */
export const SNAPSHOT_SELECT = {
  id: true,
  state: true,
  version: true,
  ownMotion: true,
  codeVersion: true,
  respondentCertificationId: true,
  respondentCertification: { select: { lifecycleStatus: true } },
  respondentNotifiedAt: true,
  lateFiling: true,
  lateFilingWaived: true,
  ruleIds: true,
  extensionRequested: true,
  extensionGranted: true,
  infoRequestedFrom: true,
  withdrawalRequestedAt: true,
  ccmPostponements: true,
  committeePostponements: true,
  proposedActions: true,
  decidedActions: true,
  acceptedInWriting: true,
  appealFiled: true,
  appealOutcome: true,
  decidingPersonIds: true,
  finalAt: true,
  reopenPetitions: true,
  reopenPetitionPending: true,
  deadlines: {
    where: { status: { in: ["OPEN", "PAUSED"] } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: { kind: true, dueAt: true, pausedAt: true, ref: true },
  },
  recusals: { select: { personId: true } },
  representatives: { where: { revokedAt: null }, select: { personId: true } },
  hearings: {
    where: { status: { not: "CANCELLED" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 1,
    select: { initiatedBy: true, scheduledFor: true, status: true, panel: { select: { personId: true } } },
  },
  appeals: {
    orderBy: [{ filedAt: "desc" }, { id: "desc" }],
    take: 1,
    select: { panel: { select: { personId: true } } },
  },
  sanctions: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      type: true,
      status: true,
      termMonths: true,
      startsAt: true,
      termEndedAt: true,
      conditions: { orderBy: { id: "asc" }, select: { id: true, metAt: true, dueAt: true } },
    },
  },
} satisfies Prisma.ComplaintSelect;

export type SnapshotRow = Prisma.ComplaintGetPayload<{ select: typeof SNAPSHOT_SELECT }>;

/** Persons eligible on any case: the committee roster and the appeal body. */
export interface Roster {
  committeePersonIds: string[];
  appealBodyPersonIds: string[];
}
