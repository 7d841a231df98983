import { encode } from "next-auth/jwt";
import { NextRequest, type NextFetchEvent } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import proxy from "@/proxy";
import { authConfig } from "@/lib/server/auth-config";

/**
 * The proxy's coarse check for the signed-in areas: no session goes to /login; a session
 * issued in the last ten minutes passes as it is; an older one passes with the cookie re-issued
 * by Auth.js, so the 8-hour session runs from the last request.
 */
const COOKIE = "authjs.session-token";
const event = { waitUntil: () => undefined } as unknown as NextFetchEvent;

/** A session cookie as sign-in issues it, then the clock moved on by `secondsAgo`. */
async function sessionIssued(secondsAgo: number): Promise<string> {
  const token = await encode({ token: { personId: "p1", roles: ["STAFF"], sessionVersion: 1, name: "Dana", email: "d@docket.test" }, secret: authConfig.secret, salt: COOKIE });
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + secondsAgo * 1000);
  return token;
}

afterEach(() => {
  vi.useRealTimers();
});

// As `next start` passes a plain-HTTP request on (Auth.js reads the scheme and host from the headers).
const visit = (cookie?: string) =>
  proxy(
    new NextRequest("http://localhost:3000/committee/cases", {
      headers: { host: "localhost:3000", "x-forwarded-proto": "http", ...(cookie && { cookie: `${COOKIE}=${cookie}` }) },
    }),
    event,
  );

describe("the proxy on a signed-in area", () => {
  it("sends a visitor without a session to the sign-in page", async () => {
    const response = await visit();
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Fcommittee%2Fcases");
  });

  it("passes a session issued in the last ten minutes as it is, with the page's CSP", async () => {
    const response = await visit(await sessionIssued(60));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    expect(response.headers.get("content-security-policy")).toContain("nonce-");
    expect(response.headers.getSetCookie().some((cookie) => cookie.startsWith(`${COOKIE}=`))).toBe(false);
  });

  it("re-issues an older session, so it expires eight hours after the last request", async () => {
    const response = await visit(await sessionIssued(11 * 60));
    expect(response.headers.get("x-middleware-next")).toBe("1");
    const renewed = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${COOKIE}=`));
    expect(renewed).toBeDefined();
    const expires = Date.parse(/Expires=([^;]+)/.exec(renewed!)![1]!);
    expect(expires - Date.now()).toBeGreaterThan(8 * 3600 * 1000 - 60_000);
  });
});
