import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTransition } from "@/lib/server/cases/run-transition";
import { createPrismaClient, type Db } from "@/lib/server/db-factory";
import { sendDueReminders } from "@/lib/server/scheduler/reminders";
import { runSchedulerTick } from "@/lib/server/scheduler/tick";
import { defaultProcedureRules, type DeadlineKind } from "@/lib/workflow";
import { castWithNewRespondent, getWorld, makeCase, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
let world: World;
const db = () => testDb.db;
const DAY = 86_400_000;
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

beforeAll(async () => {
  testDb = await createTestDb();
  world = await getWorld(db());
});
afterAll(async () => {
  await testDb?.close();
});

async function deadlineOf(caseId: string, kind: DeadlineKind) {
  return db().deadline.findFirstOrThrow({ where: { complaintId: caseId, kind } });
}

/** Reminder notices of one case (other tests' cases share the database). */
async function remindersOf(caseId: string) {
  return db().notice.findMany({
    where: { complaintId: caseId, template: { in: ["deadline-reminder", "deadline-overdue"] } },
    orderBy: [{ createdAt: "asc" }, { toAddress: "asc" }],
  });
}

describe("reminders before each deadline", () => {
  it("reminds the CCM 7 days and 1 day before the response is due, each once, then the clock fires instead of an overdue notice", async () => {
    const { cast, respondent } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE", cast });
    const deadline = await deadlineOf(made.id, "RESPONSE");
    const ccmEmail = (await db().person.findUniqueOrThrow({ where: { id: respondent.personId } })).email;

    await runSchedulerTick({ db: db(), now: ms(deadline.dueAt, -7 * DAY - 1) });
    expect(await remindersOf(made.id)).toEqual([]);

    await runSchedulerTick({ db: db(), now: ms(deadline.dueAt, -7 * DAY) });
    let reminders = await remindersOf(made.id);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({ template: "deadline-reminder", recipientKind: "RESPONDENT", toAddress: ccmEmail, status: "PENDING" });
    expect(reminders[0]!.subject).toBe(`Reminder: a deadline is coming up (${made.reference})`);
    expect(reminders[0]!.bodyText).toContain("Deadline: your written response, by the end of Monday 6 April 2026 (UTC).");
    expect(reminders[0]!.bodyText).toContain(`/portal/cases/${made.id}`);
    expect((await deadlineOf(made.id, "RESPONSE")).remindersSent).toEqual([7]);

    await runSchedulerTick({ db: db(), now: ms(deadline.dueAt, -2 * DAY) });
    expect(await remindersOf(made.id)).toHaveLength(1);

    await runSchedulerTick({ db: db(), now: ms(deadline.dueAt, -DAY) });
    reminders = await remindersOf(made.id);
    expect(reminders.map((r) => r.createdAt)).toEqual([ms(deadline.dueAt, -7 * DAY), ms(deadline.dueAt, -DAY)]);
    expect((await deadlineOf(made.id, "RESPONSE")).remindersSent).toEqual([7, 1]);

    const fired = await runSchedulerTick({ db: db(), now: ms(deadline.dueAt, 1) });
    expect(fired.fired.filter((f) => f.caseId === made.id)).toMatchObject([{ event: "RESPONSE_WINDOW_EXPIRED" }]);
    await runSchedulerTick({ db: db(), now: ms(deadline.dueAt, 10 * DAY) });
    expect(await remindersOf(made.id)).toHaveLength(2);
    expect(deadline.dueAt.toISOString()).toBe("2026-04-06T23:59:59.999Z");
  });

  it("reminds the complainant of the cure period at the complainant's door", async () => {
    const made = await makeCase(db(), { to: "AWAITING_COMPLAINANT_INFO" });
    const deadline = await deadlineOf(made.id, "CURE");
    await runSchedulerTick({ db: db(), now: ms(deadline.dueAt, -DAY) });
    const [reminder, ...rest] = await remindersOf(made.id);
    expect(rest).toEqual([]);
    expect(reminder).toMatchObject({ recipientKind: "COMPLAINANT", toAddress: "pat.complainant@example.org" });
    expect(reminder!.bodyText).toContain("Deadline: sending the missing information");
    expect(reminder!.bodyText).toContain("/complaints/status");
  });

  it("after a scheduler outage sends only the nearest reminder, and never one whose day came before the deadline opened", async () => {
    const late = await makeCase(db(), { to: "AWAITING_COMPLAINANT_INFO" });
    const due = (await deadlineOf(late.id, "CURE")).dueAt;
    await runSchedulerTick({ db: db(), now: ms(due, -12 * 3_600_000) });
    expect((await remindersOf(late.id)).length).toBe(1);
    expect((await deadlineOf(late.id, "CURE")).remindersSent).toEqual([1]);

    // With offsets of 40 and 1 days, the 40-day reminder of a 30-day clock would predate it.
    const made = await makeCase(db(), { to: "AWAITING_COMPLAINANT_INFO" });
    const deadline = await deadlineOf(made.id, "CURE");
    const rules = { ...defaultProcedureRules, reminderOffsetsDays: [40, 1] };
    const at = (delta: number) => sendDueReminders({ db: db(), now: ms(deadline.dueAt, delta), rules });
    expect((await at(-29 * DAY)).filter((r) => r.caseId === made.id)).toEqual([]);
    expect((await at(-DAY)).filter((r) => r.caseId === made.id)).toMatchObject([{ offset: 1, template: "deadline-reminder" }]);
  });

  it("never reminds a paused clock: a deferred case's preliminary review, a withdrawal pending", async () => {
    const deferred = await makeCase(db(), { to: "DEFERRED_LEGAL" });
    const prelim = await deadlineOf(deferred.id, "PRELIMINARY_REVIEW");
    expect(prelim.status).toBe("PAUSED");
    await runSchedulerTick({ db: db(), now: ms(prelim.dueAt, 5 * DAY) });
    // The hold's own review date (90 days) is not near yet; the paused review clock says nothing.
    expect(await remindersOf(deferred.id)).toEqual([]);
    expect((await deadlineOf(deferred.id, "PRELIMINARY_REVIEW")).remindersSent).toEqual([]);

    const { cast } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE", cast });
    const response = await deadlineOf(made.id, "RESPONSE");
    await runTransition({ caseId: made.id, actor: made.complainant, event: { type: "REQUEST_WITHDRAWAL" }, now: made.clock.advanceDays(1), db: db() });
    for (const delta of [-7 * DAY, -DAY, DAY]) await runSchedulerTick({ db: db(), now: ms(response.dueAt, delta) });
    expect(await remindersOf(made.id)).toEqual([]);
    expect(await deadlineOf(made.id, "RESPONSE")).toMatchObject({ status: "PAUSED", remindersSent: [] });
  });

  it("a passed deadline with no timed event sends one overdue notice to whoever must act", async () => {
    const made = await makeCase(db(), { to: "PRELIMINARY_REVIEW" });
    const deadline = await deadlineOf(made.id, "PRELIMINARY_REVIEW");
    await runSchedulerTick({ db: db(), now: ms(deadline.dueAt, 1) });
    await runSchedulerTick({ db: db(), now: ms(deadline.dueAt, 3 * DAY) });
    const overdue = (await remindersOf(made.id)).filter((n) => n.template === "deadline-overdue");
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatchObject({ recipientKind: "CHAIR", toAddress: world.chair.email });
    expect(overdue[0]!.bodyText).toContain("Deadline: preliminary review, which ended on");
    expect((await deadlineOf(made.id, "PRELIMINARY_REVIEW")).remindersSent).toEqual([0]);
  });

  it("intake reminders go to the ethics coordinator assigned to the case, else to every coordinator", async () => {
    const unassigned = await makeCase(db(), { to: "SUBMITTED" });
    const due = (await deadlineOf(unassigned.id, "ACKNOWLEDGE")).dueAt;
    await runSchedulerTick({ db: db(), now: ms(due, -DAY) });
    const toAll = await remindersOf(unassigned.id);
    const coordinators = await db().person.findMany({ where: { active: true, roles: { has: "STAFF" } }, select: { email: true } });
    expect(toAll.map((n) => n.toAddress).sort()).toEqual(coordinators.map((p) => p.email).sort());
    expect(toAll.every((n) => n.recipientKind === "STAFF" && n.bodyText.includes(`/committee/cases/${unassigned.id}`))).toBe(true);

    const assigned = await makeCase(db(), { to: "SUBMITTED" });
    const other = await db().person.create({ data: { email: `coordinator-${assigned.id}@test.example`, name: "Other Coordinator", roles: ["STAFF"] } });
    await db().complaint.update({ where: { id: assigned.id }, data: { assignedStaffId: world.staff.id } });
    await runSchedulerTick({ db: db(), now: ms((await deadlineOf(assigned.id, "ACKNOWLEDGE")).dueAt, -DAY) });
    expect((await remindersOf(assigned.id)).map((n) => n.toAddress)).toEqual([world.staff.email]);
    await db().person.update({ where: { id: other.id }, data: { active: false } });
  });

  it("two schedulers at the same instant send each reminder once", async () => {
    const made = await makeCase(db(), { to: "AWAITING_COMPLAINANT_INFO" });
    const deadline = await deadlineOf(made.id, "CURE");
    const other: Db = testDb.url ? createPrismaClient({ url: testDb.url }) : db();
    try {
      const now = ms(deadline.dueAt, -7 * DAY);
      const results = await Promise.all([sendDueReminders({ db: db(), now }), sendDueReminders({ db: other, now })]);
      expect(results.flat().filter((r) => r.caseId === made.id)).toHaveLength(1);
      expect(await remindersOf(made.id)).toHaveLength(1);
      expect((await deadlineOf(made.id, "CURE")).remindersSent).toEqual([7]);
    } finally {
      if (other !== db()) await other.$disconnect();
    }
  });

  it("the reminder days are a procedure setting: with 10 and 3 days the scheduler reminds then, not at 7 and 1", async () => {
    const { cast } = await castWithNewRespondent(db());
    const made = await makeCase(db(), { to: "AWAITING_RESPONSE", cast });
    const due = (await deadlineOf(made.id, "RESPONSE")).dueAt;
    await db().procedureSettings.create({ data: { id: "current", version: 1, data: { reminderOffsetsDays: [3, 10] } } });
    try {
      const tickAt = (days: number) => runSchedulerTick({ db: db(), now: ms(due, -days * DAY) });
      await tickAt(11);
      expect(await remindersOf(made.id)).toEqual([]);
      await tickAt(10);
      await tickAt(7);
      expect((await deadlineOf(made.id, "RESPONSE")).remindersSent).toEqual([10]);
      await tickAt(3);
      await tickAt(1);
      expect((await deadlineOf(made.id, "RESPONSE")).remindersSent).toEqual([10, 3]);
      expect((await remindersOf(made.id)).map((n) => n.createdAt)).toEqual([ms(due, -10 * DAY), ms(due, -3 * DAY)]);
    } finally {
      await db().procedureSettings.delete({ where: { id: "current" } });
    }
  });
});
