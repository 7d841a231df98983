import { z } from "zod";

/**
 * Procedure rules: every clock and limit of DOMAIN.md §3–§5, §8. All values are [D]/[R] defaults
 * that an administrator may change; `ProcedureRulesSchema.parse({})` gives the defaults.
 *
 * Time is UTC throughout: a "day" is a UTC calendar day, weekends are Saturday and Sunday in UTC,
 * and holidays are UTC dates. date-fns' helpers work in the process's local zone, so day
 * arithmetic here is done on UTC fields to keep due dates independent of where the server runs.
 */

export const DAY_UNITS = ["calendar", "business"] as const;
export type DayUnit = (typeof DAY_UNITS)[number];

export const PeriodSchema = z.object({
  length: z.number().int().min(1).max(3650),
  unit: z.enum(DAY_UNITS).default("calendar"),
});
export type Period = z.infer<typeof PeriodSchema>;

const period = (length: number, unit: DayUnit = "calendar") => PeriodSchema.prefault({ length, unit });

/**
 * A minimum notice (of a hearing, of a postponed hearing's new date) rather than a time limit: it
 * may be 0, meaning the workflow enforces no minimum (an expedited hearing, or notice waived).
 * Every other clock opens a deadline, and a 0-day deadline would expire as it opens.
 */
export const NoticePeriodSchema = PeriodSchema.extend({ length: z.number().int().min(0).max(3650) });
const notice = (length: number) => NoticePeriodSchema.prefault({ length, unit: "calendar" });

const years = (value: number | null) => z.number().int().min(1).max(100).nullable().default(value);

const RuleIdListSchema = z.array(z.string().regex(/^R[1-9]$/)).max(10);

export const ClocksSchema = z.object({
  /** T_ack: staff start intake (the acknowledgement itself is sent automatically on submission). */
  acknowledge: period(10, "business"),
  /** T_cure: complainant completes a deficient complaint. */
  cure: period(30),
  /** T_prelim: Chair's screening. */
  preliminaryReview: period(45),
  /** T_resp: CCM's written response, from receipt of the Notice of Complaint. */
  response: period(30),
  /** T_info: reply to a request for more information (any party). */
  info: period(30),
  /** The CCM's time to comment on new adverse material. */
  adverseMaterialComment: period(15),
  /** T_elect: accept the proposed action or request a hearing; silence is acceptance. */
  election: period(30),
  /** T_notice: minimum notice between sending a Notice of Hearing and the hearing. */
  hearingNotice: notice(30),
  /** Minimum notice of a postponed hearing's new date. */
  hearingReNotice: notice(15),
  /** T_decision: written decision after the hearing closes. */
  hearingDecision: period(30),
  /** T_appeal: filing an appeal, from receipt of the decision. */
  appeal: period(30),
  /** T_appeal_dec: appeal decision, from filing. */
  appealDecision: period(90),
  /** How often a deferred (on hold) case is reviewed. */
  deferralReview: period(90),
  /** Time for the Committee to rule on a petition to reopen. */
  reopenRuling: period(30),
});
export type Clocks = z.infer<typeof ClocksSchema>;
export type ClockName = keyof Clocks;

