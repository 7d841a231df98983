import "server-only";
import type { ImpartialityViewerData } from "./viewer-types";
import type { DbOrTx } from "../../db";
import type { PersonActor } from "../actor";
import { recusalRulerRefusal } from "../impartiality";

/**
 * What the viewer may do in the case file's conflict section, and the staff they may assign. The
 * viewer's own declaration comes from the case's declarations, which the case file has read.
 */
export async function loadViewerPowers(
  db: DbOrTx,
  caseId: string,
  actor: PersonActor,
  declarations: readonly { personId: string; kind: string }[],
): Promise<ImpartialityViewerData> {
  const declares = actor.roles.some((role) => role.startsWith("COMMITTEE_") || role === "APPEAL_PANEL");
  const refusal = await recusalRulerRefusal(db, caseId, actor);
  const own = declarations.find((declaration) => declaration.personId === actor.personId);
  const isStaff = actor.roles.includes("STAFF");
  const staff = isStaff
    ? (await db.person.findMany({ where: { active: true, roles: { has: "STAFF" } }, orderBy: { name: "asc" }, select: { id: true, name: true } })).map((p) => ({ value: p.id, label: p.name }))
    : [];
  return { declares, rules: refusal === null, rulingRefusal: refusal, isStaff, ownDeclaration: own?.kind, staff };
}
