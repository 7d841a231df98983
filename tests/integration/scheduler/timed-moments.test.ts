import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSchedulerTick } from "@/lib/server/scheduler/tick";
import type { CaseState, DeadlineKind, EventType } from "@/lib/workflow";
import { castWithNewRespondent, getWorld, makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

/**
 * The moment each clock of DOMAIN §3 runs out, through the scheduler's tick with an injected clock.
 * (tests/integration/workflow/timed-events.test.ts proves each fires after its stored due instant
 * and once; here: that the stored instant is the one DOMAIN §3 and the procedure rules give,
 * including business-day clocks across a holiday.)
 */
let testDb: TestDb;
const db = () => testDb.db;
const DAY = 86_400_000;
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

async function openDeadline(caseId: string, kind: DeadlineKind) {
  return db().deadline.findFirstOrThrow({ where: { complaintId: caseId, kind, status: "OPEN" } });
}

async function tick(caseId: string, now: Date) {
  const report = await runSchedulerTick({ db: db(), now });
  return {
    fired: report.fired.filter((f) => f.caseId === caseId),
    reminders: report.reminders.filter((r) => r.caseId === caseId),
  };
}

/** End of the UTC day `days` calendar days after `from`, moved off a weekend (no holidays by default). */
function calendarDue(from: Date, days: number): Date {
  const day = new Date(from.getTime() + days * DAY);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setTime(day.getTime() + DAY);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 23, 59, 59, 999));
}

describe("DOMAIN §3 clocks with the default rules", () => {
  beforeAll(async () => {
    testDb = await createTestDb();
    await getWorld(db());
  });
  afterAll(async () => {
    await testDb?.close();
  });

  const CLOCKS: { from: CaseState; kind: DeadlineKind; days: number; event: EventType; to: CaseState }[] = [
    { from: "AWAITING_COMPLAINANT_INFO", kind: "CURE", days: 30, event: "CURE_PERIOD_EXPIRED", to: "CLOSED_ABANDONED" },
    { from: "AWAITING_RESPONSE", kind: "RESPONSE", days: 30, event: "RESPONSE_WINDOW_EXPIRED", to: "COMMITTEE_REVIEW" },
    { from: "AWAITING_INFO", kind: "INFO", days: 30, event: "INFO_WINDOW_EXPIRED", to: "COMMITTEE_REVIEW" },
    { from: "PROPOSED_DISPOSITION", kind: "ELECTION", days: 30, event: "ELECTION_WINDOW_EXPIRED", to: "APPEAL_WINDOW" },
    { from: "APPEAL_WINDOW", kind: "APPEAL", days: 30, event: "FINALIZE", to: "SANCTION_ACTIVE" },
    { from: "DEFERRED_LEGAL", kind: "DEFERRAL_REVIEW", days: 90, event: "DEFERRAL_REVIEW_DUE", to: "DEFERRED_LEGAL" },
  ];

  it.each(CLOCKS)("$kind runs $days days from when it opened, then $event", async ({ from, kind, days, event, to }) => {
    const { cast } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: from, cast });
    const deadline = await openDeadline(made.id, kind);
    expect(deadline.dueAt).toEqual(calendarDue(deadline.openedAt, days));

    expect((await tick(made.id, deadline.dueAt)).fired).toEqual([]);
    expect((await tick(made.id, ms(deadline.dueAt, 1))).fired).toMatchObject([{ deadlineId: deadline.id, event, to }]);
    expect((await db().complaint.findUniqueOrThrow({ where: { id: made.id } })).state).toBe(to);
  });

  it("a sanction's term ends the day its months run out", async () => {
    const { cast } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: "SANCTION_ACTIVE", cast, actions: [{ type: "SUSPENSION", termMonths: 6, conditions: [] }] });
    const deadline = await openDeadline(made.id, "SANCTION_TERM");
    const sanction = await db().sanction.findUniqueOrThrow({ where: { id: deadline.ref! } });
    const starts = sanction.startsAt!;
    expect(deadline.dueAt.getTime()).toBe(sanction.endsAt!.getTime());
    expect([deadline.dueAt.getUTCFullYear() * 12 + deadline.dueAt.getUTCMonth(), deadline.dueAt.getUTCDate()]).toEqual([
      starts.getUTCFullYear() * 12 + starts.getUTCMonth() + 6,
      starts.getUTCDate(),
    ]);
    expect((await tick(made.id, deadline.dueAt)).fired).toEqual([]);
    // No conditions: the term's end completes the sanction and closes the case.
    expect((await tick(made.id, ms(deadline.dueAt, 1))).fired).toMatchObject([{ event: "SANCTION_TERM_ENDED", to: "CLOSED" }]);
  });
});

