import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/server/db-factory";
import { runSchedulerTick, type TickReport } from "@/lib/server/scheduler/tick";
import { getWorld, makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
const db = () => testDb.db;
// Two clients in one process, racing on the same rows. The acceptance figure (200 due deadlines,
// two scheduler processes) is the reliability tier's: two `next start` instances on PostgreSQL
// (scripts/reliability/schedulers.ts). Here a smaller batch proves the same property quickly.
const CASES = process.env.TEST_DATABASE_URL ? 60 : 20;
const caseIds: string[] = [];

beforeAll(async () => {
  testDb = await createTestDb();
  await getWorld(db());
  // PostgreSQL takes a few filings at once; PGlite is one session and queues them anyway.
  const parallel = testDb.url ? 4 : 1;
  for (let start = 0; start < CASES; start += parallel) {
    const batch = Array.from({ length: Math.min(parallel, CASES - start) }, () => makeCase(db(), { to: "AWAITING_COMPLAINANT_INFO" }));
    for (const made of await Promise.all(batch)) caseIds.push(made.id);
  }
}, 600_000);
afterAll(async () => {
  await testDb?.close();
});

describe("two scheduler processes on one database", () => {
  it(`fire ${CASES} due deadlines exactly once each`, async () => {
    const deadlines = await db().deadline.findMany({ where: { kind: "CURE", status: "OPEN" }, select: { id: true, dueAt: true } });
    expect(deadlines).toHaveLength(CASES);
    const now = new Date(Math.max(...deadlines.map((d) => d.dueAt.getTime())) + 1);

    // On PostgreSQL each scheduler has its own client (its own connections), as two processes would.
    const clients: Db[] = testDb.url ? [createPrismaClient({ url: testDb.url }), createPrismaClient({ url: testDb.url })] : [db(), db()];
    let reports: TickReport[];
    try {
      reports = await Promise.all(clients.map((client) => runSchedulerTick({ db: client, now })));
      // A second round by both finds nothing left to do.
      const again = await Promise.all(clients.map((client) => runSchedulerTick({ db: client, now: new Date(now.getTime() + 60_000) })));
      expect(again.flatMap((r) => r.fired)).toEqual([]);
    } finally {
      if (testDb.url) await Promise.all(clients.map((client) => client.$disconnect()));
    }

    const fired = reports.flatMap((r) => r.fired);
    expect(reports.flatMap((r) => r.skipped)).toEqual([]);
    expect(fired).toHaveLength(CASES);
    expect(new Set(fired.map((f) => f.deadlineId)).size).toBe(CASES);
    if (testDb.url) {
      // Both really worked: SKIP LOCKED shared the rows out between them.
      expect(reports[0]!.fired.length).toBeGreaterThan(0);
      expect(reports[1]!.fired.length).toBeGreaterThan(0);
    }
    console.info(`two schedulers fired ${reports.map((r) => r.fired.length).join(" + ")} = ${fired.length} deadlines`);

    expect(await db().deadline.count({ where: { kind: "CURE", status: "FIRED" } })).toBe(CASES);
    const audits = await db().auditEvent.groupBy({ by: ["complaintId"], where: { type: "CURE_PERIOD_EXPIRED" }, _count: true });
    expect(audits).toHaveLength(CASES);
    expect(audits.every((row) => row._count === 1)).toBe(true);
    expect(await db().complaint.count({ where: { id: { in: caseIds }, state: "CLOSED_ABANDONED" } })).toBe(CASES);
    // Each closure told its complainant once.
    expect(await db().notice.count({ where: { template: "complaint-abandoned", complaintId: { in: caseIds } } })).toBe(CASES);
  }, 600_000);
});
