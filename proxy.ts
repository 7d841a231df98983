import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/server/auth-config";

const { auth } = NextAuth(authConfig);

const PROTECTED = ["/committee", "/portal", "/admin"];

// Coarse redirects only: signed-out visitors to a signed-in area go to /login.
// Every page, action and route handler re-checks the person and their roles itself.
export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const isProtected = PROTECTED.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (isProtected && !request.auth?.user) {
    const login = new URL("/login", request.nextUrl.origin);
    login.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
});

export const config = {
  matcher: ["/committee/:path*", "/portal/:path*", "/admin/:path*"],
};