describe("business-day clocks across a holiday", () => {
  // Friday 13 March 2026 is a holiday; the response clock is set to 10 business days.
  beforeAll(async () => {
    testDb = await createTestDb();
    await getWorld(db());
    await db().procedureSettings.create({
      data: { id: "current", version: 1, data: { holidays: ["2026-03-13"], clocks: { response: { length: 10, unit: "business" } } } },
    });
  });
  afterAll(async () => {
    await testDb?.close();
  });

  it("intake's 10 business days skip the weekend and the holiday: overdue only after Wednesday 18 March", async () => {
    const made = await makeCase(db(), { to: "SUBMITTED" });
    const deadline = await openDeadline(made.id, "ACKNOWLEDGE");
    expect(deadline.openedAt.toISOString()).toBe("2026-03-03T05:00:00.000Z");
    expect(deadline.dueAt.toISOString()).toBe("2026-03-18T23:59:59.999Z");
    // The day it would have been without the holiday passes quietly (only the 1-day reminder goes).
    expect((await tick(made.id, new Date("2026-03-18T00:00:00.000Z"))).reminders).toMatchObject([{ template: "deadline-reminder", offset: 1 }]);
    expect((await tick(made.id, deadline.dueAt)).reminders).toEqual([]);
    expect((await tick(made.id, ms(deadline.dueAt, 1))).reminders).toMatchObject([{ template: "deadline-overdue", offset: 0 }]);
  });

  it("a response clock of 10 business days from Thursday 5 March runs to the end of Friday 20 March, then fires", async () => {
    const { cast } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE", cast });
    const deadline = await openDeadline(made.id, "RESPONSE");
    expect(deadline.openedAt.toISOString()).toBe("2026-03-05T17:00:00.000Z");
    expect(deadline.dueAt.toISOString()).toBe("2026-03-20T23:59:59.999Z");
    // Without the holiday it would have ended on Thursday 19 March.
    expect((await tick(made.id, new Date("2026-03-20T00:00:00.000Z"))).fired).toEqual([]);
    expect((await tick(made.id, deadline.dueAt)).fired).toEqual([]);
    expect((await tick(made.id, ms(deadline.dueAt, 1))).fired).toMatchObject([{ event: "RESPONSE_WINDOW_EXPIRED", to: "COMMITTEE_REVIEW" }]);
  });
});

