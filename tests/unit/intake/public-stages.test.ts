import { describe, expect, it } from "vitest";
import { describePeriod, publicStages } from "@/lib/domain/intake/public-stages";
import { ProcedureRulesSchema } from "@/lib/workflow/rules";

describe("the home page's stages and their typical durations", () => {
  it("with the default rules: DOMAIN §3's clocks, in order", () => {
    const stages = publicStages(ProcedureRulesSchema.parse({}));
    expect(stages.map((stage) => [stage.name, stage.duration])).toEqual([
      ["Acknowledgement", "within 10 business days"],
      ["Preliminary review", "usually within 45 days"],
      ["Response from the case manager", "30 days to respond"],
      ["Committee review", "30 days to answer any request"],
      ["Proposed outcome or hearing", "30 days to accept or ask for a hearing"],
      ["Appeal", "30 days to appeal"],
    ]);
    expect(stages[2]!.detail).toContain("extend this once, by up to 30 days");
    expect(stages[4]!.detail).toContain("at least 30 days ahead");
    expect(stages[5]!.detail).toContain("within about 90 days");
  });

  it("follows the procedure settings an administrator changed", () => {
    const rules = ProcedureRulesSchema.parse({
      clocks: { acknowledge: { length: 1, unit: "business" }, response: { length: 21, unit: "business" }, appeal: { length: 15 } },
      responseExtension: { maxCount: 0 },
    });
    const stages = publicStages(rules);
    expect(stages.find((stage) => stage.name === "Acknowledgement")!.duration).toBe("within 1 business day");
    const response = stages.find((stage) => stage.name === "Response from the case manager")!;
    expect(response.duration).toBe("21 business days to respond");
    expect(response.detail).not.toContain("extend");
    expect(stages.find((stage) => stage.name === "Appeal")!.duration).toBe("15 days to appeal");
  });

  it("names the unit and the plural", () => {
    expect(describePeriod({ length: 1, unit: "calendar" })).toBe("1 day");
    expect(describePeriod({ length: 2, unit: "business" })).toBe("2 business days");
  });
});
