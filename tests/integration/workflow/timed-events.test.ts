import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTransition } from "@/lib/server/cases/run-transition";
import { fireDueDeadlines } from "@/lib/server/scheduler/fire-due";
import type { CaseState, DeadlineKind, EventType } from "@/lib/workflow";
import { castWithNewRespondent, getWorld, makeCase, type World } from "@/tests/factories";
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

const db = () => testDb.db;
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

async function openDeadline(caseId: string, kind: DeadlineKind) {
  return db().deadline.findFirstOrThrow({ where: { complaintId: caseId, kind, status: "OPEN" } });
}

/** Fires due deadlines at `now` and keeps only what happened to this case (other tests' cases share the database). */
async function fire(caseId: string, now: Date) {
  const report = await fireDueDeadlines({ db: db(), now });
  return { fired: report.fired.filter((f) => f.caseId === caseId), skipped: report.skipped.filter((s) => s.caseId === caseId) };
}

const TIMED: { from: CaseState; kind: DeadlineKind; event: EventType; to: CaseState }[] = [
  { from: "AWAITING_COMPLAINANT_INFO", kind: "CURE", event: "CURE_PERIOD_EXPIRED", to: "CLOSED_ABANDONED" },
  { from: "DEFERRED_LEGAL", kind: "DEFERRAL_REVIEW", event: "DEFERRAL_REVIEW_DUE", to: "DEFERRED_LEGAL" },
  { from: "AWAITING_RESPONSE", kind: "RESPONSE", event: "RESPONSE_WINDOW_EXPIRED", to: "COMMITTEE_REVIEW" },
  { from: "AWAITING_INFO", kind: "INFO", event: "INFO_WINDOW_EXPIRED", to: "COMMITTEE_REVIEW" },
  // Silence is acceptance but not written acceptance: the decision still opens the appeal window.
  { from: "PROPOSED_DISPOSITION", kind: "ELECTION", event: "ELECTION_WINDOW_EXPIRED", to: "APPEAL_WINDOW" },
  { from: "APPEAL_WINDOW", kind: "APPEAL", event: "FINALIZE", to: "SANCTION_ACTIVE" },
  // The term ends but the CE condition is unmet: the suspension stays in effect.
  { from: "SANCTION_ACTIVE", kind: "SANCTION_TERM", event: "SANCTION_TERM_ENDED", to: "SANCTION_ACTIVE" },
];

describe("timed events fire through the scheduler, on time and once", () => {
  it.each(TIMED)("$kind: $event takes $from to $to", async ({ from, kind, event, to }) => {
    const { cast } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: from, cast });
    const deadline = await openDeadline(made.id, kind);

    // A deadline runs to the end of its due instant: nothing fires at or before it.
    expect((await fire(made.id, ms(deadline.dueAt, -60_000))).fired).toEqual([]);
    expect((await fire(made.id, deadline.dueAt)).fired).toEqual([]);
    expect((await db().complaint.findUniqueOrThrow({ where: { id: made.id } })).state).toBe(from);

    const first = await fire(made.id, ms(deadline.dueAt, 1));
    expect(first.fired).toMatchObject([{ deadlineId: deadline.id, event, to }]);
    const again = await fire(made.id, ms(deadline.dueAt, 2));
    expect(again.fired).toEqual([]);

    expect(await db().deadline.findUniqueOrThrow({ where: { id: deadline.id } })).toMatchObject({ status: "FIRED", firedAt: ms(deadline.dueAt, 1) });
    const audited = await db().auditEvent.findMany({ where: { complaintId: made.id, type: event, actorKind: "SYSTEM" } });
    expect(audited).toHaveLength(1);
    expect((await db().complaint.findUniqueOrThrow({ where: { id: made.id } })).state).toBe(to);
  });

  it("fires once when two schedulers run at the same moment", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    const deadline = await openDeadline(made.id, "RESPONSE");
    const now = ms(deadline.dueAt, 1);
    const [a, b] = await Promise.all([fireDueDeadlines({ db: db(), now }), fireDueDeadlines({ db: db(), now })]);
    const fired = [...a.fired, ...b.fired].filter((f) => f.caseId === made.id);
    expect(fired).toHaveLength(1);
    expect(await db().auditEvent.count({ where: { complaintId: made.id, type: "RESPONSE_WINDOW_EXPIRED" } })).toBe(1);
  });

  it("holds a response deadline while an extension request waits for the Chair, then fires after the refusal", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    const deadline = await openDeadline(made.id, "RESPONSE");
    await runTransition({ caseId: made.id, actor: world.respondent, event: { type: "REQUEST_EXTENSION", days: 14, reason: "In hospital" }, now: made.clock.advanceDays(2), db: db() });

    const held = await fire(made.id, ms(deadline.dueAt, 1));
    expect(held.fired).toEqual([]);
    expect(held.skipped).toMatchObject([{ deadlineId: deadline.id, event: "RESPONSE_WINDOW_EXPIRED" }]);
    expect(held.skipped[0]!.reason).toMatch(/extension request/i);

    await runTransition({ caseId: made.id, actor: world.chair.actor, event: { type: "DENY_EXTENSION", reasons: "No cause shown" }, now: ms(deadline.dueAt, 2), db: db() });
    expect((await fire(made.id, ms(deadline.dueAt, 3))).fired).toMatchObject([{ event: "RESPONSE_WINDOW_EXPIRED", to: "COMMITTEE_REVIEW" }]);
  });

  it("never fires a paused clock", async () => {
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE" });
    const deadline = await openDeadline(made.id, "RESPONSE");
    await runTransition({ caseId: made.id, actor: made.complainant, event: { type: "REQUEST_WITHDRAWAL" }, now: made.clock.advanceDays(1), db: db() });
    expect((await fire(made.id, ms(deadline.dueAt, 86_400_000))).fired).toEqual([]);
    expect((await db().deadline.findUniqueOrThrow({ where: { id: deadline.id } })).status).toBe("PAUSED");
  });
});
