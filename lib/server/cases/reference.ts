import "server-only";
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

/** The reference for the year's n-th number: EPC-YYYY-NNNN (more digits past 9,999). */
export function formatReference(year: number, n: number): string {
  return `EPC-${year}-${String(n).padStart(4, "0")}`;
}
