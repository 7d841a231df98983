import "server-only";
import { forbidden } from "next/navigation";
import type { Role } from "@/lib/domain/roles";
import type { Actor } from "@/lib/workflow";
import { currentUser, requireUser, type SignedInUser } from "../authz";
import { db as defaultDb, type DbOrTx } from "../db";
import { AppError } from "../errors";

export type PersonActor = Extract<Actor, { kind: "person" }>;

export interface PortalViewer {
  user: SignedInUser;
  /** Read fresh from the database: roles and the certifications this person holds. */
  actor: PersonActor;
  /** Holds a certification (a CCM), as opposed to a representative only. */
  isCcm: boolean;
}

/**
 * The portal's actor for a person: their active roles and certifications, read from the
 * database on every request (never from the session or the client). Null for an inactive or
 * unknown person, or one who is neither a CCM nor anyone's active representative.
 */
export async function portalActor(personId: string, db: DbOrTx = defaultDb): Promise<PersonActor | null> {
  const person = await db.person.findUnique({
    where: { id: personId },
    select: {
      active: true,
      roles: true,
      certificant: { select: { certifications: { select: { id: true } } } },
      representations: { where: { revokedAt: null }, select: { id: true }, take: 1 },
    },
  });
  if (!person?.active) return null;
  const roles = person.roles as Role[];
  const certificationIds = person.certificant?.certifications.map((c) => c.id) ?? [];
  if (!roles.includes("CCM") && person.representations.length === 0) return null;
  return { kind: "person", personId, roles, certificationIds };
}

/** For portal pages: signed-out visitors sign in; anyone else without portal access gets the 403 page. */
export async function portalPageViewer(callbackUrl = "/portal", db: DbOrTx = defaultDb): Promise<PortalViewer> {
  const user = await requireUser(callbackUrl);
  const actor = await portalActor(user.id, db);
  if (!actor) forbidden();
  return { user, actor, isCcm: actor.certificationIds.length > 0 };
}

/** For portal actions: the same checks, as user-facing errors (server actions are reachable by direct POST). */
export async function portalActionViewer(db: DbOrTx = defaultDb): Promise<PortalViewer> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again; nothing was saved.");
  const actor = await portalActor(user.id, db);
  if (!actor) throw new AppError("FORBIDDEN", "You do not have access to the CCM portal.");
  return { user, actor, isCcm: actor.certificationIds.length > 0 };
}
