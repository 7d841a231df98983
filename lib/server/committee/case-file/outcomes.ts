import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "../../db";

const OUTCOMES_SELECT = {
  decisions: {
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
  },
  hearings: {
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
  },
  appeals: {
    orderBy: [{ filedAt: "desc" }, { id: "desc" }],
    select: { id: true, grounds: true, statement: true, filedAt: true, outcome: true, reasons: true, instructions: true, decidedAt: true, panel: { select: { personId: true, person: { select: { name: true } } } } },
  },
  sanctions: {
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
  },
  reopenRequests: {
    orderBy: [{ filedAt: "desc" }, { id: "desc" }],
    select: { id: true, filedByKind: true, grounds: true, filedAt: true, ruling: true, ruledAt: true },
  },
} satisfies Prisma.ComplaintSelect;

/**
 * Decisions (with votes), hearings (with panels), appeals, sanctions and petitions to reopen, read
 * in one statement (the nested selects become lateral joins): each statement the case file sends
 * costs the server a fixed slice of CPU, whatever its rows (ADR 0025, scenario D).
 */
export async function loadOutcomes(db: DbOrTx, caseId: string) {
  const found = await db.complaint.findUnique({ where: { id: caseId }, select: OUTCOMES_SELECT });
  return {
    decisions: found?.decisions ?? [],
    hearings: found?.hearings ?? [],
    appeals: found?.appeals ?? [],
    sanctions: found?.sanctions ?? [],
    petitions: found?.reopenRequests ?? [],
  };
}
export type CaseOutcomes = Awaited<ReturnType<typeof loadOutcomes>>;
