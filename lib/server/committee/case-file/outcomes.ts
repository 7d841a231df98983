import "server-only";
import type { DbOrTx } from "../../db";

/** Decisions (with votes), hearings (with panels), appeals, sanctions and petitions to reopen. */
export async function loadOutcomes(db: DbOrTx, caseId: string) {
  const decisions = await db.decision.findMany({
    where: { complaintId: caseId },
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      stage: true,
      outcome: true,
      reasonCode: true,
      findings: true,
      reasons: true,
      provisions: true,
      actions: true,
      decidedAt: true,
      issuedAt: true,
      acceptedAt: true,
      adoptsProposal: true,
      letterDocumentId: true,
      votes: { select: { personId: true, choice: true, person: { select: { name: true } } } },
    },
  });
  const hearings = await db.hearing.findMany({
    where: { complaintId: caseId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      initiatedBy: true,
      status: true,
      scheduledFor: true,
      format: true,
      location: true,
      link: true,
      noticeSentAt: true,
      heldAt: true,
      inAbsentia: true,
      writtenStatementReceived: true,
      recordDocumentId: true,
      panel: { select: { personId: true, present: true, person: { select: { name: true } } } },
    },
  });
  const appeals = await db.appeal.findMany({
    where: { complaintId: caseId },
    orderBy: [{ filedAt: "desc" }, { id: "desc" }],
    select: { id: true, grounds: true, statement: true, filedAt: true, outcome: true, reasons: true, instructions: true, decidedAt: true, panel: { select: { personId: true, person: { select: { name: true } } } } },
  });
  const sanctions = await db.sanction.findMany({
    where: { complaintId: caseId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      type: true,
      status: true,
      termMonths: true,
      startsAt: true,
      endsAt: true,
      isPublic: true,
      publishedAt: true,
      completedAt: true,
      conditions: { orderBy: { id: "asc" }, select: { id: true, kind: true, description: true, hours: true, dueAt: true, metAt: true } },
    },
  });
  const petitions = await db.reopenPetition.findMany({
    where: { complaintId: caseId },
    orderBy: [{ filedAt: "desc" }, { id: "desc" }],
    select: { id: true, filedByKind: true, grounds: true, filedAt: true, ruling: true, ruledAt: true },
  });
  return { decisions, hearings, appeals, sanctions, petitions };
}
export type CaseOutcomes = Awaited<ReturnType<typeof loadOutcomes>>;
