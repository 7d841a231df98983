import "server-only";
import type { Role } from "@/lib/domain/roles";
import type { Actor } from "@/lib/workflow";
import { currentUser } from "../authz";
import { currentComplainant } from "../complainant-session";
import type { DbOrTx } from "../db";

/** The workflow actor for a signed-in person: their roles and the certifications they hold. */
export async function personActor(db: DbOrTx, user: { id: string; roles: Role[] }): Promise<Actor> {
  const certifications = await db.certification.findMany({ where: { certificant: { personId: user.id } }, select: { id: true } });
  return { kind: "person", personId: user.id, roles: user.roles, certificationIds: certifications.map((c) => c.id) };
}

/** Everyone the current request speaks for: a signed-in person and/or a complainant session. */
export async function requestActors(db: DbOrTx): Promise<Actor[]> {
  const actors: Actor[] = [];
  const user = await currentUser();
  if (user) actors.push(await personActor(db, user));
  const complainant = await currentComplainant(db);
  if (complainant) actors.push({ kind: "complainant", complaintId: complainant.complaintId });
  return actors;
}
