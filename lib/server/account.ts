import "server-only";
import { cache } from "react";
import type { JWT } from "next-auth/jwt";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db, type DbOrTx } from "./db";

/**
 * A person's account as both the session check (lib/server/auth.ts) and the workflow actor
 * (lib/server/cases/actor.ts) need it, read once per server render with React's `cache`: a
 * signed-in page used to re-check the account and then read it again for its actor. Outside a
 * render (route handlers) every call reads. Either way it is read fresh in each request, never
 * taken from the session.
 */
export const readAccount = cache((personId: string) => readAccountWith(db, personId));

const ACCOUNT_SELECT = {
  id: true,
  active: true,
  sessionVersion: true,
  roles: true,
  certificant: { select: { certifications: { select: { id: true } } } },
} satisfies Prisma.PersonSelect;

/** The same read on another client or inside a transaction (not cached). */
export function readAccountWith(client: DbOrTx, personId: string) {
  return client.person.findUnique({ where: { id: personId }, select: ACCOUNT_SELECT });
}

/**
 * The account behind a session token, read now: null when the token names no one, or the account
 * is deactivated, or its sessions were ended since the token was issued (a role change or
 * deactivation bumps `sessionVersion`). The session check (lib/server/auth.ts) and `currentUser`
 * both ask this.
 */
export async function sessionAccount(token: Pick<JWT, "personId" | "sessionVersion">) {
  if (!token.personId) return null;
  const person = await readAccount(token.personId);
  return person?.active && person.sessionVersion === token.sessionVersion ? person : null;
}
