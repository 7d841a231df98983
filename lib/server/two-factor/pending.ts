import "server-only";
import { cookies } from "next/headers";
import { cookieSecurity } from "../complainant-session";
import { openValue, sealValue } from "../signed-value";

/**
 * Between a right password and a right code: an HttpOnly cookie, signed and short-lived, naming
 * the person (and, when they are setting two-factor up, the new key they are adding to their app).
 * The password is never kept.
 */
export const PENDING_SIGN_IN_COOKIE = "docket_pending_sign_in";
const PENDING_MINUTES = 10;
const PENDING_PURPOSE = "pending-sign-in:v1";

export interface PendingSignIn {
  personId: string;
  sessionVersion: number;
  /** Set while enrolling: the key shown on the page, stored only once a code from it is confirmed. */
  enrollingKey?: string;
  callbackUrl?: string;
}

export async function startPendingSignIn(pending: PendingSignIn, now = new Date()): Promise<void> {
  const value = sealValue(PENDING_PURPOSE, {
    p: pending.personId,
    v: pending.sessionVersion,
    k: pending.enrollingKey ?? null,
    c: pending.callbackUrl ?? null,
    e: now.getTime() + PENDING_MINUTES * 60_000,
  });
  (await cookies()).set(PENDING_SIGN_IN_COOKIE, value, { ...cookieSecurity(), maxAge: PENDING_MINUTES * 60 });
}

export function decodePendingSignIn(value: string | undefined, now = new Date()): PendingSignIn | null {
  const data = openValue(PENDING_PURPOSE, value);
  if (!data || typeof data.p !== "string" || typeof data.v !== "number" || typeof data.e !== "number" || data.e <= now.getTime()) return null;
  return {
    personId: data.p,
    sessionVersion: data.v,
    enrollingKey: typeof data.k === "string" ? data.k : undefined,
    callbackUrl: typeof data.c === "string" ? data.c : undefined,
  };
}

export async function readPendingSignIn(now = new Date()): Promise<PendingSignIn | null> {
  return decodePendingSignIn((await cookies()).get(PENDING_SIGN_IN_COOKIE)?.value, now);
}

export async function endPendingSignIn(): Promise<void> {
  (await cookies()).delete({ name: PENDING_SIGN_IN_COOKIE, path: "/" });
}

// The sign-in ticket goes from the code step to the Credentials provider inside one server
// request; it never reaches the browser, and lives a minute.
const TICKET_PURPOSE = "sign-in-ticket:v1";

export function mintSignInTicket(personId: string, sessionVersion: number, now = new Date()): string {
  return sealValue(TICKET_PURPOSE, { p: personId, v: sessionVersion, e: now.getTime() + 60_000 });
}

export function readSignInTicket(value: string, now = new Date()): { personId: string; sessionVersion: number } | null {
  const data = openValue(TICKET_PURPOSE, value);
  if (!data || typeof data.p !== "string" || typeof data.v !== "number" || typeof data.e !== "number" || data.e <= now.getTime()) return null;
  return { personId: data.p, sessionVersion: data.v };
}
