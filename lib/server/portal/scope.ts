import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db as defaultDb, type DbOrTx } from "../db";
import { AppError } from "../errors";
import { findCaseForActor, type CaseHandle } from "../cases/visibility";
import type { PersonActor } from "./viewer";

export const NOT_FOUND_MESSAGE = "There is no case with that reference that you can see.";

/**
 * The cases the portal lists for `actor`: those against a certification they hold, or on which
 * they are an active representative, and only once the CCM has been sent the Notice of Complaint.
 * A committee or staff role the person may also hold widens nothing here.
 */
export function partyCasesWhere(actor: PersonActor): Prisma.ComplaintWhereInput {
  return {
    respondentNotifiedAt: { not: null },
    OR: [
      ...(actor.certificationIds.length > 0 ? [{ respondentCertificationId: { in: actor.certificationIds } }] : []),
      { representatives: { some: { personId: actor.personId, revokedAt: null } } },
    ],
  };
}

/**
 * The case if `actor` sees it as the respondent (the CCM or their representative, once notified);
 * anything else, including a case they see in another capacity, is NOT_FOUND (a 404 page).
 */
export async function requireRespondentCase(caseId: string, actor: PersonActor, db: DbOrTx = defaultDb): Promise<CaseHandle> {
  const handle = caseId.length <= 100 ? await findCaseForActor(caseId, actor, { db }) : null;
  if (!handle || handle.access.kind !== "RESPONDENT") throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
  return handle;
}

/** True when `actor` is the CCM complained about (not only a representative acting for them). */
export function isTheCcm(actor: PersonActor, respondentCertificationId: string | null): boolean {
  return respondentCertificationId !== null && actor.certificationIds.includes(respondentCertificationId);
}
