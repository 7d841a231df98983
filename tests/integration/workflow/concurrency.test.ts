import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/server/errors";
import { runTransition } from "@/lib/server/cases/run-transition";
import { getWorld, makeCase, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
let world: World;

beforeAll(async () => {
  testDb = await createTestDb();
  world = await getWorld(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

describe("concurrent conflicting transitions", () => {
  // On PGlite (one session) they queue; on PostgreSQL (TEST_DATABASE_URL) they really race.
  it("applies exactly one of 20 and refuses the other 19 with CONFLICT", async () => {
    const db = testDb.db;
    const made = await makeCase(db, { to: "INTAKE" });
    const now = made.clock.advanceDays(1);
    const accept = { type: "ACCEPT_FOR_REVIEW", certificationId: world.respondentCertificationId, chairConflictChecked: true } as const;
    const askComplainant = { type: "REQUEST_COMPLAINANT_INFO", missingItems: ["Signed consent"] } as const;
    const attempts = Array.from({ length: 20 }, (_, index) =>
      runTransition({ caseId: made.id, actor: world.staff.actor, event: index % 2 === 0 ? accept : askComplainant, expectedVersion: made.version, now, db }),
    );
    const outcomes = await Promise.allSettled(attempts);

    const applied = outcomes.filter((o) => o.status === "fulfilled");
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(applied).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const refusal of refused) {
      expect(isAppError(refusal.reason) && refusal.reason.code).toBe("CONFLICT");
    }

    const row = await db.complaint.findUniqueOrThrow({ where: { id: made.id } });
    expect(row.version).toBe(made.version + 1);
    expect(["PRELIMINARY_REVIEW", "AWAITING_COMPLAINANT_INFO"]).toContain(row.state);
    // Nothing of the losers was written: one audit event and one set of deadlines for the winner.
    expect(await db.auditEvent.count({ where: { stream: `case:${made.id}` } })).toBe(made.version + 1);
    expect(await db.deadline.count({ where: { complaintId: made.id, status: "OPEN" } })).toBe(1);
  });
});
