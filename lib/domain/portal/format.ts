/** Dates as the portal shows them: in UTC, as the workflow keeps every deadline. */

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "Not set";
}

/** "1 April 2026 at 23:59 UTC": a deadline is the instant, not just the day. */
export function formatDeadline(date: Date): string {
  return `${dateFormat.format(date)} at ${timeFormat.format(date)} UTC`;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** "in 5 days", "today", "3 days ago" (whole UTC days). */
export function relativeDays(dueAt: Date, now: Date): string {
  const startOf = (date: Date) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const days = Math.round((startOf(dueAt) - startOf(now)) / DAY_MS);
  if (dueAt.getTime() < now.getTime()) return days >= 0 ? "passed today" : `passed ${-days} day${days === -1 ? "" : "s"} ago`;
  if (days === 0) return "due today";
  return `in ${days} day${days === 1 ? "" : "s"}`;
}
