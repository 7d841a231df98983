import type { RawValues } from "./fields";

/**
 * GOV.UK date input: three fields (`<name>-day`, `<name>-month`, `<name>-year`) read as one UTC
 * date, with the pattern's messages ("must include a month", "must be a real date").
 */

export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** The CCM credential dates from 1993: conduct before it cannot be a CCM's. */
export const EARLIEST_CONDUCT = new Date(Date.UTC(1993, 0, 1));

export const dateFieldNames = (name: string) => DATE_PARTS.map((part) => `${name}-${part}`);

export type DateResult = { date?: Date; error?: string };

const text = (raw: RawValues, key: string) => {
  const value = raw[key];
  return (typeof value === "string" ? value : "").trim();
};

export function readDate(
  raw: RawValues,
  name: string,
  options: { label: string; required: boolean; now: Date },
): DateResult {
  const parts = { day: text(raw, `${name}-day`), month: text(raw, `${name}-month`), year: text(raw, `${name}-year`) };
  const given = DATE_PARTS.filter((part) => parts[part] !== "");
  if (given.length === 0) return options.required ? { error: `Enter ${options.label.toLowerCase()}` } : {};
  const missing = DATE_PARTS.filter((part) => parts[part] === "");
  if (missing.length > 0) return { error: `${options.label} must include a ${missing.join(" and ")}` };
  if (!DATE_PARTS.every((part) => /^\d{1,4}$/.test(parts[part])) || parts.year.length !== 4) {
    return { error: `${options.label} must be a real date` };
  }
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { error: `${options.label} must be a real date` };
  }
  if (date.getTime() > options.now.getTime()) return { error: `${options.label} must be today or in the past` };
  if (date.getTime() < EARLIEST_CONDUCT.getTime()) return { error: `${options.label} must be in 1993 or later` };
  return { date };
}

/** The three field values for a stored date (to refill a form). */
export function dateValues(name: string, date: Date | undefined): Record<string, string> {
  if (!date) return {};
  return {
    [`${name}-day`]: String(date.getUTCDate()),
    [`${name}-month`]: String(date.getUTCMonth() + 1),
    [`${name}-year`]: String(date.getUTCFullYear()),
  };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2 March 2026" (UTC), the GOV.UK date style. */
export function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
