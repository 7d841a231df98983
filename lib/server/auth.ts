import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { LoginSchema } from "@/lib/domain/auth-schemas";
import type { Role } from "@/lib/domain/roles";
import { sessionAccount } from "./account";
import { authConfig } from "./auth-config";
import { db } from "./db";
import { logger } from "./logger";
import { verifyPassword } from "./password";
import { clientAddressFrom } from "./request-info";
import { checkThrottle, clearThrottle, recordThrottleEvent, type ThrottleRule } from "./throttle";
import { confirmSecondFactor } from "./two-factor/confirm";
import { readSignInTicket } from "./two-factor/pending";
import { secondFactorNeeded } from "./two-factor/totp";

/** Repeated failures for one account or from one address lock sign-in for a while. */
export const LOGIN_ACCOUNT_RULE: ThrottleRule = { limit: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };
export const LOGIN_ADDRESS_RULE: ThrottleRule = { limit: 20, windowSeconds: 15 * 60, lockSeconds: 15 * 60 };

class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

/** The password was right; the person must now give a code (or set two-factor up). */
class SecondFactorRequired extends CredentialsSignin {
  code = "second_factor";
}

class WrongSecondFactor extends CredentialsSignin {
  code = "wrong_code";
}

const toUser = (person: { id: string; name: string; email: string; roles: string[]; sessionVersion: number }) => ({
  id: person.id,
  name: person.name,
  email: person.email,
  roles: person.roles as Role[],
  sessionVersion: person.sessionVersion,
});

/** The code step's ticket (lib/server/two-factor/pending.ts): minted in-process after a confirmed code. */
async function authorizeTicket(ticket: string) {
  const claim = readSignInTicket(ticket);
  if (!claim) return null;
  const person = await db.person.findUnique({
    where: { id: claim.personId },
    select: { id: true, name: true, email: true, roles: true, active: true, sessionVersion: true },
  });
  if (!person?.active || person.sessionVersion !== claim.sessionVersion) return null;
  await db.person.update({ where: { id: person.id }, data: { lastLoginAt: new Date() } });
  return toUser(person);
}

async function authorizeCredentials(raw: Partial<Record<string, unknown>>, request: Request) {
  if (typeof raw.ticket === "string") return authorizeTicket(raw.ticket);
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
    select: { id: true, name: true, email: true, roles: true, active: true, passwordHash: true, sessionVersion: true, totpEnabledAt: true },
  });
  const passwordOk = await verifyPassword(person?.passwordHash, password);
  if (!person || !person.active || !passwordOk) {
    await recordThrottleEvent(accountKey, LOGIN_ACCOUNT_RULE);
    await recordThrottleEvent(addressKey, LOGIN_ADDRESS_RULE);
    logger.info({ event: "login_failed" }, "sign-in refused");
    return null;
  }
  await clearThrottle(accountKey);
  if (secondFactorNeeded({ roles: person.roles as Role[], totpEnabledAt: person.totpEnabledAt })) {
    // The sign-in form goes on to the code page. A client posting to the Credentials endpoint
    // itself may send the code with the password (accounts that have a key only).
    const code = typeof raw.code === "string" ? raw.code : "";
    if (!code || !person.totpEnabledAt) throw new SecondFactorRequired();
    const outcome = await confirmSecondFactor(db, { personId: person.id, code });
    if (!outcome.ok) throw outcome.reason === "throttled" ? new ThrottledSignin() : new WrongSecondFactor();
  }
  await db.person.update({ where: { id: person.id }, data: { lastLoginAt: new Date() } });
  return toUser(person);
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
      credentials: {
        email: { label: "Email" },
        password: { label: "Password", type: "password" },
        code: { label: "Authentication code" },
        ticket: {},
      },
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
      // Re-check on every request: deactivation or a role change ends the session at once.
      const person = await sessionAccount(token);
      if (!person) return null;
      token.roles = person.roles as Role[];
      return token;
    },
  },
});