describe("every timed event on business-day clocks, across holidays", () => {
  // Every Friday from March 2026 to the end of 2027 is a holiday, and each party clock is 10
  // business days: every window crosses at least two holidays as well as two weekends.
  const FRIDAYS: string[] = [];
  for (let day = new Date("2026-03-06T00:00:00Z"); day.getUTCFullYear() < 2028; day = new Date(day.getTime() + 7 * DAY)) {
    FRIDAYS.push(day.toISOString().slice(0, 10));
  }
  const TEN = { length: 10, unit: "business" };

  beforeAll(async () => {
    testDb = await createTestDb();
    await getWorld(db());
    await db().procedureSettings.create({
      data: {
        id: "current",
        version: 1,
        data: { holidays: FRIDAYS, clocks: { cure: TEN, response: TEN, info: TEN, election: TEN, appeal: TEN, deferralReview: TEN } },
      },
    });
  });
  afterAll(async () => {
    await testDb?.close();
  });

  /** End of the UTC day `days` business days after `from`'s day, skipping weekends and `holidays` (the test's own count). */
  function businessDue(from: Date, days: number, holidays: readonly string[]): Date {
    const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
    for (let left = days; left > 0; ) {
      day.setUTCDate(day.getUTCDate() + 1);
      if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6 && !holidays.includes(day.toISOString().slice(0, 10))) left -= 1;
    }
    return new Date(day.getTime() + DAY - 1);
  }

  const CLOCKS: { from: CaseState; kind: DeadlineKind; event: EventType; to: CaseState; name: string }[] = [
    { from: "AWAITING_COMPLAINANT_INFO", kind: "CURE", event: "CURE_PERIOD_EXPIRED", to: "CLOSED_ABANDONED", name: "cure period ended" },
    { from: "AWAITING_RESPONSE", kind: "RESPONSE", event: "RESPONSE_WINDOW_EXPIRED", to: "COMMITTEE_REVIEW", name: "response window closed" },
    { from: "AWAITING_INFO", kind: "INFO", event: "INFO_WINDOW_EXPIRED", to: "COMMITTEE_REVIEW", name: "information window closed" },
    { from: "PROPOSED_DISPOSITION", kind: "ELECTION", event: "ELECTION_WINDOW_EXPIRED", to: "APPEAL_WINDOW", name: "silence on a proposed disposition" },
    { from: "APPEAL_WINDOW", kind: "APPEAL", event: "FINALIZE", to: "SANCTION_ACTIVE", name: "appeal window closed" },
    { from: "DEFERRED_LEGAL", kind: "DEFERRAL_REVIEW", event: "DEFERRAL_REVIEW_DUE", to: "DEFERRED_LEGAL", name: "deferral review due" },
  ];

  it.each(CLOCKS)("$name: $kind runs 10 business days skipping the holidays, then $event fires once", async ({ from, kind, event, to }) => {
    const { cast } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: from, cast });
    const deadline = await openDeadline(made.id, kind);
    const due = businessDue(deadline.openedAt, 10, FRIDAYS);
    expect(deadline.dueAt).toEqual(due);
    // The holidays moved it: counting weekends alone would have ended it days earlier.
    expect(businessDue(deadline.openedAt, 10, []).getTime()).toBeLessThan(due.getTime());
    expect(FRIDAYS.filter((day) => day > deadline.openedAt.toISOString().slice(0, 10) && day <= due.toISOString().slice(0, 10)).length).toBeGreaterThanOrEqual(2);

    // The day it would have ended without the holidays passes quietly.
    expect((await tick(made.id, ms(businessDue(deadline.openedAt, 10, []), 1))).fired).toEqual([]);
    expect((await tick(made.id, deadline.dueAt)).fired).toEqual([]);
    expect((await tick(made.id, ms(deadline.dueAt, 1))).fired).toMatchObject([{ deadlineId: deadline.id, event, to }]);
    expect((await tick(made.id, ms(deadline.dueAt, 2))).fired).toEqual([]);
    expect((await db().complaint.findUniqueOrThrow({ where: { id: made.id } })).state).toBe(to);
    expect(await db().auditEvent.count({ where: { complaintId: made.id, type: event, actorKind: "SYSTEM" } })).toBe(1);
  });

  it("a deferred case's clocks are paused: nothing but the hold's own review fires, however late", async () => {
    const { cast } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: "DEFERRED_LEGAL", cast });
    const prelim = await db().deadline.findFirstOrThrow({ where: { complaintId: made.id, kind: "PRELIMINARY_REVIEW" } });
    expect(prelim.status).toBe("PAUSED");
    const review = await openDeadline(made.id, "DEFERRAL_REVIEW");
    const { fired } = await tick(made.id, ms(review.dueAt, 1));
    expect(fired.map((f) => f.event)).toEqual(["DEFERRAL_REVIEW_DUE"]);
    expect(await db().deadline.findUniqueOrThrow({ where: { id: prelim.id } })).toMatchObject({ status: "PAUSED", firedAt: null });
    // The next review is due 10 business days after the first one fired.
    const next = await openDeadline(made.id, "DEFERRAL_REVIEW");
    expect(next.id).not.toBe(review.id);
    expect(next.dueAt).toEqual(businessDue(ms(review.dueAt, 1), 10, FRIDAYS));
  });
});
