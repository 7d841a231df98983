import "server-only";
import type { Db } from "../db-factory";
import { fileAcceptedComplaints } from "../intake/file-accepted";
import { logger } from "../logger";
import { deliverDueNotices, type DeliverOptions } from "../notifications/delivery/deliver-due";
import type { MailTransport } from "../notifications/delivery/transport";
import { runSchedulerTick } from "./tick";

export interface WorkerOptions {
  db: Db;
  /** null: email is off; the scheduler still runs and notices stay recorded. */
  transport: MailTransport | null;
  delivery: Omit<DeliverOptions, "db" | "transport" | "now" | "shouldStop">;
  /** The clock (tests inject one). */
  now?: () => Date;
  /** Between scheduler ticks (deadlines and reminders). */
  tickMs?: number;
  /** Between outbox polls when nothing wakes the worker sooner. */
  pollMs?: number;
  /** Delay before the first round, so a starting server answers its first requests first. */
  startDelayMs?: number;
}

export interface Worker {
  /** Runs a round now instead of at the next poll (e.g. after a transition committed notices, or the intake accepted a complaint). */
  wake(): void;
  /** Finishes the attempt in hand, then stops; resolves when the loop has ended. */
  stop(): Promise<void>;
  /** Resolves after the next full round (tick if due, then the outbox) has completed. */
  idle(): Promise<void>;
}

export const DEFAULT_TICK_MS = 60_000;
export const DEFAULT_POLL_MS = 5_000;
/** The longest a round files accepted complaints before it lets notices and clocks go. */
export const FILING_ROUND_MS = 10_000;

/**
 * The scheduler and the outbox worker in one loop: every round fires due deadlines and sends
 * reminders (at most every tickMs), then files the complaints the intake accepted (ADR 0030),
 * then delivers the due notices, then sleeps until the next poll or a wake(). Errors are logged
 * and the loop goes on: the next round retries.
 */
export function startWorker(options: WorkerOptions): Worker {
  const clock = options.now ?? (() => new Date());
  const tickMs = options.tickMs ?? DEFAULT_TICK_MS;
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  let stopping = false;
  let lastTick = Number.NEGATIVE_INFINITY;
  let wakeUp: (() => void) | null = null;
  let woken = false;
  let rounds = 0;
  let roundWaiters: { after: number; resolve: () => void }[] = [];

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopping) {
        woken = false;
        resolve();
        return;
      }
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        woken = false;
        resolve();
      }
      wakeUp = done;
    });

  async function round() {
    const started = Date.now();
    if (started - lastTick >= tickMs) {
      lastTick = started;
      try {
        await runSchedulerTick({ db: options.db, now: clock() });
      } catch (error) {
        logger.error({ err: error }, "scheduler tick failed");
      }
    }
    if (!stopping) {
      // At most FILING_ROUND_MS of filing a round, so a burst's backlog does not hold up notices
      // and clocks; a round cut short is followed at once by the next.
      const filingStarted = Date.now();
      const overBudget = () => Date.now() - filingStarted > FILING_ROUND_MS;
      try {
        await fileAcceptedComplaints(options.db, { now: clock, shouldStop: () => stopping || overBudget() });
      } catch (error) {
        logger.error({ err: error }, "filing accepted complaints failed");
      }
      if (overBudget()) woken = true;
    }
    if (options.transport && !stopping) {
      try {
        await deliverDueNotices({ ...options.delivery, db: options.db, transport: options.transport, now: clock, shouldStop: () => stopping });
      } catch (error) {
        logger.error({ err: error }, "outbox delivery round failed");
      }
    }
  }

  const loop = (async () => {
    await sleep(options.startDelayMs ?? 0);
    while (!stopping) {
      rounds += 1;
      await round();
      const finished = rounds;
      for (const waiter of roundWaiters.filter((w) => w.after <= finished)) waiter.resolve();
      roundWaiters = roundWaiters.filter((w) => w.after > finished);
      // A tick interval shorter than the poll is honoured too.
      if (!stopping) await sleep(Math.min(pollMs, tickMs));
    }
    options.transport?.close();
    for (const waiter of roundWaiters) waiter.resolve();
  })();

  const wake = () => {
    woken = true;
    wakeUp?.();
  };
  return {
    wake,
    async stop() {
      stopping = true;
      wake();
      await loop;
    },
    idle() {
      // A round already under way may have missed what the caller just wrote: wait for the next one.
      return new Promise<void>((resolve) => {
        if (stopping) return resolve();
        roundWaiters.push({ after: rounds + 1, resolve });
        wake();
      });
    },
  };
}
