import { describe, expect, it } from "vitest";
import { certificationStatusFor, isOnProbation, LIFECYCLE_STATUSES } from "@/lib/domain/certification";
import {
  SANCTION_INFO,
  SANCTION_TYPES,
  SanctionActionsSchema,
  checkActionLimits,
  isNoMoreSevere,
  type SanctionAction,
} from "@/lib/domain/sanctions";

const suspension = (termMonths: number): SanctionAction => ({ type: "SUSPENSION", termMonths, conditions: [] });
const probation = (termMonths: number): SanctionAction => ({ type: "PROBATION", termMonths, conditions: [] });

describe("sanction menu", () => {
  it("publishes exactly public reprimand, probation, suspension and revocation", () => {
    expect(SANCTION_TYPES.filter((t) => SANCTION_INFO[t].isPublic)).toEqual(["PUBLIC_REPRIMAND", "PROBATION", "SUSPENSION", "REVOCATION"]);
  });

  it("allows combinations but not duplicates or revocation with anything else", () => {
    expect(SanctionActionsSchema.safeParse([probation(12), { type: "LETTER_OF_INSTRUCTION", conditions: [] }]).success).toBe(true);
    expect(SanctionActionsSchema.safeParse([probation(12), probation(6)]).success).toBe(false);
    expect(SanctionActionsSchema.safeParse([{ type: "REVOCATION" }, { type: "PUBLIC_REPRIMAND" }]).success).toBe(false);
  });

  it("requires hours on a continuing-education condition", () => {
    const ce = (hours?: number) => [{ type: "LETTER_OF_INSTRUCTION", conditions: [{ kind: "CE_HOURS", description: "Ethics", hours }] }];
    expect(SanctionActionsSchema.safeParse(ce()).success).toBe(false);
    expect(SanctionActionsSchema.safeParse(ce(8)).success).toBe(true);
  });

  it("checks terms against the configured maxima", () => {
    const limits = { suspensionMaxMonths: 24, probationMaxMonths: 60 };
    expect(checkActionLimits([suspension(24)], limits)).toBeNull();
    expect(checkActionLimits([suspension(25)], limits)).toMatch(/24 months/);
    expect(checkActionLimits([probation(61)], limits)).toMatch(/60 months/);
  });

  it("tells a reduction from an increase", () => {
    expect(isNoMoreSevere([probation(12)], [suspension(6)])).toBe(true);
    expect(isNoMoreSevere([suspension(3)], [suspension(6)])).toBe(true);
    expect(isNoMoreSevere([suspension(12)], [suspension(6)])).toBe(false);
    expect(isNoMoreSevere([{ type: "REVOCATION" }], [suspension(6)])).toBe(false);
    expect(isNoMoreSevere([{ type: "PRIVATE_REPRIMAND" }], [{ type: "PRIVATE_REPRIMAND" }])).toBe(true);
    expect(isNoMoreSevere([{ type: "PUBLIC_REPRIMAND" }], [{ type: "LETTER_OF_INSTRUCTION", conditions: [] }])).toBe(false);
  });
});

describe("certificationStatusFor", () => {
  it.each(LIFECYCLE_STATUSES)("keeps %s when no discipline is in effect", (lifecycle) => {
    expect(certificationStatusFor(lifecycle, [])).toBe(lifecycle);
    expect(certificationStatusFor(lifecycle, [{ type: "PUBLIC_REPRIMAND" }, { type: "PROBATION" }])).toBe(lifecycle);
  });

  it("lets discipline override the lifecycle, revocation over suspension", () => {
    expect(certificationStatusFor("EXPIRED", [{ type: "SUSPENSION" }])).toBe("SUSPENDED");
    expect(certificationStatusFor("RETIRED", [{ type: "SUSPENSION" }, { type: "REVOCATION" }])).toBe("REVOKED");
  });

  it("flags probation without changing the status", () => {
    expect(isOnProbation([{ type: "PROBATION" }])).toBe(true);
    expect(isOnProbation([{ type: "SUSPENSION" }])).toBe(false);
  });
});
