import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/server/auth-config";
import { contentSecurityPolicy, newNonce } from "@/lib/server/security-headers";

const { auth } = NextAuth(authConfig);

const PROTECTED = ["/committee", "/portal", "/admin"];

// Every page: a per-request nonce Content-Security-Policy (Next reads the nonce from the request's
// CSP header and puts it on its own scripts). Signed-out visitors to a signed-in area go to
// /login; every page, action and route handler re-checks the person and their roles itself.
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const isProtected = PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (isProtected && !request.auth?.user) {
    const login = new URL("/login", request.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

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
