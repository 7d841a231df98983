import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { COMMITTEE_SIDE_ROLES, hasAnyRole, type Role } from "@/lib/domain/roles";
import { headers } from "next/headers";
import { sessionAccount } from "./account";
import { readSessionToken } from "./session-token";
import { AppError } from "./errors";

export type SignedInUser = { id: string; name: string; email: string; roles: Role[] };

/**
 * The signed-in person, or null. Every action and query starts here: the session cookie, decrypted
 * and unexpired, and the account behind it re-checked in the database (active, its sessions not
 * ended; roles read now, never from the cookie). Read once per server request (React's `cache`):
 * the header, the layout and the page each ask; outside a server render it reads every time.
 */
export const currentUser = cache(async (): Promise<SignedInUser | null> => {
  const token = await readSessionToken(await headers());
  const person = token ? await sessionAccount(token) : null;
  if (!token || !person) return null;
  return { id: person.id, name: token.name ?? "", email: token.email ?? "", roles: person.roles as Role[] };
});

/** For pages: signed-out visitors go to the sign-in page. */
export async function requireUser(callbackUrl?: string): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login");
  return user;
}

/** For pages: a signed-in person without one of `roles` is refused (403 page). */
export async function requirePageRole(roles: readonly Role[], callbackUrl?: string): Promise<SignedInUser> {
  const user = await requireUser(callbackUrl);
  if (!hasAnyRole(user.roles, roles)) forbidden();
  return user;
}

/**
 * For administration pages: a signed-in person without the Administrator role gets "Page not
 * found", so the admin area does not even confirm it exists to them (issue 7).
 */
export async function requireAdminPage(callbackUrl?: string): Promise<SignedInUser> {
  const user = await requireUser(callbackUrl);
  if (!user.roles.includes("ADMIN")) notFound();
  return user;
}

/** For server actions and route handlers: throws a user-facing AppError instead of redirecting. */
export async function requireActionRole(roles: readonly Role[]): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  if (!hasAnyRole(user.roles, roles)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
  return user;
}

/** Where a person lands after signing in. */
export function homeFor(roles: readonly Role[]): string {
  if (hasAnyRole(roles, COMMITTEE_SIDE_ROLES)) return "/committee";
  if (roles.includes("ADMIN")) return "/admin";
  // CCMs, and representatives (no role: they act on the cases a CCM gave them) use the portal.
  return "/portal";
}
