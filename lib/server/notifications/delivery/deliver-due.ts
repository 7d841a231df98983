import "server-only";
import type { Db } from "../../db-factory";
import { logger } from "../../logger";
import { DEFAULT_MAX_ATTEMPTS } from "../config";
import { claimNextNotice, type ClaimedNotice } from "./claim";
import { composeNotice } from "./compose";
import { backoffDelay, classifySendError, DEFAULT_BACKOFF, type BackoffOptions } from "./failure";
import { findNoticeLetter, type LetterAttachment } from "./letter";
import { MAX_ATTEMPT_MS, type MailTransport } from "./transport";

export interface DeliverOptions {
  db: Db;
  transport: MailTransport;
  /** Derives each notice's tracking-link token (AUTH_SECRET in the app). */
  linkSecret: string;
  from: string;
  appUrl: string;
  /** The clock (tests inject one). */
  now?: () => Date;
  maxAttempts?: number;
  /** Longer than any one attempt can take (MAX_ATTEMPT_MS), so a live worker never loses its claim. */
  leaseMs?: number;
  backoff?: BackoffOptions;
  /** At most this many attempts in this run. */
  limit?: number;
  /** Checked between notices: a stopping worker finishes the attempt in hand, then returns. */
  shouldStop?: () => boolean;
}

export interface DeliveryReport {
  sent: string[];
  retrying: string[];
  dead: string[];
}

export const DEFAULT_LEASE_MS = MAX_ATTEMPT_MS + 2 * 60_000;
/** Noted on a sent notice whose linked letter could not be attached (purged, or not for this recipient). */
export const SENT_WITHOUT_LETTER = "Sent without its letter PDF: the linked letter was not available for this recipient.";

/**
 * Sends every notice due now, one claim at a time, until none is left (or `limit`, or a stop).
 * The SENT mark is committed right after the server accepts; a retry after an ambiguous failure
 * carries the same Message-ID. Safe to run from several processes at once.
 */
export async function deliverDueNotices(options: DeliverOptions): Promise<DeliveryReport> {
  const clock = options.now ?? (() => new Date());
  const report: DeliveryReport = { sent: [], retrying: [], dead: [] };
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  let attempts = 0;
  while (attempts < limit && !options.shouldStop?.()) {
    const claimed = await claimNextNotice(options.db, {
      now: clock(),
      leaseMs: options.leaseMs ?? DEFAULT_LEASE_MS,
      linkSecret: options.linkSecret,
    });
    if (!claimed) break;
    report[await attempt(claimed, options, clock)].push(claimed.id);
    attempts += 1;
  }
  return report;
}

type Outcome = keyof DeliveryReport;

async function attempt(notice: ClaimedNotice, options: DeliverOptions, clock: () => Date): Promise<Outcome> {
  const fence = { id: notice.id, status: "SENDING" as const, attempts: notice.attempts };
  let letter: LetterAttachment | null = null;
  try {
    letter = await findNoticeLetter(options.db, notice);
    const message = composeNotice(notice, { from: options.from, appUrl: options.appUrl, linkSecret: options.linkSecret, letter });
    await options.transport.send(message);
  } catch (error) {
    return recordFailure(notice, options, clock, error);
  }
  await markSent(options.db, fence, { status: "SENT", sentAt: clock(), lastError: notice.letterDocumentId && !letter ? SENT_WITHOUT_LETTER : null });
  return "sent";
}

type Fence = { id: string; status: "SENDING"; attempts: number };

/** The one write that must not be lost after the server accepted: tried a few times before giving up. */
async function markSent(db: Db, fence: Fence, data: { status: "SENT"; sentAt: Date; lastError: string | null }) {
  for (let tries = 1; ; tries += 1) {
    try {
      const { count } = await db.notice.updateMany({ where: fence, data });
      // 0: the lease ran out and another worker took the notice over; it will send the same Message-ID.
      if (count === 0) logger.warn({ noticeId: fence.id }, "a sent notice had lost its claim");
      return;
    } catch (error) {
      if (tries >= 3) {
        logger.error({ err: error, noticeId: fence.id }, "could not record a sent notice; it will be sent again after its lease");
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * tries));
    }
  }
}

async function recordFailure(notice: ClaimedNotice, options: DeliverOptions, clock: () => Date, error: unknown): Promise<Outcome> {
  const failure = classifySendError(error);
  const now = clock();
  const exhausted = notice.attempts >= (options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  const dead = failure.kind === "bounce" || exhausted;
  // For a DEAD notice nextAttemptAt keeps the moment it failed for good (receipts show it).
  const nextAttemptAt = dead ? now : new Date(now.getTime() + backoffDelay(notice.attempts, options.backoff ?? DEFAULT_BACKOFF));
  await options.db.notice.updateMany({
    where: { id: notice.id, status: "SENDING", attempts: notice.attempts },
    data: { status: dead ? "DEAD" : "FAILED", lastError: failure.message, nextAttemptAt },
  });
  logger.warn({ noticeId: notice.id, attempt: notice.attempts, dead, error: failure.message }, "notice delivery failed");
  return dead ? "dead" : "retrying";
}
