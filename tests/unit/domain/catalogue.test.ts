import { describe, expect, it } from "vitest";
import {
  CATALOGUE,
  CODE_VERSIONS,
  ProvisionRefSchema,
  STANDARD_GROUPS,
  citableProvisions,
  findProvision,
  provisionId,
} from "@/lib/domain/catalogue";
import { APPEAL_GROUNDS, APPEAL_GROUND_INFO } from "@/lib/domain/appeal-grounds";
import { DISMISSAL_REASONS, dismissalReasonsFor } from "@/lib/domain/reason-codes";

describe("Code catalogue", () => {
  it.each(CODE_VERSIONS)("%s has Rules R1–R6 and Standards S1–S26 as citable provisions", (version) => {
    const codes = citableProvisions(version).map((p) => p.code);
    expect(codes).toEqual([
      ...Array.from({ length: 6 }, (_, i) => `R${i + 1}`),
      ...Array.from({ length: 26 }, (_, i) => `S${i + 1}`),
    ]);
  });

  it("puts the 26 Standards in five groups as DOMAIN §6 lists them", () => {
    const standards = CATALOGUE[2015].filter((p) => p.kind === "STANDARD");
    const countByGroup = Object.keys(STANDARD_GROUPS).map((g) => standards.filter((p) => p.groupNumber === Number(g)).length);
    expect(countByGroup).toEqual([1, 8, 3, 6, 8]);
    expect(findProvision(2015, "S9")?.title).toBe("Compliance with Proceedings");
  });

  it("gives every provision a plain-language description and a stable id", () => {
    for (const version of CODE_VERSIONS) {
      for (const provision of CATALOGUE[version]) {
        expect(provision.plainLanguage.length).toBeGreaterThan(10);
        expect(provision.id).toBe(`${version}:${provision.code}`);
      }
    }
    expect(new Set(CATALOGUE[2023].map((p) => p.id)).size).toBe(CATALOGUE[2023].length);
  });

  it("accepts a citation of a Rule or Standard and refuses Principles and unknown codes", () => {
    expect(ProvisionRefSchema.safeParse({ codeVersion: 2023, code: "S21" }).success).toBe(true);
    const principle = ProvisionRefSchema.safeParse({ codeVersion: 2015, code: "P1" });
    expect(principle.success).toBe(false);
    expect(principle.error?.issues[0]?.message).toMatch(/Principle/);
    expect(ProvisionRefSchema.safeParse({ codeVersion: 2015, code: "S27" }).success).toBe(false);
    expect(ProvisionRefSchema.safeParse({ codeVersion: 2016, code: "S1" }).success).toBe(false);
    expect(provisionId({ codeVersion: 2015, code: "R2" })).toBe("2015:R2");
  });
});

describe("reference codes", () => {
  it("split dismissal reasons between screening and committee review", () => {
    expect(dismissalReasonsFor("PRELIMINARY")).toEqual(["NO_JURISDICTION", "NO_BREACH_ALLEGED", "FRIVOLOUS", "DUPLICATE", "UNTIMELY"]);
    expect(dismissalReasonsFor("COMMITTEE")).toEqual(["NO_VIOLATION_FOUND", "INSUFFICIENT_EVIDENCE"]);
    expect(DISMISSAL_REASONS).toHaveLength(7);
  });

  it("describe the four appeal grounds", () => {
    expect(APPEAL_GROUNDS.map((g) => APPEAL_GROUND_INFO[g].label)).toEqual([
      "Procedure not followed",
      "Findings not supported",
      "Sanction disproportionate",
      "Conflict of interest",
    ]);
  });
});
