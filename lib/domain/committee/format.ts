import { DEADLINE_INFO, type DeadlineKind } from "@/lib/workflow/deadlines";
import { STATE_INFO, type CaseState } from "@/lib/workflow/states";

/** Display helpers for the committee workspace. Dates are shown in UTC, as the workflow keeps them. */

const DAY_MS = 86_400_000;
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "—";
}

export function formatDateTime(date: Date | null | undefined): string {
  return date ? `${dateTimeFormat.format(date)} UTC` : "—";
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whole days from `now` until `dueAt` (negative once passed); a deadline due later today is 0. */
export function daysLeft(dueAt: Date, now: Date): number {
  const startOf = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return Math.round((startOf(dueAt) - startOf(now)) / DAY_MS);
}

export function describeDaysLeft(dueAt: Date, now: Date): string {
  if (dueAt.getTime() < now.getTime()) {
    const late = Math.max(1, -daysLeft(dueAt, now));
    return `${late} day${late === 1 ? "" : "s"} overdue`;
  }
  const days = daysLeft(dueAt, now);
  if (days === 0) return "due today";
  return `${days} day${days === 1 ? "" : "s"} left`;
}

export function stateLabel(state: CaseState): string {
  return STATE_INFO[state].label;
}

export function deadlineLabel(kind: string): string {
  const info = (DEADLINE_INFO as Record<string, { label: string } | undefined>)[kind];
  return info ? info.label.charAt(0).toUpperCase() + info.label.slice(1) : kind;
}

export function isDeadlineKind(kind: string): kind is DeadlineKind {
  return kind in DEADLINE_INFO;
}

/** "Committee", "CCM", "Complainant" for a deadline's waitingOn. */
export function waitingOnLabel(waitingOn: string): string {
  return waitingOn === "CCM" ? "Case manager" : waitingOn === "COMPLAINANT" ? "Complainant" : waitingOn === "COMMITTEE" ? "Committee" : waitingOn;
}
