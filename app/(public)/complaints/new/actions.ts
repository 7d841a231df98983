"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/lib/domain/form-state";
import { db } from "@/lib/server/db";
import { clearDraftCookie, currentDraft, readDraftCode, setDraftCookie } from "@/lib/server/intake/draft-cookie";
import { deleteDraft } from "@/lib/server/intake/drafts";
import { removeDraftFile } from "@/lib/server/intake/draft-files";
import type { StepOutcome } from "@/lib/server/intake/form-result";
import { handleResume, handleStart, handleStep, handleSubmit } from "@/lib/server/intake/handlers";
import { isListStep, removeListItem } from "@/lib/server/intake/save-list";
import { logger } from "@/lib/server/logger";
import { currentClientAddress } from "@/lib/server/request-info";

/** Thin: read the cookie and the address, call the intake's server side, redirect or return the form state. */

function settle(outcome: StepOutcome): FormState {
  if (outcome.kind === "redirect") redirect(outcome.to);
  return outcome.state;
}

const context = async () => ({ address: await currentClientAddress() });

export async function startIntakeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { outcome, code } = await handleStart(db, formData, await context());
  if (code) await setDraftCookie(code);
  return settle(outcome);
}

export async function saveStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return settle(await handleStep(db, await readDraftCode(), formData, await context()));
}

export async function submitComplaintAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return settle(await handleSubmit(db, await readDraftCode(), formData, await context()));
}

export async function resumeIntakeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const typed = String(formData.get("code") ?? "");
  const { outcome, code } = await handleResume(db, typed, await context());
  if (code) await setDraftCookie(code);
  return settle(outcome);
}

/** Runs a small clean-up; a failure is logged and the page simply shows what is still there. */
async function tidy(what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error({ err: error }, `${what} failed`);
  }
}

/** "Remove" beside a witness or another proceeding: a plain form post, back to the same page. */
export async function removeListItemAction(formData: FormData): Promise<void> {
  const step = String(formData.get("step") ?? "");
  await tidy("removing a list item", async () => {
    const draft = await currentDraft(db);
    if (draft && !draft.data.submitted && isListStep(step)) await removeListItem(db, draft, step, Number(formData.get("index")));
  });
  redirect(`/complaints/new/${isListStep(step) ? step : "about-you"}${formData.get("return") === "check" ? "?return=check" : ""}`);
}

/** "Remove" beside an uploaded file. */
export async function removeFileAction(formData: FormData): Promise<void> {
  await tidy("removing an uploaded file", async () => {
    const draft = await currentDraft(db);
    if (draft && !draft.data.submitted) await removeDraftFile(db, draft.id, String(formData.get("fileId") ?? ""));
  });
  redirect(`/complaints/new/evidence${formData.get("return") === "check" ? "?return=check" : ""}`);
}

/** After the confirmation: forget the draft here, so the access code is not shown again. */
export async function finishIntakeAction(): Promise<void> {
  await tidy("finishing an intake", async () => {
    const draft = await currentDraft(db);
    if (draft?.data.submitted) await deleteDraft(db, draft.id);
  });
  await clearDraftCookie();
  redirect("/complaints/status");
}

/** "Start again": the draft and its files are deleted. */
export async function discardDraftAction(): Promise<void> {
  await tidy("discarding a draft", async () => {
    const draft = await currentDraft(db);
    if (draft) await deleteDraft(db, draft.id);
  });
  await clearDraftCookie();
  redirect("/complaints/new?discarded=1");
}
