import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbOrTx } from "../db";

/**
 * Allocates the next EPC-YYYY-NNNN in one statement of its own, before the filing's transaction
 * (ADR 0025). The upsert-increment locks the year's counter row only for that statement, so
 * concurrent filings take numbers one after another without waiting for each other's whole
 * filing (documents, letter PDF, notices): inside the filing's transaction the lock serialised
 * every filing, and a burst of 16 ran at one at a time. Numbers are unique and increasing; one
 * is lost (a gap) only when a filing fails after taking it: a database failure, a crash, or the
 * loser of two submits of one draft racing. Everything a filing can be refused for is checked
 * before the number is taken.
 */
export async function allocateReference(db: DbOrTx, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  const counter = await db.referenceCounter.upsert({
    where: { year },
    create: { year, last: 1 },
    update: { last: { increment: 1 } },
    select: { last: true },
  });
  return formatReference(year, counter.last);
}

/**
 * allocateReference, but only when `condition` (an SQL boolean, checked in the same statement)
 * holds; null, and no number used, when it does not. The intake takes the number only if the
 * draft can still be accepted (ADR 0030).
 */
export async function allocateReferenceIf(db: DbOrTx, now: Date, condition: Prisma.Sql): Promise<string | null> {
  const year = now.getUTCFullYear();
  const rows = await db.$queryRaw<{ last: number }[]>`
    INSERT INTO "ReferenceCounter" (year, last) SELECT ${year}, 1 WHERE ${condition}
    ON CONFLICT (year) DO UPDATE SET last = "ReferenceCounter".last + 1
    RETURNING last`;
  return rows[0] ? formatReference(year, rows[0].last) : null;
}

/** The reference for the year's n-th number: EPC-YYYY-NNNN (more digits past 9,999). */
export function formatReference(year: number, n: number): string {
  return `EPC-${year}-${String(n).padStart(4, "0")}`;
}
