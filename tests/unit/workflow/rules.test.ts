import { describe, expect, it } from "vitest";
import {
  ProcedureRulesSchema,
  addPeriod,
  addUtcMonths,
  defaultProcedureRules,
  dueDateFor,
  isBusinessDay,
  receiptDate,
  reminderDates,
} from "@/lib/workflow";

const rules = ProcedureRulesSchema.parse({ holidays: ["2026-12-25", "2027-01-01"] });
const at = (iso: string) => new Date(iso);

describe("defaults", () => {
  it("match DOMAIN §3–§5", () => {
    const d = defaultProcedureRules;
    expect(d.clocks.response).toEqual({ length: 30, unit: "calendar" });
    expect(d.clocks.acknowledge).toEqual({ length: 10, unit: "business" });
    expect(d.clocks.appealDecision.length).toBe(90);
    expect(d.clocks.hearingNotice.length).toBe(30);
    expect(d.clocks.hearingReNotice.length).toBe(15);
    expect(d.clocks.adverseMaterialComment.length).toBe(15);
    expect(d.clocks.deferralReview.length).toBe(90);
    expect(d.reminderOffsetsDays).toEqual([7, 1]);
    expect(d.hearing).toEqual({ quorum: 3, postponementsPerParty: 1 });
    expect(d.responseExtension).toEqual({ maxDays: 30, maxCount: 1 });
    expect(d.reopen.windowDays).toBe(365);
    expect(d.filing).toEqual({ windowDays: 365, exemptRuleIds: ["R1", "R2", "R4"] });
    expect(d.sanctions).toMatchObject({ suspensionMaxMonths: 24, revocationReapplyYears: 5, stayExceptRuleIds: ["R2", "R4"] });
    expect(d.retention).toMatchObject({ dismissedYears: 5, violationYears: null });
  });

  it("fill in whatever a partial configuration leaves out", () => {
    const custom = ProcedureRulesSchema.parse({ clocks: { response: { length: 21 } }, hearing: { quorum: 5 } });
    expect(custom.clocks.response).toEqual({ length: 21, unit: "calendar" });
    expect(custom.clocks.election.length).toBe(30);
    expect(custom.hearing).toEqual({ quorum: 5, postponementsPerParty: 1 });
  });
});

describe("schema", () => {
  it.each([
    ["a zero-day clock", { clocks: { response: { length: 0 } } }],
    ["a negative hearing notice", { clocks: { hearingNotice: { length: -1 } } }],
    ["a negative clock", { clocks: { appeal: { length: -5 } } }],
    ["a fractional clock", { clocks: { cure: { length: 1.5 } } }],
    ["an unknown day unit", { clocks: { cure: { length: 10, unit: "lunar" } } }],
    ["a quorum of zero", { hearing: { quorum: 0 } }],
    ["an extension of 100 days", { responseExtension: { maxDays: 100 } }],
    ["two extensions", { responseExtension: { maxCount: 2 } }],
    ["a ten-year suspension limit", { sanctions: { suspensionMaxMonths: 121 } }],
    ["a holiday that is not a date", { holidays: ["25/12/2026"] }],
    ["an impossible holiday", { holidays: ["2026-02-30"] }],
    ["a reminder 0 days before", { reminderOffsetsDays: [0] }],
    ["a filing exemption that is not a rule", { filing: { exemptRuleIds: ["S3"] } }],
    ["a retention of zero years", { retention: { dismissedYears: 0 } }],
  ])("rejects %s", (_label, input) => {
    expect(ProcedureRulesSchema.safeParse(input).success).toBe(false);
  });

  it("allows no minimum hearing notice (0 days), but no zero-day time limit", () => {
    const parsed = ProcedureRulesSchema.parse({ clocks: { hearingNotice: { length: 0 }, hearingReNotice: { length: 0 } } });
    expect(parsed.clocks.hearingNotice).toEqual({ length: 0, unit: "calendar" });
    expect(parsed.clocks.hearingReNotice.length).toBe(0);
    expect(ProcedureRulesSchema.safeParse({ clocks: { appeal: { length: 0 } } }).success).toBe(false);
  });

  it("keeps holidays unique and sorted, reminders latest-first", () => {
    const parsed = ProcedureRulesSchema.parse({ holidays: ["2026-12-25", "2026-07-04", "2026-12-25"], reminderOffsetsDays: [1, 14, 7] });
    expect(parsed.holidays).toEqual(["2026-07-04", "2026-12-25"]);
    expect(parsed.reminderOffsetsDays).toEqual([14, 7, 1]);
  });
});

