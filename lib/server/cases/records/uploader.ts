import "server-only";
import { hasAnyRole } from "@/lib/domain/roles";
import { isRespondent, type Actor, type CaseSnapshot } from "@/lib/workflow";

export type UploaderKind = "COMPLAINANT" | "RESPONDENT" | "STAFF" | "COMMITTEE" | "SYSTEM";

/** In which capacity the actor adds material to the case (a party is always a party). */
export function uploaderKindFor(actor: Actor, snapshot: CaseSnapshot | null): UploaderKind {
  if (actor.kind === "system") return "SYSTEM";
  if (actor.kind === "complainant") return "COMPLAINANT";
  if (isRespondent(snapshot, actor)) return "RESPONDENT";
  if (actor.roles.includes("STAFF")) return "STAFF";
  if (hasAnyRole(actor.roles, ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR", "APPEAL_PANEL"])) return "COMMITTEE";
  return "STAFF";
}
