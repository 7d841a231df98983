import { describe, expect, it } from "vitest";
import { ACCEPT_CONFIRMATION, ActivationRequestSchema, AppealFormSchema, ElectionFormSchema, ExtensionFormSchema } from "@/lib/domain/portal/forms";

const base = { caseId: "case-1", expectedVersion: "7" };

describe("portal form schemas", () => {
  it("written acceptance needs the waiver confirmed; a hearing request does not", () => {
    const accept = ElectionFormSchema.safeParse({ ...base, choice: "accept", signedName: "Jordan Ellis" });
    expect(accept.success).toBe(false);
    expect(accept.error?.issues[0]).toMatchObject({ path: ["waiver"] });
    expect(ElectionFormSchema.parse({ ...base, choice: "accept", signedName: "Jordan Ellis", waiver: ACCEPT_CONFIRMATION })).toMatchObject({ expectedVersion: 7 });
    expect(ElectionFormSchema.safeParse({ ...base, choice: "hearing", signedName: "Jordan Ellis" }).success).toBe(true);
    expect(ElectionFormSchema.safeParse({ ...base, signedName: "Jordan Ellis" }).error?.issues[0]?.path).toEqual(["choice"]);
  });

  it("an appeal needs at least one known ground, each once", () => {
    expect(AppealFormSchema.safeParse({ ...base, grounds: [], statement: "x" }).success).toBe(false);
    expect(AppealFormSchema.safeParse({ ...base, grounds: ["MADE_UP"], statement: "x" }).success).toBe(false);
    expect(AppealFormSchema.parse({ ...base, grounds: ["FINDINGS_UNSUPPORTED", "FINDINGS_UNSUPPORTED"], statement: "x" }).grounds).toEqual(["FINDINGS_UNSUPPORTED"]);
  });

  it("an extension is a whole number of days with a reason", () => {
    expect(ExtensionFormSchema.safeParse({ ...base, days: "ten", reason: "x" }).success).toBe(false);
    expect(ExtensionFormSchema.parse({ ...base, days: "14", reason: "In hospital" }).days).toBe(14);
  });

  it("activation normalises the email address", () => {
    expect(ActivationRequestSchema.parse({ ccmNumber: " 20150042 ", email: " Jordan@Example.ORG " })).toEqual({ ccmNumber: "20150042", email: "jordan@example.org" });
  });
});

describe("text PostgreSQL cannot store", () => {
  it("a NUL in a response, a signature or a note is a field error, not a failed save", async () => {
    const { RespondFormSchema, ElectionFormSchema } = await import("@/lib/domain/portal/forms");
    const respond = RespondFormSchema.safeParse({ caseId: "c1", expectedVersion: "3", statement: "I deny\u0000 it" });
    expect(respond.success).toBe(false);
    expect(respond.error?.issues[0]?.path).toEqual(["statement"]);
    const election = ElectionFormSchema.safeParse({ caseId: "c1", expectedVersion: "3", choice: "hearing", signedName: "Jo\u0000 Ellis" });
    expect(election.error?.issues.map((issue) => issue.path[0])).toEqual(["signedName"]);
    const { NoteSchema } = await import("@/lib/domain/committee/record-forms");
    expect(NoteSchema.safeParse({ caseId: "c1", noteBody: "note\u0000" }).success).toBe(false);
    expect(NoteSchema.safeParse({ caseId: "c1", noteBody: "a plain note" }).success).toBe(true);
  });
});
