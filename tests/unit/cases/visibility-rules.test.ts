import { describe, expect, it } from "vitest";
import { caseAccessFor, seesDocument, seesVotes, type VisibilityFacts } from "@/lib/server/cases/visibility-rules";
import type { Actor } from "@/lib/workflow";
import type { Role } from "@/lib/domain/roles";

const person = (personId: string, roles: Role[], certificationIds: string[] = []): Actor => ({ kind: "person", personId, roles, certificationIds });

const facts = (over: Partial<VisibilityFacts> = {}): VisibilityFacts => ({
  id: "case-1",
  respondentCertificationId: "cert-1",
  respondentNotifiedAt: new Date("2026-03-01T00:00:00Z"),
  recusedPersonIds: ["recused"],
  representativePersonIds: ["rep"],
  appealPanelPersonIds: ["commissioner"],
  shareWithRespondent: false,
  identityDisclosureGranted: false,
  ...over,
});

describe("caseAccessFor (DOMAIN §8)", () => {
  it("gives staff, committee and the system the whole record", () => {
    for (const actor of [person("s", ["STAFF"]), person("m", ["COMMITTEE_MEMBER"]), person("c", ["COMMITTEE_CHAIR"]), { kind: "system" } as Actor]) {
      expect(caseAccessFor(facts(), actor)).toMatchObject({ canAct: true, fullRecord: true, seesInternalNotes: true });
    }
  });

  it("shows a recused member the reference only, whatever their roles", () => {
    expect(caseAccessFor(facts(), person("recused", ["COMMITTEE_CHAIR", "STAFF"]))).toEqual({
      kind: "RECUSED",
      canAct: false,
      fullRecord: false,
      seesInternalNotes: false,
      seesComplainantIdentity: false,
    });
  });

  it("shows commissioners only the cases whose appeal they sit on", () => {
    expect(caseAccessFor(facts(), person("commissioner", ["APPEAL_PANEL"]))?.kind).toBe("APPEAL_PANEL");
    expect(caseAccessFor(facts(), person("other-commissioner", ["APPEAL_PANEL"]))).toBeNull();
  });

  it("shows the respondent and their representative the case once notified, never the notes, identity only if shared", () => {
    const ccm = person("ccm", ["CCM"], ["cert-1"]);
    expect(caseAccessFor(facts({ respondentNotifiedAt: null }), ccm)).toBeNull();
    expect(caseAccessFor(facts(), ccm)).toMatchObject({ kind: "RESPONDENT", fullRecord: false, seesInternalNotes: false, seesComplainantIdentity: false });
    expect(caseAccessFor(facts({ shareWithRespondent: true }), ccm)?.seesComplainantIdentity).toBe(true);
    expect(caseAccessFor(facts({ identityDisclosureGranted: true }), ccm)?.seesComplainantIdentity).toBe(true);
    expect(caseAccessFor(facts(), person("rep", []))?.kind).toBe("RESPONDENT");
    // A party who also sits on the committee sees the case only as a party.
    expect(caseAccessFor(facts(), person("ccm-member", ["COMMITTEE_MEMBER"], ["cert-1"]))?.kind).toBe("RESPONDENT");
  });

  it("refuses other CCMs, administrators, strangers and complainants of other cases", () => {
    expect(caseAccessFor(facts(), person("other", ["CCM"], ["cert-2"]))).toBeNull();
    expect(caseAccessFor(facts(), person("admin", ["ADMIN"]))).toBeNull();
    expect(caseAccessFor(facts(), person("nobody", []))).toBeNull();
    expect(caseAccessFor(facts(), { kind: "complainant", complaintId: "case-2" })).toBeNull();
    expect(caseAccessFor(facts(), { kind: "complainant" })).toBeNull();
    expect(caseAccessFor(facts(), { kind: "complainant", complaintId: "case-1" })).toMatchObject({ kind: "COMPLAINANT", fullRecord: false });
  });
});

describe("what a party sees inside a case", () => {
  const respondent = caseAccessFor(facts(), person("ccm", ["CCM"], ["cert-1"]))!;
  const complainant = caseAccessFor(facts(), { kind: "complainant", complaintId: "case-1" })!;

  it("votes only once the decision is issued", () => {
    expect(seesVotes(respondent, { issuedAt: null })).toBe(false);
    expect(seesVotes(respondent, { issuedAt: new Date() })).toBe(true);
    expect(seesVotes(complainant, { issuedAt: new Date() })).toBe(false);
  });

  it("documents shared with them or sent by them; the complainant never sees the CCM's response", () => {
    expect(seesDocument(respondent, { audience: "COMMITTEE_AND_RESPONDENT", uploaderKind: "STAFF" })).toBe(true);
    expect(seesDocument(respondent, { audience: "COMMITTEE_ONLY", uploaderKind: "COMPLAINANT" })).toBe(false);
    expect(seesDocument(complainant, { audience: "COMMITTEE_AND_RESPONDENT", uploaderKind: "RESPONDENT" })).toBe(false);
    expect(seesDocument(complainant, { audience: "COMMITTEE_ONLY", uploaderKind: "COMPLAINANT" })).toBe(true);
    expect(seesDocument(complainant, { audience: "ALL_PARTIES", uploaderKind: "STAFF" })).toBe(true);
  });
});