describe("addPeriod", () => {
  it("counts business days across a weekend", () => {
    // Friday + 1 business day = Monday.
    expect(addPeriod(at("2026-03-06T10:00:00Z"), { length: 1, unit: "business" }, rules)).toEqual(at("2026-03-09T10:00:00Z"));
    // Thursday + 3 = Tuesday.
    expect(addPeriod(at("2026-03-05T10:00:00Z"), { length: 3, unit: "business" }, rules)).toEqual(at("2026-03-10T10:00:00Z"));
  });

  it("skips listed holidays as well as weekends", () => {
    // Wed 23 Dec 2026 + 3 business days: Thu 24, (Fri 25 holiday, weekend), Mon 28, Tue 29.
    expect(addPeriod(at("2026-12-23T10:00:00Z"), { length: 3, unit: "business" }, rules)).toEqual(at("2026-12-29T10:00:00Z"));
    // Without the holiday it lands a day earlier.
    expect(addPeriod(at("2026-12-23T10:00:00Z"), { length: 3, unit: "business" }, defaultProcedureRules)).toEqual(at("2026-12-28T10:00:00Z"));
  });

  it("counts calendar days and rolls a due date off a weekend or holiday", () => {
    expect(addPeriod(at("2026-03-02T09:00:00Z"), { length: 30, unit: "calendar" }, rules)).toEqual(at("2026-04-01T09:00:00Z"));
    // 25 Nov + 30 = 25 Dec (holiday) → Mon 28 Dec.
    expect(addPeriod(at("2026-11-25T09:00:00Z"), { length: 30, unit: "calendar" }, rules)).toEqual(at("2026-12-28T09:00:00Z"));
    const noRoll = { ...rules, rollForwardOffNonBusinessDays: false };
    expect(addPeriod(at("2026-11-25T09:00:00Z"), { length: 30, unit: "calendar" }, noRoll)).toEqual(at("2026-12-25T09:00:00Z"));
  });

  it("gives the party the whole due day", () => {
    expect(dueDateFor(at("2026-03-02T09:00:00Z"), { length: 30, unit: "calendar" }, rules)).toEqual(at("2026-04-01T23:59:59.999Z"));
  });

  it("treats weekends and holidays as non-business days in UTC", () => {
    expect(isBusinessDay(at("2026-03-07T12:00:00Z"), rules)).toBe(false);
    expect(isBusinessDay(at("2027-01-01T12:00:00Z"), rules)).toBe(false);
    expect(isBusinessDay(at("2026-03-09T00:00:00Z"), rules)).toBe(true);
  });
});

describe("other date helpers", () => {
  it("clamps month arithmetic to the end of the month", () => {
    expect(addUtcMonths(at("2026-01-31T10:00:00Z"), 1)).toEqual(at("2026-02-28T10:00:00Z"));
    expect(addUtcMonths(at("2026-08-15T10:00:00Z"), 6)).toEqual(at("2027-02-15T10:00:00Z"));
  });

  it("deems mail received five days after posting", () => {
    expect(receiptDate(at("2026-03-02T09:00:00Z"), "MAIL", rules)).toEqual(at("2026-03-07T09:00:00Z"));
    expect(receiptDate(at("2026-03-02T09:00:00Z"), "ELECTRONIC", rules)).toEqual(at("2026-03-02T09:00:00Z"));
  });

  it("schedules reminders before the due date, skipping those already past", () => {
    const due = at("2026-04-01T23:59:59.999Z");
    expect(reminderDates(due, at("2026-03-02T00:00:00Z"), rules)).toEqual([at("2026-03-25T23:59:59.999Z"), at("2026-03-31T23:59:59.999Z")]);
    expect(reminderDates(due, at("2026-03-28T00:00:00Z"), rules)).toEqual([at("2026-03-31T23:59:59.999Z")]);
  });
});