export const ProcedureRulesSchema = z.object({
  clocks: ClocksSchema.prefault({}),
  /** Non-business days besides weekends, as ISO dates (UTC). */
  holidays: z
    .array(z.iso.date())
    .max(1000)
    .default([])
    .transform((days) => [...new Set(days)].sort()),
  /** A calendar-day deadline that falls on a weekend or holiday moves to the next business day. */
  rollForwardOffNonBusinessDays: z.boolean().default(true),
  /** "Receipt" of a mailed letter is this many days after mailing (§3). */
  mailReceiptDays: z.number().int().min(0).max(30).default(5),
  /** Days before a due date on which a reminder is sent. */
  reminderOffsetsDays: z
    .array(z.number().int().min(1).max(90))
    .max(5)
    .default([7, 1])
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
  committee: z
    .object({
      /** Minimum votes on a committee decision; it also needs a majority of the non-recused members. */
      quorum: z.number().int().min(1).max(25).default(3),
    })
    .prefault({}),
  hearing: z
    .object({
      /** Minimum non-recused panel members for a hearing and its decision. */
      quorum: z.number().int().min(1).max(15).default(3),
      /** Postponements each party (CCM, Committee) may obtain. */
      postponementsPerParty: z.number().int().min(0).max(5).default(1),
    })
    .prefault({}),
  /** §3 T_resp: the Chair may extend the response deadline once (maxCount 0 turns extensions off). */
  responseExtension: z
    .object({
      maxDays: z.number().int().min(1).max(90).default(30),
      maxCount: z.number().int().min(0).max(1).default(1),
    })
    .prefault({}),
  appeal: z
    .object({
      /** Minimum appeal panel size; members must not have taken part in the decision. */
      panelMinSize: z.number().int().min(1).max(15).default(3),
    })
    .prefault({}),
  reopen: z
    .object({
      /** Days after FINAL within which a petition to reopen may be filed. */
      windowDays: z.number().int().min(1).max(3650).default(365),
      /** Petitions per case; more only when the Chair files or allows them. */
      maxPetitions: z.number().int().min(1).max(5).default(1),
    })
    .prefault({}),
  filing: z
    .object({
      /** Days from when the complainant knew of the conduct; later complaints are flagged. */
      windowDays: z.number().int().min(1).max(3650).default(365),
      /** Rules for which there is no filing limit (falsification, felony, licence loss). */
      exemptRuleIds: RuleIdListSchema.default(["R1", "R2", "R4"]),
    })
    .prefault({}),
  sanctions: z
    .object({
      suspensionMaxMonths: z.number().int().min(1).max(120).default(24),
      probationMaxMonths: z.number().int().min(1).max(120).default(60),
      revocationReapplyYears: z.number().int().min(0).max(50).default(5),
      /** Sanctions are stayed pending appeal except in matters alleging these rules (felony, licence loss). */
      stayExceptRuleIds: RuleIdListSchema.default(["R2", "R4"]),
    })
    .prefault({}),
  /** Retention after closure, in years; null keeps the record permanently. */
  retention: z
    .object({
      dismissedYears: years(5),
      withdrawnYears: years(5),
      abandonedYears: years(5),
      violationYears: years(null),
      auditLogYears: years(null),
    })
    .prefault({}),
});

export type ProcedureRules = z.output<typeof ProcedureRulesSchema>;
export type ProcedureRulesInput = z.input<typeof ProcedureRulesSchema>;

export const defaultProcedureRules: ProcedureRules = ProcedureRulesSchema.parse({});

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isBusinessDay(date: Date, rules: Pick<ProcedureRules, "holidays">): boolean {
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !rules.holidays.includes(utcDayKey(date));
}

function nextBusinessDay(date: Date, rules: Pick<ProcedureRules, "holidays">): Date {
  let day = date;
  while (!isBusinessDay(day, rules)) day = new Date(day.getTime() + DAY_MS);
  return day;
}

/**
 * The instant `period` after `start`, keeping the time of day. Business days skip weekends and
 * holidays; a calendar-day result on a non-business day rolls forward when the rules say so.
 */
export function addPeriod(
  start: Date,
  period: Period,
  rules: Pick<ProcedureRules, "holidays" | "rollForwardOffNonBusinessDays">,
): Date {
  if (period.unit === "calendar") {
    const end = new Date(start.getTime() + period.length * DAY_MS);
    return rules.rollForwardOffNonBusinessDays ? nextBusinessDay(end, rules) : end;
  }
  let day = start;
  let remaining = period.length;
  while (remaining > 0) {
    day = new Date(day.getTime() + DAY_MS);
    if (isBusinessDay(day, rules)) remaining -= 1;
  }
  return day;
}

/** The last millisecond of the UTC day containing `date`: a party has the whole due day. */
export function endOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 23, 59, 59, 999));
}

/** Due date of a deadline that starts at `start`: the end of the day `period` later. */
export function dueDateFor(start: Date, period: Period, rules: ProcedureRules): Date {
  return endOfUtcDay(addPeriod(start, period, rules));
}

/** Adds whole months in UTC, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addUtcMonths(start: Date, months: number): Date {
  const target = new Date(start.getTime());
  const day = start.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

export function addUtcDays(start: Date, days: number): Date {
  return new Date(start.getTime() + days * DAY_MS);
}

/** When a letter sent at `sentAt` counts as received (§3 "Receipt"). */
export function receiptDate(sentAt: Date, delivery: "ELECTRONIC" | "MAIL", rules: ProcedureRules): Date {
  return delivery === "MAIL" ? addUtcDays(sentAt, rules.mailReceiptDays) : sentAt;
}

/** Reminder instants for a deadline, earliest first, skipping any already in the past. */
export function reminderDates(dueAt: Date, now: Date, rules: ProcedureRules): Date[] {
  return rules.reminderOffsetsDays
    .map((days) => addUtcDays(dueAt, -days))
    .filter((at) => at.getTime() > now.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
}
