import { getToken, type JWT } from "next-auth/jwt";
import { authConfig } from "./auth-config";

/**
 * The session token from a request's cookies, decrypted and unexpired, or null: Auth.js's own
 * reading (`getToken`, the same cookie names, salt and chunking), without the request/response
 * round through Auth.js that `auth()` makes (and, in the proxy, a new cookie every request).
 * Auth.js names the cookie `__Secure-authjs.session-token` over HTTPS and
 * `authjs.session-token` otherwise. Both are tried, the secure one first: the name is also the
 * token's salt, so a token opens only under the name it was sealed for, and behind HTTPS only the
 * secure one is ever issued. Only the cookie header is read (no `Authorization: Bearer`).
 *
 * A valid token is not yet a signed-in person: `sessionAccount` (lib/server/account.ts) re-checks
 * the account behind it.
 */
export async function readSessionToken(headers: Headers): Promise<JWT | null> {
  const cookie = headers.get("cookie");
  if (!cookie) return null;
  const req = { headers: new Headers({ cookie }) };
  const secret = authConfig.secret;
  return (await getToken({ req, secret, secureCookie: true })) ?? (await getToken({ req, secret, secureCookie: false }));
}
