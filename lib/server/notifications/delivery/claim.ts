import "server-only";
import type { Db } from "../../db-factory";
import { linkTokenDigest, linkTokenFor } from "../link-token";

export interface ClaimedNotice {
  id: string;
  complaintId: string | null;
  recipientKind: string;
  toAddress: string;
  subject: string;
  bodyText: string;
  bodyHtml: string;
  messageId: string;
  letterKind: string | null;
  letterDocumentId: string | null;
  /** This attempt's number: the fencing token for marking the outcome. */
  attempts: number;
}

export interface ClaimOptions {
  now: Date;
  /** How long the claim holds; after it, another worker may take the notice over. */
  leaseMs: number;
  linkSecret: string;
}

/**
 * Claims the next notice due for an attempt: PENDING or FAILED with nextAttemptAt ≤ now, or
 * SENDING whose lease has run out (its worker died mid-attempt). FOR UPDATE SKIP LOCKED keeps
 * concurrent workers off each other's rows; the claim commits at once (status SENDING,
 * nextAttemptAt = end of the lease, attempts + 1), so no transaction stays open while talking SMTP.
 */
export async function claimNextNotice(db: Db, options: ClaimOptions): Promise<ClaimedNotice | null> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Notice"
        WHERE status IN ('PENDING', 'FAILED', 'SENDING') AND "nextAttemptAt" <= ${options.now} AND "toAddress" IS NOT NULL
        ORDER BY "nextAttemptAt" ASC, id ASC
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      const id = rows[0]?.id;
      if (!id) return null;
      const claimed = await tx.notice.update({
        where: { id },
        data: {
          status: "SENDING",
          attempts: { increment: 1 },
          nextAttemptAt: new Date(options.now.getTime() + options.leaseMs),
          linkTokenHash: linkTokenDigest(linkTokenFor(id, options.linkSecret)),
        },
        select: {
          id: true,
          complaintId: true,
          recipientKind: true,
          toAddress: true,
          subject: true,
          bodyText: true,
          bodyHtml: true,
          messageId: true,
          letterKind: true,
          letterDocumentId: true,
          attempts: true,
        },
      });
      return { ...claimed, toAddress: claimed.toAddress ?? "" };
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}
