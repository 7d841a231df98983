import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "../../db";

const IMPARTIALITY_SELECT = {
  conflicts: {
    orderBy: [{ declaredAt: "asc" }, { id: "asc" }],
    select: { id: true, personId: true, kind: true, details: true, declaredAt: true, person: { select: { name: true } } },
  },
  recusals: {
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, personId: true, reason: true, source: true, at: true, person: { select: { name: true } }, decidedBy: { select: { name: true } } },
  },
  challenges: {
    orderBy: [{ filedAt: "asc" }, { id: "asc" }],
    select: { id: true, memberId: true, filedById: true, grounds: true, filedAt: true, ruling: true, ruledById: true, ruledAt: true },
  },
} satisfies Prisma.ComplaintSelect;

/** The case's conflict register: declarations, recusals and challenges for cause, in one statement (see loadOutcomes). */
export async function loadImpartiality(db: DbOrTx, caseId: string) {
  const found = await db.complaint.findUnique({ where: { id: caseId }, select: IMPARTIALITY_SELECT });
  return { declarations: found?.conflicts ?? [], recusals: found?.recusals ?? [], challenges: found?.challenges ?? [] };
}
export type CaseImpartiality = Awaited<ReturnType<typeof loadImpartiality>>;
