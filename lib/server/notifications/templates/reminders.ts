import type { NoticeText } from "./catalogue";
import { layoutNotice, type NoticeAudience, type RenderedNotice } from "./render";

/**
 * Wording of the scheduler's own notices (not workflow NOTIFY effects, so kept apart from
 * NOTICE_TEXTS). Like every notice they name the clock and its date, never the case's content.
 */
export const REMINDER_TEXTS = {
  "deadline-reminder": { subject: "Reminder: a deadline is coming up", body: "This is a reminder of a deadline in this case." },
  "deadline-overdue": { subject: "A deadline has passed", body: "A deadline in this case has passed without the action it was waiting for." },
} as const satisfies Record<string, NoticeText>;

export type ReminderTemplate = keyof typeof REMINDER_TEXTS;

export interface ReminderInput {
  template: ReminderTemplate;
  audience: NoticeAudience;
  reference: string;
  caseId: string;
  /** What the clock waits for, as DEADLINE_INFO labels it (e.g. "your written response"). */
  label: string;
  dueAt: Date;
  appUrl?: string;
}

const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "Monday 6 April 2026": the UTC day, as every due date in the system is a UTC day. */
export function longUtcDay(date: Date): string {
  return `${WEEKDAY.format(date)} ${DAY_MONTH_YEAR.format(date)}`;
}

export function renderReminder(input: ReminderInput): RenderedNotice {
  const day = longUtcDay(input.dueAt);
  const extra =
    input.template === "deadline-reminder"
      ? `Deadline: ${input.label}, by the end of ${day} (UTC).`
      : `Deadline: ${input.label}, which ended on ${day} (UTC).`;
  return layoutNotice({ ...input, text: REMINDER_TEXTS[input.template], extra, hasLetter: false });
}
