import "server-only";
import type { DbOrTx } from "../../db";

/** The case's conflict register: declarations, recusals and challenges for cause. */
export async function loadImpartiality(db: DbOrTx, caseId: string) {
  const declarations = await db.conflictDeclaration.findMany({
    where: { complaintId: caseId },
    orderBy: [{ declaredAt: "asc" }, { id: "asc" }],
    select: { id: true, personId: true, kind: true, details: true, declaredAt: true, person: { select: { name: true } } },
  });
  const recusals = await db.recusal.findMany({
    where: { complaintId: caseId },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { id: true, personId: true, reason: true, source: true, at: true, person: { select: { name: true } }, decidedBy: { select: { name: true } } },
  });
  const challenges = await db.memberChallenge.findMany({
    where: { complaintId: caseId },
    orderBy: [{ filedAt: "asc" }, { id: "asc" }],
    select: { id: true, memberId: true, filedById: true, grounds: true, filedAt: true, ruling: true, ruledById: true, ruledAt: true },
  });
  return { declarations, recusals, challenges };
}
export type CaseImpartiality = Awaited<ReturnType<typeof loadImpartiality>>;
