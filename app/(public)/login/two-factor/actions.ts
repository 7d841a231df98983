"use server";

import { redirect } from "next/navigation";
import { TotpCodeSchema } from "@/lib/domain/auth-schemas";
import { fieldErrorsFrom, type FormState } from "@/lib/domain/form-state";
import type { Role } from "@/lib/domain/roles";
import { signIn } from "@/lib/server/auth";
import { homeFor } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { describeWait } from "@/lib/server/throttle";
import { confirmSecondFactor } from "@/lib/server/two-factor/confirm";
import { endPendingSignIn, mintSignInTicket, readPendingSignIn } from "@/lib/server/two-factor/pending";

const REFUSALS = {
  wrong: "That code is not right. Check the time on your phone is set automatically, and enter the code your app shows now.",
  replayed: "That code has already been used. Wait for your app to show a new code, then enter it.",
  unavailable: "Two-factor sign-in is not available for this account. Ask an administrator to reset it.",
} as const;

export async function twoFactorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const pending = await readPendingSignIn();
  if (!pending) return { status: "error", message: "Your sign-in has timed out. Sign in again with your email address and password." };
  const parsed = TotpCodeSchema.safeParse({ code: formData.get("code") ?? "" });
  if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsFrom(parsed.error) };

  const outcome = await confirmSecondFactor(db, { personId: pending.personId, code: parsed.data.code, enrollingKey: pending.enrollingKey });
  if (!outcome.ok) {
    const message =
      outcome.reason === "throttled"
        ? `Too many wrong codes. Wait ${describeWait(outcome.retryAfterSeconds)} and try again.`
        : REFUSALS[outcome.reason];
    return { status: "error", message, fieldErrors: outcome.reason === "throttled" ? undefined : { code: [message] } };
  }
  await signIn("credentials", { ticket: mintSignInTicket(pending.personId, pending.sessionVersion), redirect: false });
  await endPendingSignIn();
  const person = await db.person.findUniqueOrThrow({ where: { id: pending.personId }, select: { roles: true } });
  redirect(pending.callbackUrl ?? homeFor(person.roles as Role[]));
}
