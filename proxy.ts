import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { authConfig } from "@/lib/server/auth-config";
import { isCrossOriginPost } from "@/lib/server/same-origin";
import { contentSecurityPolicy, newNonce } from "@/lib/server/security-headers";
import { readSessionToken } from "@/lib/server/session-token";

const { auth } = NextAuth(authConfig);

const PROTECTED = ["/committee", "/portal", "/admin"];
const isProtected = (pathname: string) => PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));

/** A per-request nonce Content-Security-Policy: Next reads the nonce from the request's CSP header and puts it on its own scripts. */
function withContentSecurityPolicy(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Coarse redirects only: signed-out visitors to a signed-in area go to /login. Every page, action
// and route handler re-checks the person and their roles itself.
const signedInAreas = auth((request) => {
  if (!request.auth?.user) {
    const login = new URL("/login", request.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  return withContentSecurityPolicy(request);
});

// next-auth types its wrapper for route handlers as well; as a proxy it takes the fetch event.
const authProxy = signedInAreas as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

/**
 * Auth.js re-issues the session cookie on each request it handles, so the 8-hour session runs from
 * the last request rather than from sign-in. Doing that on every page cost about 3 ms (a decrypt,
 * an encrypt, the cookies); a session issued less than this long ago passes as it is, and the
 * first request after it renews it. Signed-out and expired sessions still go to Auth.js (to /login).
 */
const SESSION_RENEW_AFTER_SECONDS = 10 * 60;

async function signedInProxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const token = await readSessionToken(request.headers);
  const age = token?.iat === undefined ? Infinity : Date.now() / 1000 - token.iat;
  return age < SESSION_RENEW_AFTER_SECONDS ? withContentSecurityPolicy(request) : authProxy(request, event);
}

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (isCrossOriginPost(request.method, request.headers.get("origin"), host)) {
    return new NextResponse("Cross-site form posts are not accepted.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return isProtected(request.nextUrl.pathname) ? signedInProxy(request, event) : withContentSecurityPolicy(request);
}

export const config = {
  // Pages only: not static files, and not route handlers (JSON, downloads: they set their own).
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
