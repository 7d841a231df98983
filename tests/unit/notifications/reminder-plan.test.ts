import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reminderStep, type PlannableDeadline } from "@/lib/server/scheduler/reminder-plan";
import { reminderRecipient } from "@/lib/server/scheduler/reminder-recipients";
import { DEADLINE_KINDS, TIMED_EVENTS } from "@/lib/workflow";

const DAY = 86_400_000;
const due = new Date("2026-05-20T23:59:59.999Z");
const opened = new Date(due.getTime() - 30 * DAY);
const deadline = (overrides: Partial<PlannableDeadline> = {}): PlannableDeadline => ({ kind: "RESPONSE", openedAt: opened, dueAt: due, remindersSent: [], ...overrides });
const at = (delta: number) => new Date(due.getTime() + delta);

describe("reminderStep", () => {
  it("owes nothing before the first window, the 7-day reminder from its instant, the 1-day one from its own", () => {
    expect(reminderStep(deadline(), at(-7 * DAY - 1), [7, 1])).toBeNull();
    expect(reminderStep(deadline(), at(-7 * DAY), [7, 1])).toEqual({ template: "deadline-reminder", offset: 7 });
    expect(reminderStep(deadline({ remindersSent: [7] }), at(-2 * DAY), [7, 1])).toBeNull();
    expect(reminderStep(deadline({ remindersSent: [7] }), at(-DAY), [7, 1])).toEqual({ template: "deadline-reminder", offset: 1 });
    expect(reminderStep(deadline({ remindersSent: [7, 1] }), at(0), [7, 1])).toBeNull();
  });

  it("skips a missed earlier window instead of sending a burst", () => {
    expect(reminderStep(deadline(), at(-3_600_000), [7, 1])).toEqual({ template: "deadline-reminder", offset: 1 });
  });

  it("never reminds on a day before the deadline opened", () => {
    const short = deadline({ openedAt: new Date(due.getTime() - 5 * DAY) });
    expect(reminderStep(short, at(-5 * DAY), [7, 1])).toBeNull();
    expect(reminderStep(short, at(-DAY), [7, 1])).toEqual({ template: "deadline-reminder", offset: 1 });
  });

  it("after the due instant: an overdue notice once for a clock without a timed event, nothing for one that fires", () => {
    expect(reminderStep(deadline(), at(1), [7, 1])).toBeNull();
    expect(reminderStep(deadline({ kind: "PRELIMINARY_REVIEW" }), at(0), [7, 1])).toEqual({ template: "deadline-reminder", offset: 1 });
    expect(reminderStep(deadline({ kind: "PRELIMINARY_REVIEW" }), at(1), [7, 1])).toEqual({ template: "deadline-overdue", offset: 0 });
    expect(reminderStep(deadline({ kind: "PRELIMINARY_REVIEW", remindersSent: [0] }), at(DAY), [7, 1])).toBeNull();
  });

  it("property: replaying any sequence of ticks sends each offset at most once and never before its instant", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -40 * DAY, max: 5 * DAY }), { maxLength: 30 }), fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 5 }), (deltas, offsets) => {
        const sent: number[] = [];
        for (const delta of [...deltas].sort((a, b) => a - b)) {
          const step = reminderStep(deadline({ kind: "APPEAL_DECISION", remindersSent: sent }), at(delta), offsets);
          if (!step) continue;
          expect(sent).not.toContain(step.offset);
          if (step.offset > 0) expect(delta).toBeGreaterThanOrEqual(-step.offset * DAY);
          else expect(delta).toBeGreaterThan(0);
          sent.push(step.offset);
        }
      }),
    );
  });
});

describe("reminderRecipient", () => {
  it("writes to the party the clock waits on, and to someone for every clock but a sanction's term", () => {
    expect(reminderRecipient("RESPONSE", "CCM")).toBe("RESPONDENT");
    expect(reminderRecipient("CURE", "COMPLAINANT")).toBe("COMPLAINANT");
    expect(reminderRecipient("INFO", "COMPLAINANT")).toBe("COMPLAINANT");
    expect(reminderRecipient("INFO", "COMMITTEE")).toBe("STAFF");
    expect(reminderRecipient("ACKNOWLEDGE", "COMMITTEE")).toBe("STAFF");
    expect(reminderRecipient("PRELIMINARY_REVIEW", "COMMITTEE")).toBe("CHAIR");
    expect(reminderRecipient("HEARING_DECISION", "COMMITTEE")).toBe("HEARING_PANEL");
    expect(reminderRecipient("APPEAL_DECISION", "COMMITTEE")).toBe("APPEAL_PANEL");
    expect(reminderRecipient("SANCTION_TERM", "CCM")).toBeNull();
    for (const kind of DEADLINE_KINDS.filter((k) => k !== "SANCTION_TERM")) expect(reminderRecipient(kind, "COMMITTEE")).not.toBeNull();
    // Every clock without a timed event has someone to tell when it passes.
    for (const kind of DEADLINE_KINDS.filter((k) => TIMED_EVENTS[k] === null)) expect(reminderRecipient(kind, "COMMITTEE")).not.toBeNull();
  });
});
