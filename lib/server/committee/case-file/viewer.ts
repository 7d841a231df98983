import "server-only";
import type { ImpartialityViewerData } from "./viewer-types";
import type { DbOrTx } from "../../db";
import type { PersonActor } from "../actor";
import { recusalRulerRefusal } from "../impartiality";

/** What the viewer may do in the case file's conflict section, and the staff they may assign. */
export async function loadViewerPowers(db: DbOrTx, caseId: string, actor: PersonActor): Promise<ImpartialityViewerData> {
  const declares = actor.roles.some((role) => role.startsWith("COMMITTEE_") || role === "APPEAL_PANEL");
  const refusal = await recusalRulerRefusal(db, caseId, actor);
  const own = await db.conflictDeclaration.findUnique({ where: { complaintId_personId: { complaintId: caseId, personId: actor.personId } }, select: { kind: true } });
  const isStaff = actor.roles.includes("STAFF");
  const staff = isStaff
    ? (await db.person.findMany({ where: { active: true, roles: { has: "STAFF" } }, orderBy: { name: "asc" }, select: { id: true, name: true } })).map((p) => ({ value: p.id, label: p.name }))
    : [];
  return { declares, rules: refusal === null, rulingRefusal: refusal, isStaff, ownDeclaration: own?.kind, staff };
}
