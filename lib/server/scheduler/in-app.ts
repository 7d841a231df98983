import "server-only";
import { db } from "../db";
import { logger } from "../logger";
import { workerEnabled, workerOptionsFromEnv } from "./from-env";
import { startWorker, type Worker } from "./worker-loop";

const holder = globalThis as typeof globalThis & { __docketWorker?: Worker };

/**
 * Starts the scheduler + outbox loop inside the Next.js server (called from instrumentation.ts):
 * the zero-set-up default, and the only way on the embedded database, which one process owns.
 * Once per process (dev reloads re-run instrumentation); never under vitest, never when
 * DOCKET_WORKER=off.
 */
export function startInAppWorker(env: NodeJS.ProcessEnv = process.env): Worker | null {
  if (!workerEnabled(env) || env.VITEST) return null;
  if (holder.__docketWorker) return holder.__docketWorker;
  try {
    const options = workerOptionsFromEnv(db, env);
    holder.__docketWorker = startWorker({ ...options, startDelayMs: 3_000 });
    logger.info({ email: options.transport ? "smtp" : "off" }, "in-app scheduler and outbox worker started");
    return holder.__docketWorker;
  } catch (error) {
    // E.g. a malformed SMTP_URL: the app still serves (notices are recorded), and says why nothing is sent.
    logger.error({ err: error }, "the in-app scheduler and outbox worker could not start");
    return null;
  }
}

/** Asks this process's worker (if any) to file accepted complaints and send notices now rather than at its next poll. */
export function wakeWorker(): void {
  holder.__docketWorker?.wake();
}
