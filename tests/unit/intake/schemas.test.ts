import { describe, expect, it } from "vitest";
import { AboutYouSchema } from "@/lib/domain/intake/about-you";
import { AccessCodeSchema, formatAccessCode, ReferenceSchema } from "@/lib/domain/intake/access-code";
import { CaseManagerSchema, NOT_LISTED } from "@/lib/domain/intake/case-manager";
import { codeVersionInForce } from "@/lib/domain/intake/code-version";
import { ConsentsSchema } from "@/lib/domain/intake/consents";
import { allegedProvisionsSchema } from "@/lib/domain/intake/rules";
import { nextPath, previousPath, stepNumber } from "@/lib/domain/intake/steps";
import { isOutsideFilingWindow } from "@/lib/domain/intake/timeliness";
import { whatHappenedSchema } from "@/lib/domain/intake/what-happened";
import { fieldErrorsFrom } from "@/lib/domain/form-state";

const NOW = new Date("2026-03-02T09:00:00Z");
const errors = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrorsFrom(result.error as Parameters<typeof fieldErrorsFrom>[0]);

const aboutYou = {
  name: " Pat Complainant ",
  email: "Pat@Example.org",
  relationship: "CLIENT",
  preferredContact: "EMAIL",
  shareWithRespondent: "no",
};

describe("About you", () => {
  it("parses a minimal answer, trimming and lower-casing the email", () => {
    const parsed = AboutYouSchema.parse(aboutYou);
    expect(parsed).toMatchObject({ name: "Pat Complainant", email: "pat@example.org", shareWithRespondent: false });
    expect(parsed.phone).toBeUndefined();
  });

  it("says what is missing, GOV.UK style", () => {
    expect(errors(AboutYouSchema.safeParse({}))).toMatchObject({
      name: ["Enter your full name"],
      email: ["Enter your email address"],
      relationship: ["Select how you know the case manager"],
      preferredContact: ["Select how you would like us to contact you"],
      shareWithRespondent: ["Select whether we may tell the case manager who you are"],
    });
  });

  it("asks for the details a choice depends on", () => {
    const result = AboutYouSchema.safeParse({ ...aboutYou, relationship: "OTHER", preferredContact: "POST", email: "not-an-email" });
    expect(errors(result)).toMatchObject({
      relationshipOther: ["Describe how you know the case manager"],
      postalAddress: [expect.stringMatching(/postal address/)],
      email: [expect.stringMatching(/correct format/)],
    });
  });

  it("refuses values that are not on the form and over-long text", () => {
    expect(AboutYouSchema.safeParse({ ...aboutYou, relationship: "BOSS" }).success).toBe(false);
    expect(errors(AboutYouSchema.safeParse({ ...aboutYou, name: "x".repeat(201) }))).toEqual({ name: ["Full name must be 200 characters or fewer"] });
  });
});

