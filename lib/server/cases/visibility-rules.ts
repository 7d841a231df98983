import { hasAnyRole, type Role } from "@/lib/domain/roles";
import type { Actor } from "@/lib/workflow";

/**
 * Who sees what of a case (DOMAIN §8), as a pure function of the actor and a few facts about the
 * case. Anything not granted here is refused: a case the actor may not see is a 404.
 */

export type CaseAccessKind =
  /** Timed and automatic events. */
  | "SYSTEM"
  | "STAFF"
  | "COMMITTEE"
  /** A commissioner sitting on an appeal of this case. */
  | "APPEAL_PANEL"
  /** A recused member: the reference only, and no action. */
  | "RECUSED"
  /** The CCM complained about, or their active representative, once told of the complaint. */
  | "RESPONDENT"
  | "COMPLAINANT";

export interface CaseAccess {
  kind: CaseAccessKind;
  /** May send events at all (the machine still decides which). */
  canAct: boolean;
  /** The whole record: every document, decision and vote. Internal notes go with it. */
  fullRecord: boolean;
  seesInternalNotes: boolean;
  seesComplainantIdentity: boolean;
}

export interface VisibilityFacts {
  id: string;
  respondentCertificationId: string | null;
  respondentNotifiedAt: Date | null;
  recusedPersonIds: readonly string[];
  /** Representatives whose authority has not been revoked. */
  representativePersonIds: readonly string[];
  /** Everyone on the panel of any appeal of this case. */
  appealPanelPersonIds: readonly string[];
  shareWithRespondent: boolean;
  identityDisclosureGranted: boolean;
}

const COMMITTEE_ROLES: readonly Role[] = ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR"];

const full = (kind: CaseAccessKind): CaseAccess => ({
  kind,
  canAct: true,
  fullRecord: true,
  seesInternalNotes: true,
  seesComplainantIdentity: true,
});

/** True when the person is the respondent CCM or acts for them on this case. */
export function isPartyPerson(facts: VisibilityFacts, actor: Extract<Actor, { kind: "person" }>): boolean {
  return (
    (facts.respondentCertificationId !== null && actor.certificationIds.includes(facts.respondentCertificationId)) ||
    facts.representativePersonIds.includes(actor.personId)
  );
}

/** The access `actor` has to the case, or null when it may not know the case exists. */
export function caseAccessFor(facts: VisibilityFacts, actor: Actor): CaseAccess | null {
  if (actor.kind === "system") return full("SYSTEM");
  if (actor.kind === "complainant") {
    if (actor.complaintId === undefined || actor.complaintId !== facts.id) return null;
    // Their own submissions, milestones and outcome (§8); never the CCM's response or the deliberations.
    return { kind: "COMPLAINANT", canAct: true, fullRecord: false, seesInternalNotes: false, seesComplainantIdentity: true };
  }
  if (facts.recusedPersonIds.includes(actor.personId)) {
    return { kind: "RECUSED", canAct: false, fullRecord: false, seesInternalNotes: false, seesComplainantIdentity: false };
  }
  // A party sees the case only as a party, whatever other role they hold (as authorize() acts).
  if (isPartyPerson(facts, actor)) {
    if (facts.respondentNotifiedAt === null) return null;
    return {
      kind: "RESPONDENT",
      canAct: true,
      fullRecord: false,
      seesInternalNotes: false,
      seesComplainantIdentity: facts.shareWithRespondent || facts.identityDisclosureGranted,
    };
  }
  if (actor.roles.includes("STAFF")) return full("STAFF");
  // Members (Chair and appeal panel included) see who complained only where the complainant allowed
  // it or disclosure was granted (issue 5, GlobaLeaks-style custodian): staff always do.
  const identity = { seesComplainantIdentity: facts.shareWithRespondent || facts.identityDisclosureGranted };
  if (hasAnyRole(actor.roles, COMMITTEE_ROLES)) return { ...full("COMMITTEE"), ...identity };
  if (actor.roles.includes("APPEAL_PANEL") && facts.appealPanelPersonIds.includes(actor.personId)) return { ...full("APPEAL_PANEL"), ...identity };
  return null;
}

/** Whether `actor` may know case `facts.id` exists at all. */
export function canSee(facts: VisibilityFacts, actor: Actor): boolean {
  return caseAccessFor(facts, actor) !== null;
}

/** Votes stay internal until the decision is issued (the letter went out). */
export function seesVotes(access: CaseAccess, decision: { issuedAt: Date | null }): boolean {
  return access.fullRecord || (access.kind === "RESPONDENT" && decision.issuedAt !== null);
}

/** Documents a party may open: what was shared with them, and what they sent themselves. */
export function seesDocument(
  access: CaseAccess,
  document: { audience: string; uploaderKind: string },
): boolean {
  if (access.fullRecord) return true;
  if (access.kind === "RESPONDENT") {
    return document.audience === "COMMITTEE_AND_RESPONDENT" || document.audience === "ALL_PARTIES" || document.uploaderKind === "RESPONDENT";
  }
  if (access.kind === "COMPLAINANT") {
    return document.audience === "COMMITTEE_AND_COMPLAINANT" || document.audience === "ALL_PARTIES" || document.uploaderKind === "COMPLAINANT";
  }
  return false;
}
