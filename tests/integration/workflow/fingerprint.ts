import type { Db } from "@/lib/server/db-factory";

/**
 * Everything a transition could write, counted: a refused call must leave it identical.
 * Includes the case's own state and version.
 */
export async function fingerprint(db: Db, caseId: string) {
  const complaint = await db.complaint.findUniqueOrThrow({ where: { id: caseId } });
  const counts = {
    auditEvents: await db.auditEvent.count(),
    notices: await db.notice.count(),
    deadlines: await db.deadline.count(),
    openDeadlines: await db.deadline.count({ where: { status: { in: ["OPEN", "PAUSED"] } } }),
    decisions: await db.decision.count(),
    votes: await db.vote.count(),
    sanctions: await db.sanction.count(),
    hearings: await db.hearing.count(),
    appeals: await db.appeal.count(),
    documents: await db.document.count(),
    infoRequests: await db.infoRequest.count(),
    extensionRequests: await db.extensionRequest.count(),
    reopenPetitions: await db.reopenPetition.count(),
    notes: await db.internalNote.count(),
    statusChanges: await db.certificationStatusChange.count(),
  };
  return { complaint, counts };
}
