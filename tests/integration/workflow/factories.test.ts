import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/server/audit/verify";
import { RESTING_STATES } from "@/lib/server/cases/case-paths";
import { makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

describe("makeCase reaches every resting state through runTransition", () => {
  it.each(RESTING_STATES)("%s", async (state) => {
    const made = await makeCase(testDb.db, { to: state });
    expect(made.state).toBe(state);
    const events = await testDb.db.auditEvent.count({ where: { complaintId: made.id, stream: `case:${made.id}` } });
    // One audit event per transition: the version starts at 1 and each transition adds one.
    expect(events).toBe(made.version);
  });

  it("refuses a transient state with a clear message", async () => {
    await expect(makeCase(testDb.db, { to: "DECIDED" })).rejects.toThrow(/left automatically/);
  });

  it("leaves a chain that verifies", async () => {
    const report = await verifyAuditChain(testDb.db);
    expect(report.firstBreak).toBeNull();
    expect(report.events).toBeGreaterThan(50);
  });
});
