import { TIMED_EVENTS, type DeadlineKind } from "@/lib/workflow";

const DAY_MS = 86_400_000;

/** remindersSent marks the overdue notice of a reminder-only deadline with this offset. */
export const OVERDUE_OFFSET = 0;

export interface PlannableDeadline {
  kind: DeadlineKind;
  openedAt: Date;
  dueAt: Date;
  remindersSent: readonly number[];
}

export type ReminderStep = { template: "deadline-reminder"; offset: number } | { template: "deadline-overdue"; offset: typeof OVERDUE_OFFSET };

/**
 * What an OPEN deadline is owed at `now`, if anything:
 * - before it is due, the reminder of the nearest offset whose instant (dueAt − offset days) has
 *   come: one reminder per window, so a scheduler that was down sends the latest one, not a burst;
 *   an offset whose instant fell before the deadline opened is never sent (the notice that opened
 *   it already gave the date);
 * - after it is due, for a kind with no timed event, one overdue notice (the others fire instead).
 * Each offset goes once: the caller records it in remindersSent in the same transaction.
 */
export function reminderStep(deadline: PlannableDeadline, now: Date, offsetsDays: readonly number[]): ReminderStep | null {
  const due = deadline.dueAt.getTime();
  const at = now.getTime();
  if (at > due) {
    if (TIMED_EVENTS[deadline.kind] !== null || deadline.remindersSent.includes(OVERDUE_OFFSET)) return null;
    return { template: "deadline-overdue", offset: OVERDUE_OFFSET };
  }
  const reached = offsetsDays.filter((days) => due - days * DAY_MS <= at);
  if (reached.length === 0) return null;
  const offset = Math.min(...reached);
  if (deadline.remindersSent.includes(offset)) return null;
  if (due - offset * DAY_MS <= deadline.openedAt.getTime()) return null;
  return { template: "deadline-reminder", offset };
}

/** The largest offset: deadlines due further ahead than this need nothing yet. */
export function reminderHorizonMs(offsetsDays: readonly number[]): number {
  return Math.max(0, ...offsetsDays) * DAY_MS;
}