describe("What happened", () => {
  const base = {
    "conductFrom-day": "3",
    "conductFrom-month": "2",
    "conductFrom-year": "2025",
    "learnedAt-day": "10",
    "learnedAt-month": "2",
    "learnedAt-year": "2025",
    narrative: "They stopped returning calls.",
  };

  it("reads the GOV.UK date fields as UTC dates", () => {
    const parsed = whatHappenedSchema(NOW).parse(base);
    expect(parsed.conductFrom.toISOString()).toBe("2025-02-03T00:00:00.000Z");
    expect(parsed.learnedAt.toISOString()).toBe("2025-02-10T00:00:00.000Z");
    expect(parsed.conductTo).toBeUndefined();
  });

  it("names the missing part, an unreal date, a future date and the wrong order", () => {
    const result = whatHappenedSchema(NOW).safeParse({
      ...base,
      "conductFrom-month": "",
      "conductTo-day": "31",
      "conductTo-month": "2",
      "conductTo-year": "2025",
      "learnedAt-year": "2027",
      narrative: "",
    });
    expect(errors(result)).toEqual({
      conductFrom: ["The date it started must include a month"],
      conductTo: ["The date it ended must be a real date"],
      learnedAt: ["The date you found out must be today or in the past"],
      narrative: ["Describe what happened"],
    });
    const order = whatHappenedSchema(NOW).safeParse({ ...base, "learnedAt-day": "1" });
    expect(errors(order)).toEqual({ learnedAt: ["The date you found out must be the same as or after the date it started"] });
  });

  it("limits the narrative to 10,000 characters", () => {
    expect(errors(whatHappenedSchema(NOW).safeParse({ ...base, narrative: "x".repeat(10_001) }))).toEqual({
      narrative: ["The description of what happened must be 10,000 characters or fewer"],
    });
    expect(whatHappenedSchema(NOW).safeParse({ ...base, narrative: "x".repeat(10_000) }).success).toBe(true);
  });

  it("picks the Code edition in force on the conduct date", () => {
    expect(codeVersionInForce(new Date("2014-12-31T00:00:00Z"))).toBe(2009);
    expect(codeVersionInForce(new Date("2015-01-01T00:00:00Z"))).toBe(2015);
    expect(codeVersionInForce(new Date("2023-06-01T00:00:00Z"))).toBe(2023);
  });

  it("allows only citable Rules and Standards of that edition", () => {
    expect(allegedProvisionsSchema(2023).parse({ provisions: ["S11", "R3", "S11"] })).toEqual({ provisions: ["S11", "R3"] });
    expect(allegedProvisionsSchema(2023).parse({})).toEqual({ provisions: [] });
    expect(allegedProvisionsSchema(2015).safeParse({ provisions: ["P1"] }).success).toBe(false);
    expect(allegedProvisionsSchema(2015).safeParse({ provisions: "S99" }).success).toBe(false);
  });

  it("flags a complaint over a year after discovery unless it alleges an exempt Rule", () => {
    const filing = { windowDays: 365, exemptRuleIds: ["R1", "R2", "R4"] };
    const learned = new Date("2024-12-01T00:00:00Z");
    expect(isOutsideFilingWindow(learned, ["S3"], filing, NOW)).toBe(true);
    expect(isOutsideFilingWindow(learned, ["R2"], filing, NOW)).toBe(false);
    expect(isOutsideFilingWindow(new Date("2025-06-01T00:00:00Z"), [], filing, NOW)).toBe(false);
  });
});

describe("The case manager and consents", () => {
  it("needs a name unless a register record was picked, and drops typed names when one was", () => {
    expect(errors(CaseManagerSchema.safeParse({ match: NOT_LISTED }))).toEqual({ name: [expect.stringMatching(/Enter the case manager's name/)] });
    expect(CaseManagerSchema.parse({ match: "20150042", name: "Someone", employer: "Riverside" })).toMatchObject({
      match: "20150042",
      name: undefined,
      employer: "Riverside",
    });
    expect(CaseManagerSchema.parse({ name: "Jo Smith" }).match).toBe(NOT_LISTED);
  });

  it("refuses a register pick with a NUL as a field error (PostgreSQL would fail the look-up)", () => {
    expect(errors(CaseManagerSchema.safeParse({ match: "name\u0000@example.org", employer: "Riverside" }))).toEqual({
      match: ["Select the case manager from the list"],
    });
  });

  it("needs every required tick and a typed signature", () => {
    expect(Object.keys(errors(ConsentsSchema.safeParse({ releaseOfInformation: "yes" })))).toEqual(["confidentiality", "truthfulnessAttestation", "signedName"]);
    expect(ConsentsSchema.parse({ releaseOfInformation: "yes", confidentiality: "yes", truthfulnessAttestation: "yes", signedName: "Pat" })).toEqual({
      releaseOfInformation: true,
      healthRecordsAuthorization: false,
      confidentiality: true,
      truthfulnessAttestation: true,
      signedName: "Pat",
    });
  });
});

describe("references, access codes and step order", () => {
  it("normalises what people type", () => {
    expect(ReferenceSchema.parse(" epc-2026-0007 ")).toBe("EPC-2026-0007");
    expect(ReferenceSchema.safeParse("2026-7").success).toBe(false);
    expect(AccessCodeSchema.parse("7kq2 m9xd-4rtb-hn3w")).toBe("7KQ2M9XD4RTBHN3W");
    expect(AccessCodeSchema.parse("OIL0-0000-0000-0000")).toBe("0110000000000000");
    expect(AccessCodeSchema.safeParse("short").success).toBe(false);
    expect(formatAccessCode("7kq2m9xd4rtbhn3w")).toBe("7KQ2-M9XD-4RTB-HN3W");
  });

  it("walks the pages in order, and back to the summary when changing an answer", () => {
    expect(stepNumber("about-you")).toBe(1);
    expect(nextPath("about-you", false)).toBe("/complaints/new/case-manager");
    expect(nextPath("consents", false)).toBe("/complaints/new/check-answers");
    expect(nextPath("rules", true)).toBe("/complaints/new/check-answers");
    expect(previousPath("about-you", false)).toBe("/complaints/new");
    expect(previousPath("what-happened", false)).toBe("/complaints/new/case-manager");
  });
});
