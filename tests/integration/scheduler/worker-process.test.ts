import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { startSmtpSink, type SmtpSink } from "../notifications/support/smtp-sink";

/**
 * `npm run worker` as its own process (scripts/worker.ts, started exactly as package.json starts
 * it): on PostgreSQL it fires a passed deadline through the workflow, delivers the notices over
 * SMTP and stops cleanly on SIGTERM; on the embedded database it refuses, which one process owns.
 */
let testDb: TestDb;
let sink: SmtpSink | null = null;
const db = () => testDb.db;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await sink?.close();
  await testDb?.close();
});

interface Running {
  output: () => string;
  exited: Promise<number | null>;
  stop: () => void;
}

/** `npm run worker` (the script's own command line, without npm in between so the signal reaches it). */
function runWorker(env: Record<string, string | undefined>): Running {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "test", LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { output: () => output, exited, stop: () => child.kill("SIGTERM") };
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("npm run worker", () => {
  it("on the embedded database: refuses and says why, writing nothing", async () => {
    const worker = runWorker({ DATABASE_URL: undefined, PGLITE_DATA_DIR: "/nonexistent/docket-worker-test" });
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toContain("npm run worker needs DATABASE_URL (PostgreSQL)");
    expect(existsSync("/nonexistent/docket-worker-test")).toBe(false);
  }, 60_000);
  // The embedded test database lives in this process, so the worker can join only a PostgreSQL
  // one (TEST_DATABASE_URL, as CI runs this tier); the refusal above holds everywhere.
  it(
    "on PostgreSQL: fires a passed deadline, delivers every notice once, and stops on SIGTERM",
    async () => {
      if (!testDb.url) {
        expect(process.env.TEST_DATABASE_URL).toBeUndefined();
        return;
      }
      // Made on the factory's clock (March 2026): its response deadline passed long before the wall clock the worker runs on.
      const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
      sink = await startSmtpSink();
      const worker = runWorker({
        DATABASE_URL: testDb.url,
        SMTP_URL: sink.url,
        AUTH_SECRET: "worker-process-test-secret-0123456789abcdef",
        APP_URL: "http://docket.test",
        SCHEDULER_TICK_SECONDS: "1",
      });
      try {
        await waitFor("the response window to close", async () => (await db().complaint.findUniqueOrThrow({ where: { id: made.id } })).state === "COMMITTEE_REVIEW");
        await waitFor("every addressed notice to be sent", async () => (await db().notice.count({ where: { toAddress: { not: null }, status: { not: "SENT" } } })) === 0);
      } finally {
        worker.stop();
      }
      expect(await worker.exited).toBe(0);
      expect(worker.output()).toContain("email by SMTP");
      expect(worker.output()).toContain("worker: stopping after the attempt in hand");

      expect(await db().auditEvent.count({ where: { complaintId: made.id, type: "RESPONSE_WINDOW_EXPIRED", actorKind: "SYSTEM" } })).toBe(1);
      const sent = await db().notice.findMany({ where: { toAddress: { not: null } }, select: { messageId: true, template: true } });
      expect(sent.map((n) => n.template)).toContain("response-window-closed");
      expect(sink.accepted.map((m) => m.messageId).sort()).toEqual(sent.map((n) => n.messageId).sort());
    },
    150_000,
  );

});
