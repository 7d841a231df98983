import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { LoginSchema } from "@/lib/domain/auth-schemas";
import type { Role } from "@/lib/domain/roles";
import { authConfig } from "./auth-config";
import { db } from "./db";
import { logger } from "./logger";
import { verifyPassword } from "./password";
import { clientAddressFrom } from "./request-info";
import { checkThrottle, clearThrottle, recordThrottleEvent, type ThrottleRule } from "./throttle";

/** Repeated failures for one account or from one address lock sign-in for a while. */
export const LOGIN_ACCOUNT_RULE: ThrottleRule = { limit: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };
export const LOGIN_ADDRESS_RULE: ThrottleRule = { limit: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

async function authorizeCredentials(raw: unknown, request: Request) {
  const parsed = LoginSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const accountKey = `login:account:${email}`;
  const addressKey = `login:address:${clientAddressFrom(request.headers)}`;

  for (const key of [accountKey, addressKey]) {
    if (!(await checkThrottle(key)).allowed) throw new ThrottledSignin();
  }

  const person = await db.person.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, roles: true, active: true, passwordHash: true, sessionVersion: true },
  });
  const passwordOk = await verifyPassword(person?.passwordHash, password);
  if (!person || !person.active || !passwordOk) {
    await recordThrottleEvent(accountKey, LOGIN_ACCOUNT_RULE);
    await recordThrottleEvent(addressKey, LOGIN_ADDRESS_RULE);
    logger.info({ event: "login_failed" }, "sign-in refused");
    return null;
  }
  await clearThrottle(accountKey);
  await db.person.update({ where: { id: person.id }, data: { lastLoginAt: new Date() } });
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    roles: person.roles as Role[],
    sessionVersion: person.sessionVersion,
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    error: (error) => {
      if (error.name === "CredentialsSignin") return;
      logger.error({ err: error }, "auth error");
    },
    warn: (code) => logger.warn({ code }, "auth warning"),
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeCredentials,
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    async jwt({ token, user }) {
      if (user) {
        token.personId = user.id;
        token.roles = user.roles ?? [];
        token.sessionVersion = user.sessionVersion ?? 1;
        return token;
      }
      if (!token.personId) return null;
      // Re-check on every request: deactivation or a role change ends the session at once.
      const person = await db.person.findUnique({
        where: { id: token.personId },
        select: { active: true, sessionVersion: true, roles: true },
      });
      if (!person || !person.active || person.sessionVersion !== token.sessionVersion) return null;
      token.roles = person.roles as Role[];
      return token;
    },
  },
});
