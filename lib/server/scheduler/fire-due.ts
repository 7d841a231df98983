import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEADLINE_KINDS, TIMED_EVENTS, timedEventFor, type DeadlineKind, type EventType } from "@/lib/workflow";
import type { Db, TxClient } from "../db-factory";
import { isAppError } from "../errors";
import { logger } from "../logger";
import { runTransition } from "../cases/run-transition";
import { revalidateCase } from "../cases/revalidate";

/** Deadline kinds whose passing fires a transition; the rest only raise reminders (handled elsewhere). */
export const FIRING_KINDS: DeadlineKind[] = DEADLINE_KINDS.filter((kind) => TIMED_EVENTS[kind] !== null);

export interface FiredDeadline {
  deadlineId: string;
  caseId: string;
  event: EventType;
  to: string;
}

export interface SkippedDeadline {
  deadlineId: string;
  caseId: string;
  event: EventType | null;
  /** Why it did not fire this time (e.g. an extension request is pending); it is tried again next run. */
  reason: string;
}

export interface FireDueReport {
  fired: FiredDeadline[];
  skipped: SkippedDeadline[];
}

export interface FireDueOptions {
  db: Db;
  /** The clock; deadlines due strictly before it fire. */
  now?: Date;
  /** At most this many deadlines per run (the worker loops). */
  limit?: number;
}

type Claimed = { id: string; complaintId: string; kind: string; ref: string | null };

/** The next due deadline nobody else is working on, locked until this transaction ends. */
async function claimNext(tx: TxClient, now: Date, passedOver: readonly string[]): Promise<Claimed | null> {
  const exclude = passedOver.length > 0 ? Prisma.sql`AND id NOT IN (${Prisma.join(passedOver)})` : Prisma.empty;
  const rows = await tx.$queryRaw<Claimed[]>`
    SELECT id, "complaintId", kind, ref FROM "Deadline"
    WHERE status = 'OPEN' AND "dueAt" < ${now} AND kind IN (${Prisma.join(FIRING_KINDS)}) ${exclude}
    ORDER BY "dueAt" ASC, id ASC
    LIMIT 1
    FOR UPDATE SKIP LOCKED`;
  return rows[0] ?? null;
}

type Outcome = { fired: FiredDeadline } | { skipped: SkippedDeadline } | null;

/** Claims one deadline and fires its timed event as the system, in one transaction. */
async function fireOne(db: Db, now: Date, passedOver: readonly string[], claimed: { id?: string; caseId?: string }): Promise<Outcome> {
  return db.$transaction(
    async (tx) => {
      const deadline = await claimNext(tx, now, passedOver);
      if (!deadline) return null;
      claimed.id = deadline.id;
      claimed.caseId = deadline.complaintId;
      const event = timedEventFor({ kind: deadline.kind as DeadlineKind, ref: deadline.ref });
      const base = { deadlineId: deadline.id, caseId: deadline.complaintId };
      if (!event) return { skipped: { ...base, event: null, reason: "No timed event for this deadline" } };
      try {
        const result = await runTransition({ caseId: deadline.complaintId, actor: { kind: "system" }, event, now, tx });
        return { fired: { ...base, event: event.type, to: result.to } };
      } catch (error) {
        // The machine refused (e.g. an extension request is pending): nothing was written; try next run.
        if (isAppError(error) && error.userFacing) return { skipped: { ...base, event: event.type, reason: error.message } };
        throw error;
      }
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}

/**
 * Fires every deadline due before `now` whose kind has a timed event (TIMED_EVENTS), each through
 * runTransition as the system actor. Safe to run from several workers at once (SKIP LOCKED) and
 * to run again: a fired deadline is closed by its own transition, so it fires exactly once.
 */
export async function fireDueDeadlines(options: FireDueOptions): Promise<FireDueReport> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 500;
  const report: FireDueReport = { fired: [], skipped: [] };
  const passedOver: string[] = [];
  while (report.fired.length + report.skipped.length < limit) {
    let outcome: Outcome;
    const claimed: { id?: string; caseId?: string } = {};
    try {
      outcome = await fireOne(options.db, now, passedOver, claimed);
    } catch (error) {
      // A bug in one case must not stop the others: it is logged, rolled back and retried next run.
      logger.error({ err: error, deadlineId: claimed.id }, "firing a due deadline failed");
      if (!claimed.id || !claimed.caseId) throw error;
      passedOver.push(claimed.id);
      report.skipped.push({ deadlineId: claimed.id, caseId: claimed.caseId, event: null, reason: "Internal error; see the log" });
      continue;
    }
    if (!outcome) break;
    if ("fired" in outcome) {
      report.fired.push(outcome.fired);
      await revalidateCase(outcome.fired.caseId);
    } else {
      passedOver.push(outcome.skipped.deadlineId);
      report.skipped.push(outcome.skipped);
    }
  }
  return report;
}
