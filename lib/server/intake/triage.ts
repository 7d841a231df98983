import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
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
  // Case-insensitive through lower(), which the expression indexes of migration
  // 20261204161000_duplicate_check_keys repeat: Prisma's insensitive mode (ILIKE) can use no
  // index, and at 100,000 cases the check read every complainant (130 ms) on each filing.
  const sameRespondent = input.ccmNumber
    ? Prisma.sql`lower(c."respondentCcmNumber") = lower(${input.ccmNumber})`
    : Prisma.sql`c."respondentCcmNumber" IS NULL AND lower(c."respondentName") = lower(${input.respondentName.trim()})`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Complaint" c JOIN "Complainant" p ON p."complaintId" = c."id"
    WHERE lower(p."email") = lower(${input.email})
      AND c."receivedAt" >= ${since} AND c."receivedAt" <= ${now} AND c."purgedAt" IS NULL
      AND ${sameRespondent}
    ORDER BY c."receivedAt" DESC, c."id" DESC
    LIMIT 1`;
  return rows[0]?.id;
}
