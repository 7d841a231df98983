// npm run worker: the scheduler (timed events, reminders) and the outbox worker as their own
// process, for production on PostgreSQL with several app instances (start the apps with
// DOCKET_WORKER=off, or not: any number of workers may run, they claim rows with SKIP LOCKED).
// SIGTERM/SIGINT: the attempt in hand finishes and is recorded, then the process exits.
import { connectDatabase, describeTarget, resolveDbTarget } from "@/lib/server/db-factory";
import { logger } from "@/lib/server/logger";
import { workerOptionsFromEnv } from "@/lib/server/scheduler/from-env";
import { startWorker } from "@/lib/server/scheduler/worker-loop";

async function main(): Promise<number> {
  const target = resolveDbTarget();
  if (target.kind !== "postgres") {
    console.log("npm run worker needs DATABASE_URL (PostgreSQL). The embedded database belongs to one process: the app runs the worker itself.");
    return 1;
  }
  const conn = connectDatabase(target);
  const options = workerOptionsFromEnv(conn.db);
  const worker = startWorker(options);
  console.log(`worker: ${describeTarget(target)}, email ${options.transport ? "by SMTP" : "off (SMTP_URL unset: notices are recorded, not sent)"}`);
  await new Promise<void>((resolve) => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => resolve());
  });
  console.log("worker: stopping after the attempt in hand");
  await worker.stop();
  await conn.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    logger.fatal({ err: error }, "worker failed");
    console.error("worker failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
