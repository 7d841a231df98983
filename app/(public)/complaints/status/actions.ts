"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/domain/form-state";
import { currentComplainant, endComplainantSession, refreshComplainantSession, startComplainantSession } from "@/lib/server/complainant-session";
import { db } from "@/lib/server/db";
import type { StepOutcome } from "@/lib/server/intake/form-result";
import { handleInfoReply, handleLostCode, handleMessage, handleSignIn, handleWithdraw } from "@/lib/server/intake/status/handlers";
import { currentClientAddress } from "@/lib/server/request-info";

/** Thin: the session and the address in, the status page's server side, a redirect or the form state out. */

function settle(outcome: StepOutcome): FormState {
  if (outcome.kind === "redirect") redirect(outcome.to);
  return outcome.state;
}

const context = async () => ({ address: await currentClientAddress() });

export async function signInComplainantAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { outcome, session } = await handleSignIn(db, formData, await context());
  if (session) await startComplainantSession(session.complaintId, session.codeIssuedAt);
  return settle(outcome);
}

type Handler = typeof handleMessage;

async function asComplainant(handler: Handler, formData: FormData): Promise<FormState> {
  const complainant = await currentComplainant(db);
  if (complainant) await refreshComplainantSession(db, complainant.complaintId);
  return settle(await handler(db, complainant?.complaintId ?? null, formData, await context()));
}

export async function sendMessageAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return asComplainant(handleMessage, formData);
}

export async function answerRequestAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return asComplainant(handleInfoReply, formData);
}

export async function requestWithdrawalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return asComplainant(handleWithdraw, formData);
}

export async function lostCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return settle(await handleLostCode(db, formData, await context()));
}

export async function signOutComplainantAction(): Promise<void> {
  await endComplainantSession();
  redirect("/complaints/status?signedout=1");
}
