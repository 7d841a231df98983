import { describe, expect, it } from "vitest";
import { auditActorFor, auditPayload, auditReason } from "@/lib/server/cases/audit-payload";
import { EventSchema, type EventInput } from "@/lib/workflow";

const parse = (event: EventInput) => EventSchema.parse(event);

describe("audit payload", () => {
  it("keeps ids, codes, numbers and dates, and drops every free-text field", () => {
    const event = parse({
      type: "DECIDE_AFTER_HEARING",
      findingsOfFact: "Jane Doe's records were left in a printer",
      provisionsBreached: [{ codeVersion: 2023, code: "S15" }],
      actions: [{ type: "SUSPENSION", termMonths: 6, conditions: [{ kind: "CE_HOURS", description: "Ethics CE with Dr Smith", hours: 8, dueAt: new Date("2026-09-01T00:00:00Z") }] }],
      reasons: "Because Jane Doe said so",
      votes: [{ personId: "p1", choice: "FOR" }],
    });
    const payload = auditPayload(event, { version: 7 });
    expect(JSON.stringify(payload)).not.toMatch(/Jane|Smith/);
    expect(payload).toEqual({
      event: {
        type: "DECIDE_AFTER_HEARING",
        provisionsBreached: [{ codeVersion: 2023, code: "S15" }],
        actions: [{ type: "SUSPENSION", termMonths: 6, conditions: [{ kind: "CE_HOURS", hours: 8, dueAt: "2026-09-01T00:00:00.000Z" }] }],
        votes: [{ personId: "p1", choice: "FOR" }],
      },
      textOmitted: ["actions.conditions.description", "findingsOfFact", "reasons"],
      version: 7,
    });
  });

  it("keeps id lists and enum lists, drops names and free-text lists", () => {
    const payload = auditPayload(parse({ type: "REQUEST_INFO", from: "THIRD_PARTY", items: ["Her GP's notes"], thirdParty: { name: "Dr Who", email: "who@example.org" } }));
    expect(payload.event).toEqual({ type: "REQUEST_INFO", from: "THIRD_PARTY", items: [], thirdParty: {} });
    expect(payload.textOmitted).toEqual(["items", "thirdParty.email", "thirdParty.name"]);
    const appeal = auditPayload(parse({ type: "FILE_APPEAL", grounds: ["FINDINGS_UNSUPPORTED"], statement: "x", documentIds: ["d1", "d2"] }));
    expect(appeal.event).toEqual({ type: "FILE_APPEAL", grounds: ["FINDINGS_UNSUPPORTED"], documentIds: ["d1", "d2"] });
  });

  it("puts a code, never prose, in the reason column", () => {
    expect(auditReason(parse({ type: "DISMISS", reasonCode: "FRIVOLOUS", reasons: "No basis" }))).toBe("FRIVOLOUS");
    expect(auditReason(parse({ type: "DECIDE_APPEAL", outcome: { kind: "REVERSE" }, reasons: "r", votes: [{ personId: "a", choice: "FOR" }] }))).toBe("REVERSE");
    expect(auditReason(parse({ type: "START_INTAKE" }))).toBeNull();
  });

  it("maps workflow actors to audit actors", () => {
    expect(auditActorFor({ kind: "person", personId: "p", roles: [], certificationIds: [] })).toEqual({ kind: "PERSON", id: "p" });
    expect(auditActorFor({ kind: "complainant", complaintId: "c" })).toEqual({ kind: "COMPLAINANT", id: "c" });
    expect(auditActorFor({ kind: "system" })).toEqual({ kind: "SYSTEM", id: null });
  });
});
