import "server-only";
import { cookies } from "next/headers";
import { resolveAuthSecret } from "./auth-secret";
import { openValue, sealValue } from "./signed-value";
import type { DbOrTx } from "./db";

/**
 * The complainant's signed-in state after reference + access code: an HttpOnly, SameSite=Lax
 * cookie holding the complaint id, an expiry and when the current access code was issued, signed
 * with HMAC-SHA256 (a key derived from AUTH_SECRET). Re-issuing the access code ends every
 * session opened with the old one, because the issue time no longer matches.
 */
export const COMPLAINANT_COOKIE = "docket_complainant";
export const COMPLAINANT_SESSION_MINUTES = 60;

export interface ComplainantSession {
  complaintId: string;
  /** Milliseconds since the epoch: when the access code used to sign in was issued. */
  codeIssuedAt: number;
  expiresAt: number;
}

const PURPOSE = "complainant-session:v1";

export function encodeComplainantSession(session: ComplainantSession, secret = resolveAuthSecret()): string {
  return sealValue(PURPOSE, { c: session.complaintId, i: session.codeIssuedAt, e: session.expiresAt }, secret);
}

/** The session in a cookie value, or null when it is forged, malformed or expired. */
export function decodeComplainantSession(value: string | undefined, now = new Date(), secret = resolveAuthSecret()): ComplainantSession | null {
  const data = openValue(PURPOSE, value, secret);
  if (!data || typeof data.c !== "string" || typeof data.i !== "number" || typeof data.e !== "number") return null;
  if (data.e <= now.getTime()) return null;
  return { complaintId: data.c, codeIssuedAt: data.i, expiresAt: data.e };
}

/** Cookies marked Secure in production (TLS ends at the load balancer; browsers treat localhost as secure). */
export function cookieSecurity() {
  return { httpOnly: true, sameSite: "lax" as const, secure: process.env.NODE_ENV === "production", path: "/" };
}

export async function startComplainantSession(complaintId: string, codeIssuedAt: Date, now = new Date()): Promise<void> {
  const expiresAt = now.getTime() + COMPLAINANT_SESSION_MINUTES * 60_000;
  const value = encodeComplainantSession({ complaintId, codeIssuedAt: codeIssuedAt.getTime(), expiresAt });
  (await cookies()).set(COMPLAINANT_COOKIE, value, { ...cookieSecurity(), maxAge: COMPLAINANT_SESSION_MINUTES * 60 });
}

export async function endComplainantSession(): Promise<void> {
  (await cookies()).delete({ name: COMPLAINANT_COOKIE, path: "/" });
}

/** Re-issues the cookie for another full period (called on each thing the complainant does). */
export async function refreshComplainantSession(db: DbOrTx, complaintId: string, now = new Date()): Promise<void> {
  const row = await db.complainant.findUnique({ where: { complaintId }, select: { accessCodeIssuedAt: true } });
  if (row) await startComplainantSession(complaintId, row.accessCodeIssuedAt, now);
}

/**
 * The complaint the current request's complainant signed in to, re-checked against the database:
 * the complainant still exists, the case is not purged, and the access code has not been re-issued.
 */
export async function currentComplainant(db: DbOrTx, now = new Date()): Promise<{ complaintId: string } | null> {
  const session = decodeComplainantSession((await cookies()).get(COMPLAINANT_COOKIE)?.value, now);
  if (!session) return null;
  return verifyComplainantSession(db, session);
}

export async function verifyComplainantSession(db: DbOrTx, session: ComplainantSession): Promise<{ complaintId: string } | null> {
  const row = await db.complainant.findUnique({
    where: { complaintId: session.complaintId },
    select: { accessCodeIssuedAt: true, complaint: { select: { purgedAt: true } } },
  });
  if (!row || row.complaint.purgedAt || row.accessCodeIssuedAt.getTime() !== session.codeIssuedAt) return null;
  return { complaintId: session.complaintId };
}
