import type { Role } from "@/lib/domain/roles";
import type { Actor, CaseSnapshot } from "@/lib/workflow";

/** A small cast of people with fixed ids, and the roster the server would load for a case. */

const person = (personId: string, roles: Role[], certificationIds: string[] = []): Actor => ({
  kind: "person",
  personId,
  roles,
  certificationIds,
});

export const RESPONDENT_CERT = "cert-ccm";

export const actors = {
  complainant: { kind: "complainant" } as Actor,
  system: { kind: "system" } as Actor,
  staff: person("staff-1", ["STAFF"]),
  admin: person("admin-1", ["ADMIN"]),
  chair: person("chair", ["COMMITTEE_CHAIR", "COMMITTEE_MEMBER"]),
  vice: person("vice", ["COMMITTEE_VICE_CHAIR", "COMMITTEE_MEMBER"]),
  m1: person("m1", ["COMMITTEE_MEMBER"]),
  m2: person("m2", ["COMMITTEE_MEMBER"]),
  m3: person("m3", ["COMMITTEE_MEMBER"]),
  /** A committee member recused on every case of this world. */
  recused: person("m-recused", ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "STAFF"]),
  a1: person("a1", ["APPEAL_PANEL"]),
  a2: person("a2", ["APPEAL_PANEL"]),
  a3: person("a3", ["APPEAL_PANEL"]),
  a4: person("a4", ["APPEAL_PANEL"]),
  respondent: person("ccm-person", ["CCM"], [RESPONDENT_CERT]),
  representative: person("rep-1", []),
  /** Another CCM with no part in the case. */
  otherCcm: person("other-ccm", ["CCM"], ["cert-other"]),
  /** A respondent who also sits on the committee: may act only as the respondent. */
  outsider: person("nobody", []),
} as const;

export const COMMITTEE = ["chair", "vice", "m1", "m2", "m3", "m-recused"];
export const APPEAL_BODY = ["a1", "a2", "a3", "a4"];
export const HEARING_PANEL = ["chair", "m1", "m2"];
export const APPEAL_PANEL = ["a1", "a2", "a3"];

/** Case data that comes from the registry and the recusal register, not from events. */
export function withRoster(snapshot: CaseSnapshot): CaseSnapshot {
  return {
    ...snapshot,
    committeePersonIds: COMMITTEE,
    appealBodyPersonIds: APPEAL_BODY,
    recusedPersonIds: ["m-recused"],
    representativePersonIds: ["rep-1"],
  };
}

export const votesFor = (ids: readonly string[]) => ids.map((personId) => ({ personId, choice: "FOR" as const }));
