import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/server/audit/verify";
import { makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
const scratch: string[] = [];

beforeAll(async () => {
  testDb = await createTestDb();
  await makeCase(testDb.db, { to: "APPEAL_FILED" });
  await makeCase(testDb.db, { to: "CLOSED_DISMISSED" });
});
afterAll(async () => {
  await testDb?.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs `npm run audit:verify`'s script in a child process against this test's database: the
 * PostgreSQL test database when there is one, else a copy of the in-memory PGlite on disk.
 */
async function runAuditVerify(): Promise<{ status: number | null; stdout: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: "", PGLITE_DATA_DIR: "" };
  if (testDb.url) {
    env.DATABASE_URL = testDb.url;
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), "docket-audit-"));
    scratch.push(dir);
    const copy = new PGlite(path.join(dir, "db"), { loadDataDir: await testDb.pglite!.dumpDataDir("none") });
    await copy.close();
    env.PGLITE_DATA_DIR = path.join(dir, "db");
  }
  const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/audit-verify.ts"], {
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: child.status, stdout: child.stdout };
}

describe("tampering with the audit log", () => {
  it("verifies an untouched log, in process and with npm run audit:verify", async () => {
    const report = await verifyAuditChain(testDb.db);
    expect(report.firstBreak).toBeNull();
    const run = await runAuditVerify();
    expect(run.stdout).toContain("every chain is intact");
    expect(run.status).toBe(0);
  });

  it("detects a row altered behind the application's back", async () => {
    const db = testDb.db;
    const victim = await db.auditEvent.findFirstOrThrow({ where: { stream: { startsWith: "case:" }, seq: 3 }, orderBy: { id: "asc" } });
    // Superuser only: the append-only trigger refuses UPDATE, so an attacker has to switch it off.
    await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`);
    try {
      await db.$executeRawUnsafe(`UPDATE "AuditEvent" SET "actorId" = 'someone-else' WHERE id = ${victim.id}`);
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER ALL`);
    }

    const report = await verifyAuditChain(db);
    expect(report.firstBreak).toMatchObject({ stream: victim.stream, seq: 3, id: victim.id.toString(), problem: "hash-mismatch" });

    const run = await runAuditVerify();
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`BROKEN at stream ${victim.stream}, seq 3`);
  });
});
