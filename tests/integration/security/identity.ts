import { encode } from "next-auth/jwt";
import { resolveAuthSecret } from "@/lib/server/auth-secret";
import { COMPLAINANT_COOKIE, encodeComplainantSession } from "@/lib/server/complainant-session";
import type { Db } from "@/lib/server/db-factory";
import { DRAFT_COOKIE } from "@/lib/server/intake/draft-cookie";

/** Non-production, plain-HTTP next-auth session cookie; its name is also the JWT's salt. */
export const SESSION_COOKIE = "authjs.session-token";

/** What a caller presents: a person's session, a complainant's session, an intake draft, or nothing. */
export interface Identity {
  personId?: string;
  complaintId?: string;
  draftCode?: string;
}

/** The cookies a browser holding `identity` would send, minted as sign-in would mint them. */
export async function cookiesFor(db: Db, identity: Identity): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  if (identity.personId) {
    const p = await db.person.findUniqueOrThrow({ where: { id: identity.personId } });
    const token = { sub: p.id, name: p.name, email: p.email, personId: p.id, roles: p.roles, sessionVersion: p.sessionVersion };
    cookies.set(SESSION_COOKIE, await encode({ token, secret: resolveAuthSecret(), salt: SESSION_COOKIE }));
  }
  if (identity.complaintId) {
    const row = await db.complainant.findUniqueOrThrow({ where: { complaintId: identity.complaintId } });
    const session = { complaintId: identity.complaintId, codeIssuedAt: row.accessCodeIssuedAt.getTime(), expiresAt: Date.now() + 30 * 60_000 };
    cookies.set(COMPLAINANT_COOKIE, encodeComplainantSession(session));
  }
  if (identity.draftCode) cookies.set(DRAFT_COOKIE, identity.draftCode);
  return cookies;
}
