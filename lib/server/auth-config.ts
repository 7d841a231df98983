import type { NextAuthConfig } from "next-auth";
import type { Role } from "@/lib/domain/roles";
import { resolveAuthSecret } from "./auth-secret";

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string; roles: Role[] };
  }
  interface User {
    roles?: Role[];
    sessionVersion?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    personId?: string;
    roles?: Role[];
    sessionVersion?: number;
  }
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/**
 * The part of the auth configuration with no database access: the proxy uses it to read the
 * session cookie for coarse redirects. The full configuration (lib/server/auth.ts) adds the
 * Credentials provider and re-checks the account on every request.
 */
export const authConfig = {
  secret: resolveAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    session({ session, token }) {
      session.user.id = token.personId ?? "";
      session.user.roles = token.roles ?? [];
      return session;
    },
  },
} satisfies NextAuthConfig;
