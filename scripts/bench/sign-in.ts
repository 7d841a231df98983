import { DEMO_TOTP_KEY } from "@/lib/server/two-factor/demo-key";
import { currentTotpCode } from "@/lib/server/two-factor/totp";

export const DEMO_PASSWORD = "docket-demo-2026";

/**
 * A session cookie for a seeded demo account, through next-auth's credentials endpoint, as an HTTP
 * client (not a browser) signs in: staff, committee and admin accounts send their code with the
 * password (the public demo key; two-factor is required by `next start`). A code is accepted once
 * per account, so call this once per account per 30 seconds.
 */
export async function demoSessionCookie(serverUrl: string, email: string): Promise<string> {
  const csrf = await fetch(`${serverUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  const signedIn = await fetch(`${serverUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, code: currentTotpCode(DEMO_TOTP_KEY) }),
  });
  const session = signedIn.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!).find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`Signing in as ${email} failed (${signedIn.status} ${signedIn.headers.get("location") ?? ""}): is the database seeded with the demo accounts?`);
  return session;
}
