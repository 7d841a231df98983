import "server-only";
import { resolveAuthSecret } from "../auth-secret";
import type { Db } from "../db-factory";
import { deliveryConfig } from "../notifications/config";
import { smtpTransport } from "../notifications/delivery/transport";
import type { WorkerOptions } from "./worker-loop";

/** Worker settings from the environment, shared by the in-app worker and `npm run worker`. */
export function workerOptionsFromEnv(db: Db, env: NodeJS.ProcessEnv = process.env): WorkerOptions {
  const config = deliveryConfig(env);
  return {
    db,
    transport: config.smtpUrl ? smtpTransport(config.smtpUrl) : null,
    delivery: { linkSecret: resolveAuthSecret(), from: config.from, appUrl: config.appUrl, maxAttempts: config.maxAttempts },
  };
}

/** DOCKET_WORKER=off keeps the loop out of this process (e.g. a dedicated worker runs it). */
export function workerEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env.DOCKET_WORKER ?? "").trim().toLowerCase() !== "off";
}
