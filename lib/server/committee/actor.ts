import "server-only";
import { COMMITTEE_SIDE_ROLES } from "@/lib/domain/roles";
import type { Actor } from "@/lib/workflow";
import { requireActionRole, requirePageRole, type SignedInUser } from "../authz";
import { db as defaultDb, type DbOrTx } from "../db";
import { personActor } from "../documents/request-actors";

export type PersonActor = Extract<Actor, { kind: "person" }>;

export interface CommitteeViewer {
  user: SignedInUser;
  actor: PersonActor;
}

async function toViewer(user: SignedInUser, db: DbOrTx): Promise<CommitteeViewer> {
  const actor = (await personActor(db, user)) as PersonActor;
  return { user, actor };
}

/** For committee pages: signed in with a committee-side role (else the sign-in or 403 page). */
export async function committeePageViewer(callbackUrl?: string, db: DbOrTx = defaultDb): Promise<CommitteeViewer> {
  return toViewer(await requirePageRole(COMMITTEE_SIDE_ROLES, callbackUrl), db);
}

/** For committee actions and route handlers: the same check, as a user-facing AppError. */
export async function committeeActionViewer(db: DbOrTx = defaultDb): Promise<CommitteeViewer> {
  return toViewer(await requireActionRole(COMMITTEE_SIDE_ROLES), db);
}

export function isStaff(actor: PersonActor): boolean {
  return actor.roles.includes("STAFF");
}

export function isChairLike(actor: PersonActor): boolean {
  return actor.roles.includes("COMMITTEE_CHAIR") || actor.roles.includes("COMMITTEE_VICE_CHAIR");
}
