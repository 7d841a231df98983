/**
 * `npm run test:reliability`: the several-instances and crash tier (issue 10, parts 2 and 3) on
 * a throw-away PostgreSQL database, against the production build.
 *
 *   npm run test:reliability [-- --dist .next --no-build] [--server postgresql://postgres@127.0.0.1:5432/postgres]
 *
 * 1. Two `next start` instances on one database, each with its scheduler and outbox worker:
 *    50 conflicting transitions over HTTP (one applies, no 5xx); 200 due deadlines fired once
 *    each by the two schedulers; every notice delivered once to a loopback SMTP sink.
 * 2. Intake under load from 16 browsers, the server SIGKILLed mid-load and restarted: every
 *    filing that got a reference is complete, none is partial, every acknowledgement goes out.
 * Exits 1 on any failed check; processes and the database are cleaned up whatever happens.
 */
import "./env";
import { parseArgs } from "node:util";
import { startSmtpSink, type SmtpSink } from "@/tests/integration/notifications/support/smtp-sink";
import { buildExists, buildInto } from "./build";
import { conflictingTransitions } from "./conflict";
import { crashDuringIntake } from "./crash";
import { createThrowawayDatabase, type ThrowawayDatabase } from "./database";
import { startInstance, type Instance } from "./instances";
import { printChecks, type Check } from "./report";
import { bothSchedulers } from "./schedulers";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: ".next-reliability" },
    "no-build": { type: "boolean", default: false },
    server: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
    attempts: { type: "string", default: "50" },
    deadlines: { type: "string", default: "200" },
    clients: { type: "string", default: "16" },
    "kill-after": { type: "string", default: "12" },
  },
});

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const step = (what: string) => console.log(`\n== ${what} (${elapsed()})`);

const running = new Set<Instance>();
let database: ThrowawayDatabase | null = null;
let sink: SmtpSink | null = null;

async function cleanUp(): Promise<void> {
  for (const instance of running) instance.crash();
  running.clear();
  await sink?.close().catch(() => {});
  sink = null;
  await database?.drop().catch((error: unknown) => console.error("could not drop the database:", error));
  database = null;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void cleanUp().finally(() => process.exit(130));
  });
}

async function main(): Promise<Check[]> {
  const distDir = values.dist;
  if (!values["no-build"] || !buildExists(distDir)) {
    step(`next build into ${distDir}`);
    buildInto(distDir);
  }
  step("throw-away database: migrate, seed reference data and demo accounts");
  database = await createThrowawayDatabase(values.server);
  console.log(`  ${database.name}`);
  sink = await startSmtpSink();
  const db = database.conn.db;
  const settings = { databaseUrl: database.url, distDir, authSecret: process.env.AUTH_SECRET! };

  step("two instances on one database, each with its scheduler and an SMTP worker");
  const track = (instance: Instance) => running.add(instance);
  const pair = await Promise.all(["a", "b"].map((name) => startInstance({ ...settings, name, smtpUrl: sink!.url }).then((instance) => (track(instance), instance))));
  console.log(`  ${pair.map((i) => `${i.name} ${i.url}`).join(", ")}`);

  step(`${values.attempts} conflicting transitions over HTTP, split across both`);
  const conflict = await conflictingTransitions(db, pair, Number(values.attempts));
  console.log(`  ${JSON.stringify(conflict.figures)}`);

  step(`${values.deadlines} due deadlines under both schedulers`);
  const schedulers = await bothSchedulers(db, pair, sink, Number(values.deadlines));
  console.log(`  ${JSON.stringify(schedulers.figures)}`);

  for (const instance of pair) {
    await instance.stop();
    running.delete(instance);
  }

  step(`intake under load from ${values.clients} browsers, SIGKILL, restart`);
  const crash = await crashDuringIntake(db, settings, sink, { clients: Number(values.clients), killAfter: Number(values["kill-after"]) }, track);
  console.log(`  ${JSON.stringify(crash.figures)}`);

  printChecks("Several instances: conflicting transitions", conflict.checks);
  printChecks("Several instances: schedulers and outbox", schedulers.checks);
  printChecks("Crash during intake", crash.checks);
  return [...conflict.checks, ...schedulers.checks, ...crash.checks];
}

main()
  .then(
    (checks) => {
      const failed = checks.filter((check) => !check.ok);
      console.log(`\nreliability tier: ${checks.length - failed.length} of ${checks.length} checks passed in ${elapsed()}`);
      return failed.length === 0 ? 0 : 1;
    },
    (error: unknown) => {
      console.error("\nreliability tier failed to run:", error);
      return 1;
    },
  )
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  });
