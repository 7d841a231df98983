"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { LoginSchema } from "@/lib/domain/auth-schemas";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/domain/form-state";
import { signIn, signOut } from "@/lib/server/auth";
import type { Role } from "@/lib/domain/roles";
import { safeCallback } from "@/lib/domain/callback-url";
import { homeFor } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { LOGIN_ACCOUNT_RULE } from "@/lib/server/auth";
import { describeWait } from "@/lib/server/throttle";
import { startPendingSignIn } from "@/lib/server/two-factor/pending";
import { newTotpKey } from "@/lib/server/two-factor/totp";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password"]);
  const parsed = LoginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  }
  let secondFactor = false;
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && "code" in error && error.code === "second_factor") {
      secondFactor = true;
    } else if (error instanceof AuthError) {
      const throttled = "code" in error && error.code === "throttled";
      return {
        status: "error",
        message: throttled
          ? `Too many failed attempts. Wait ${describeWait(LOGIN_ACCOUNT_RULE.lockSeconds)} and try again, or reset your password.`
          : "The email address or password is not right.",
        values,
      };
    } else {
      throw error;
    }
  }
  if (secondFactor) {
    await beginSecondFactor(parsed.data.email, safeCallback(parsed.data.callbackUrl) ?? undefined);
    redirect("/login/two-factor");
  }
  // auth() cannot see the session cookie signIn just set (it reads this request's headers), so
  // the landing page comes from the account itself.
  const person = await db.person.findUnique({ where: { email: parsed.data.email }, select: { roles: true } });
  redirect(safeCallback(parsed.data.callbackUrl) ?? homeFor((person?.roles ?? []) as Role[]));
}

/** The password was right: the code page takes over, with the person (never the password) in a signed cookie. */
async function beginSecondFactor(email: string, callbackUrl: string | undefined): Promise<void> {
  const person = await db.person.findUniqueOrThrow({ where: { email }, select: { id: true, sessionVersion: true, totpEnabledAt: true } });
  await startPendingSignIn({
    personId: person.id,
    sessionVersion: person.sessionVersion,
    enrollingKey: person.totpEnabledAt ? undefined : newTotpKey(),
    callbackUrl,
  });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
