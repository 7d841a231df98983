import { hasAnyRole, type Role } from "@/lib/domain/roles";
import type { EventType } from "./events";
import type { Actor, ActorRef, CaseSnapshot } from "./types";

const CHAIR: readonly ActorRef[] = ["COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR"];
const EPCC: readonly ActorRef[] = ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR"];
const STAFF: readonly ActorRef[] = ["STAFF"];
const SYSTEM: readonly ActorRef[] = ["SYSTEM"];
const RESPONDENT: readonly ActorRef[] = ["RESPONDENT"];

/**
 * Who may send each event (DOMAIN §2–§3). The Vice-Chair acts for the Chair (e.g. when the Chair
 * is recused). Staff have no vote. ADMIN manages the system and acts on no case.
 */
export const EVENT_ACTORS = {
  SUBMIT: ["COMPLAINANT", "STAFF", ...EPCC],
  START_INTAKE: STAFF,
  REQUEST_COMPLAINANT_INFO: STAFF,
  COMPLAINANT_CURED: ["COMPLAINANT", "STAFF"],
  CURE_PERIOD_EXPIRED: SYSTEM,
  ACCEPT_FOR_REVIEW: STAFF,
  WAIVE_LATE_FILING: CHAIR,
  DISMISS: CHAIR,
  DEFER_LEGAL: CHAIR,
  DEFERRAL_REVIEW_DUE: SYSTEM,
  RESUME_FROM_DEFERRAL: CHAIR,
  SEND_NOTICE_OF_COMPLAINT: CHAIR,
  REQUEST_EXTENSION: RESPONDENT,
  GRANT_EXTENSION: CHAIR,
  DENY_EXTENSION: CHAIR,
  SUBMIT_RESPONSE: RESPONDENT,
  RESPONSE_WINDOW_EXPIRED: SYSTEM,
  REQUEST_INFO: EPCC,
  INFO_RECEIVED: ["COMPLAINANT", "RESPONDENT", "STAFF"],
  INFO_WINDOW_EXPIRED: SYSTEM,
  COMMENT_ON_ADVERSE_MATERIAL: RESPONDENT,
  COMMITTEE_DISMISS: EPCC,
  PROPOSE_DISPOSITION: EPCC,
  START_HEARING: EPCC,
  ACCEPT_DISPOSITION: RESPONDENT,
  ELECTION_WINDOW_EXPIRED: SYSTEM,
  REQUEST_HEARING: RESPONDENT,
  SCHEDULE_HEARING: CHAIR,
  POSTPONE_HEARING: CHAIR,
  RECORD_HEARING_HELD: ["HEARING_PANEL_MEMBER"],
  DECIDE_AFTER_HEARING: ["HEARING_PANEL_MEMBER"],
  APPEAL_WINDOW_OPENS: SYSTEM,
  FINALIZE: SYSTEM,
  FILE_APPEAL: RESPONDENT,
  ASSIGN_APPEAL_PANEL: STAFF,
  DECIDE_APPEAL: ["APPEAL_PANEL_MEMBER"],
  RETURN_TO_COMMITTEE: SYSTEM,
  ACTIVATE_SANCTION: ["SYSTEM", "STAFF"],
  VERIFY_CONDITIONS_MET: STAFF,
  SANCTION_TERM_ENDED: SYSTEM,
  CLOSE: ["SYSTEM", "STAFF"],
  REQUEST_WITHDRAWAL: ["COMPLAINANT", "STAFF"],
  ACCEPT_WITHDRAWAL: CHAIR,
  CONTINUE_ON_OWN_MOTION: CHAIR,
  PETITION_REOPEN: ["RESPONDENT", ...EPCC],
  RULE_ON_REOPEN: EPCC,
} as const satisfies Record<EventType, readonly ActorRef[]>;

const COMMITTEE_ROLES: readonly Role[] = ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR"];

/** The CCM complained about, or a representative they authorised. */
export function isRespondent(snapshot: CaseSnapshot | null, actor: Actor): boolean {
  if (!snapshot || actor.kind !== "person") return false;
  const { respondentCertificationId } = snapshot;
  return (
    (respondentCertificationId !== null && actor.certificationIds.includes(respondentCertificationId)) ||
    snapshot.representativePersonIds.includes(actor.personId)
  );
}

function personMatches(ref: ActorRef, actor: Extract<Actor, { kind: "person" }>, snapshot: CaseSnapshot | null): boolean {
  switch (ref) {
    case "COMPLAINANT":
    case "SYSTEM":
      return false;
    case "RESPONDENT":
      return isRespondent(snapshot, actor);
    case "HEARING_PANEL_MEMBER":
      return hasAnyRole(actor.roles, COMMITTEE_ROLES) && (snapshot?.hearing?.panelPersonIds.includes(actor.personId) ?? false);
    case "APPEAL_PANEL_MEMBER":
      return actor.roles.includes("APPEAL_PANEL") && (snapshot?.appealPanelPersonIds.includes(actor.personId) ?? false);
    default:
      return actor.roles.includes(ref);
  }
}

/**
 * Null when `actor` may send `type` on this case, else why not. Fails closed: a recused person
 * never acts, and a party (the CCM or their representative) acts only as the party, never
 * through a committee or staff role they may also hold.
 */
export function authorize(snapshot: CaseSnapshot | null, actor: Actor, type: EventType): string | null {
  const allowed: readonly ActorRef[] = EVENT_ACTORS[type];
  if (actor.kind === "system") return allowed.includes("SYSTEM") ? null : `${type} is not a system event`;
  if (actor.kind === "complainant") {
    if (!allowed.includes("COMPLAINANT")) return `The complainant may not send ${type}`;
    if (snapshot?.ownMotion) return "This case was opened by the Committee and has no complainant";
    return null;
  }
  if (snapshot?.recusedPersonIds.includes(actor.personId)) {
    return "You are recused from this case and cannot act on it";
  }
  if (isRespondent(snapshot, actor)) {
    return allowed.includes("RESPONDENT") ? null : "As a party to this case you may act on it only as the respondent";
  }
  return allowed.some((ref) => personMatches(ref, actor, snapshot)) ? null : `You do not have a role that may send ${type}`;
}
