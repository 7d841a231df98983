import "server-only";
import { resolveAuthSecret } from "../auth-secret";
import type { Db } from "../db-factory";
import { deliveryConfig } from "../notifications/config";
import { smtpTransport } from "../notifications/delivery/transport";
import { DEFAULT_TICK_MS, type WorkerOptions } from "./worker-loop";

/** Worker settings from the environment, shared by the in-app worker and `npm run worker`. */
export function workerOptionsFromEnv(db: Db, env: NodeJS.ProcessEnv = process.env): WorkerOptions {
  const config = deliveryConfig(env);
  return {
    db,
    transport: config.smtpUrl ? smtpTransport(config.smtpUrl) : null,
    tickMs: tickSeconds(env) * 1000,
    delivery: { linkSecret: resolveAuthSecret(), from: config.from, appUrl: config.appUrl, maxAttempts: config.maxAttempts },
  };
}

/** SCHEDULER_TICK_SECONDS: how often deadlines and reminders are checked (1 to 3600; default 60). */
export function tickSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.SCHEDULER_TICK_SECONDS);
  return Number.isInteger(value) && value >= 1 && value <= 3600 ? value : DEFAULT_TICK_MS / 1000;
}

/** DOCKET_WORKER=off keeps the loop out of this process (e.g. a dedicated worker runs it). */
export function workerEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.DOCKET_WORKER ?? "").trim().toLowerCase() !== "off";
}
