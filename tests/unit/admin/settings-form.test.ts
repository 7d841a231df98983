import { describe, expect, it } from "vitest";
import {
  ProcedureSettingsSchema,
  defaultLetterhead,
  diffSettings,
  settingsFieldErrors,
  settingsFormValues,
  settingsInputFromForm,
} from "@/lib/domain/admin/settings";
import { defaultProcedureRules } from "@/lib/workflow/rules";

function formFrom(values: Record<string, string>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (key.endsWith("RuleIds")) for (const rule of value.split("\n").filter(Boolean)) form.append(key, rule);
    else if (key === "rollForwardOffNonBusinessDays") {
      if (value === "on") form.append(key, "on");
    } else form.append(key, value);
  }
  return form;
}

const defaults = () => settingsFormValues(defaultProcedureRules, defaultLetterhead);

function parse(values: Record<string, string>) {
  const input = settingsInputFromForm(formFrom(values));
  const result = ProcedureSettingsSchema.safeParse(input);
  return { input, result, errors: result.success ? {} : settingsFieldErrors(result.error, input) };
}

describe("settings form", () => {
  it("round-trips the defaults exactly", () => {
    const { result } = parse(defaults());
    expect(result.success).toBe(true);
    const { letterhead, ...rules } = result.data!;
    expect(rules).toEqual(defaultProcedureRules);
    expect(letterhead).toEqual(defaultLetterhead);
  });

  it("reads changes: a business-day clock, holidays, blank retention as permanent, unchecked rules", () => {
    const { result } = parse({
      ...defaults(),
      "clocks.response.length": "21",
      "clocks.response.unit": "business",
      holidays: "2026-12-25\n2026-01-01, 2026-12-25",
      "retention.dismissedYears": "",
      "filing.exemptRuleIds": "R2",
    });
    expect(result.success).toBe(true);
    expect(result.data!.clocks.response).toEqual({ length: 21, unit: "business" });
    expect(result.data!.holidays).toEqual(["2026-01-01", "2026-12-25"]);
    expect(result.data!.retention.dismissedYears).toBeNull();
    expect(result.data!.filing.exemptRuleIds).toEqual(["R2"]);
  });

  it("names the setting in each error, keyed by its field", () => {
    const { errors } = parse({
      ...defaults(),
      "clocks.response.length": "0",
      "clocks.hearingNotice.length": "0",
      "clocks.hearingReNotice.length": "-1",
      "clocks.appeal.length": "thirty",
      "hearing.quorum": "99",
      "mailReceiptDays": "",
      holidays: "2026-02-30",
      reminderOffsetsDays: "7, 400",
      "letterhead.signatoryName": " ",
      "letterhead.email": "not-an-email",
    });
    expect(errors["clocks.response.length"]).toEqual(["CCM's written response (T_resp) must be at least 1"]);
    // A minimum notice may be 0 (no minimum); never negative.
    expect(errors["clocks.hearingNotice.length"]).toBeUndefined();
    expect(errors["clocks.hearingReNotice.length"]).toEqual(["Notice of a postponed hearing must be at least 0"]);
    expect(errors["clocks.appeal.length"]).toEqual(["Filing an appeal (T_appeal): enter a whole number"]);
    expect(errors["hearing.quorum"]).toEqual(["Hearing quorum must be at most 15"]);
    expect(errors.mailReceiptDays?.[0]).toMatch(/whole number/);
    expect(errors.holidays).toEqual(['Holiday "2026-02-30" is not a real date in the form YYYY-MM-DD']);
    expect(errors.reminderOffsetsDays?.[0]).toContain('"400"');
    expect(errors["letterhead.signatoryName"]).toEqual(["Enter the signatory's name"]);
    expect(errors["letterhead.email"]?.[0]).toContain("contact email");
  });

  it("diffs leaves with before and after", () => {
    expect(
      diffSettings({ clocks: { response: { length: 30, unit: "calendar" } }, holidays: [] }, { clocks: { response: { length: 21, unit: "calendar" } }, holidays: ["2026-12-25"] }),
    ).toEqual([
      { path: "clocks.response.length", before: 30, after: 21 },
      { path: "holidays", before: [], after: ["2026-12-25"] },
    ]);
  });
});

describe("settings coverage", () => {
  it("puts every procedure rule on the form, except the audit log's retention (never purged)", () => {
    const leaves = (value: unknown, path = ""): string[] =>
      typeof value === "object" && value !== null && !Array.isArray(value)
        ? Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key))
        : [path];
    const onForm = new Set(Object.keys(defaults()).map((name) => name.replace(/^clocks\.(\w+)\.(length|unit)$/, "clocks.$1.$2")));
    const missing = leaves(defaultProcedureRules).filter((path) => !onForm.has(path) && path !== "retention.auditLogYears");
    expect(missing).toEqual([]);
  });

  it("keeps a stored rule the form does not carry", () => {
    const input = settingsInputFromForm(formFrom(defaults()), { retention: { auditLogYears: 7 }, futureRule: { x: 1 } });
    expect((input.retention as Record<string, unknown>).auditLogYears).toBeNull();
    expect(input.futureRule).toEqual({ x: 1 });
  });
});
