import "server-only";
import { forbidden } from "next/navigation";
import { COMMITTEE_SIDE_ROLES } from "@/lib/domain/roles";
import type { Actor } from "@/lib/workflow";
import { requireActionRole, requirePageRole, type SignedInUser } from "../authz";
import { actorForPerson } from "../cases/actor";
import { db as defaultDb, type DbOrTx } from "../db";
import { AppError } from "../errors";

export type PersonActor = Extract<Actor, { kind: "person" }>;

export interface CommitteeViewer {
  user: SignedInUser;
  /** Roles and certifications read fresh from the database, never from the session or the client. */
  actor: PersonActor;
}

/** For committee pages: signed in with a committee-side role (else the sign-in or 403 page). */
export async function committeePageViewer(callbackUrl?: string, db: DbOrTx = defaultDb): Promise<CommitteeViewer> {
  const user = await requirePageRole(COMMITTEE_SIDE_ROLES, callbackUrl);
  const actor = await actorForPerson(user.id, { db });
  if (!actor) forbidden();
  return { user, actor };
}

/** For committee actions and route handlers: the same check, as a user-facing AppError. */
export async function committeeActionViewer(db: DbOrTx = defaultDb): Promise<CommitteeViewer> {
  const user = await requireActionRole(COMMITTEE_SIDE_ROLES);
  const actor = await actorForPerson(user.id, { db });
  if (!actor) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
  return { user, actor };
}

export function isStaff(actor: PersonActor): boolean {
  return actor.roles.includes("STAFF");
}

export function isChairLike(actor: PersonActor): boolean {
  return actor.roles.includes("COMMITTEE_CHAIR") || actor.roles.includes("COMMITTEE_VICE_CHAIR");
}
