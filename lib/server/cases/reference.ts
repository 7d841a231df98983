import "server-only";
import type { TxClient } from "../db-factory";

/**
 * Allocates the next EPC-YYYY-NNNN inside the caller's transaction. The upsert-increment locks
 * the year's counter row until commit, so concurrent filings queue instead of colliding, and a
 * rolled-back filing gives its number back (no gaps).
 */
export async function allocateReference(tx: TxClient, now: Date): Promise<string> {
  const year = now.getUTCFullYear();
  const counter = await tx.referenceCounter.upsert({
    where: { year },
    create: { year, last: 1 },
    update: { last: { increment: 1 } },
    select: { last: true },
  });
  return `EPC-${year}-${String(counter.last).padStart(4, "0")}`;
}
