import "server-only";
import type { DbOrTx } from "../db";

/** Days within which a second complaint by the same person about the same CCM is flagged. */
export const DUPLICATE_WINDOW_DAYS = 30;

/**
 * A possible duplicate (staff triage, never a refusal): an earlier complaint filed in the last 30
 * days by the same complainant email about the same CCM (same certification number; by the same
 * name when neither complaint has a number).
 */
export async function findPossibleDuplicate(
  db: DbOrTx,
  input: { email: string; ccmNumber?: string; respondentName: string },
  now = new Date(),
): Promise<string | undefined> {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000);
  const sameRespondent = input.ccmNumber
    ? { respondentCcmNumber: { equals: input.ccmNumber, mode: "insensitive" as const } }
    : { respondentCcmNumber: null, respondentName: { equals: input.respondentName.trim(), mode: "insensitive" as const } };
  const earlier = await db.complaint.findFirst({
    where: {
      receivedAt: { gte: since, lte: now },
      purgedAt: null,
      complainant: { email: { equals: input.email, mode: "insensitive" } },
      ...sameRespondent,
    },
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  return earlier?.id;
}
