import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/server/audit/verify";
import { seedDatabase } from "@/prisma/seed/index";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

const TODAY = new Date(Date.UTC(2026, 5, 15));

describe("demo cases in the seed", () => {
  let t: TestDb;

  // The full demo seed (registry, 25 cases through the workflow with their PDF letters) is the
  // slowest set-up in the suite; on a loaded machine it needs more than the default hook timeout.
  beforeAll(async () => {
    t = await createTestDb();
    await seedDatabase(t.db, { today: TODAY });
  }, 600_000);
  afterAll(async () => {
    await t?.close();
  });

  it("spreads about 25 cases over the procedure, including the states the demo walks through", async () => {
    const rows = await t.db.complaint.findMany({ where: { idempotencyKey: { startsWith: "demo-case-" } }, select: { state: true } });
    expect(rows.length).toBeGreaterThanOrEqual(24);
    const states = new Set(rows.map((row) => row.state));
    for (const state of ["AWAITING_RESPONSE", "PROPOSED_DISPOSITION", "HEARING_SCHEDULED", "APPEAL_FILED", "SANCTION_ACTIVE"] as const) {
      expect(states, state).toContain(state);
    }
    expect(states.size).toBeGreaterThanOrEqual(15);
  });

  it("gives ccm@docket.test cases awaiting their response and a proposed outcome, visible to them", async () => {
    const ccm = await t.db.person.findUniqueOrThrow({ where: { email: "ccm@docket.test" }, include: { certificant: { include: { certifications: true } } } });
    const certificationId = ccm.certificant!.certifications[0]!.id;
    const theirs = await t.db.complaint.findMany({ where: { respondentCertificationId: certificationId, respondentNotifiedAt: { not: null } }, select: { state: true } });
    expect(theirs.map((row) => row.state)).toEqual(expect.arrayContaining(["AWAITING_RESPONSE", "PROPOSED_DISPOSITION"]));
  });

  it("built every case through the workflow: one audit event per version, a verified chain, nothing dated after today", async () => {
    const cases = await t.db.complaint.findMany({ select: { id: true, version: true } });
    for (const row of cases) expect(await t.db.auditEvent.count({ where: { stream: `case:${row.id}` } })).toBe(row.version);
    expect((await verifyAuditChain(t.db)).firstBreak).toBeNull();
    expect(await t.db.auditEvent.count({ where: { at: { gt: TODAY } } })).toBe(0);
    // Deadlines still open lie ahead, so the demo does not lurch forward the first time the scheduler runs.
    expect(await t.db.deadline.count({ where: { status: "OPEN", dueAt: { lt: TODAY } } })).toBe(0);
  });

  it("adds nothing when seeded again", async () => {
    const before = await t.db.complaint.count();
    const again = await seedDatabase(t.db, { today: TODAY });
    expect(again.demoCasesCreated).toBeUndefined();
    expect(await t.db.complaint.count()).toBe(before);
  });
});
