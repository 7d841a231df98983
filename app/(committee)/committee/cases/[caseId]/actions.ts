"use server";

import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/domain/form-state";
import { committeeActionViewer } from "@/lib/server/committee/actor";
import { committeeFailure } from "@/lib/server/committee/form-result";
import { describeCurrentState, sendCommitteeEvent } from "@/lib/server/committee/send-event";
import { db } from "@/lib/server/db";
import { isAppError } from "@/lib/server/errors";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Every committee event form posts here: caseId, version and eventType ride in hidden fields. */
export async function sendEventAction(_previous: FormState, form: FormData): Promise<FormState> {
  const values = formValues(form);
  const caseId = field(form, "caseId");
  let conflictNote: string | null = null;
  try {
    const { actor } = await committeeActionViewer();
    const version = Number(field(form, "version"));
    const outcome = await sendCommitteeEvent(db, actor, {
      caseId,
      type: field(form, "eventType"),
      expectedVersion: Number.isInteger(version) ? version : -1,
      form,
    });
    if (!outcome.ok) return { status: "error", message: "Check the highlighted fields.", fieldErrors: outcome.fieldErrors, values };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") {
      conflictNote = await committeeActionViewer()
        .then(({ actor }) => describeCurrentState(db, caseId, actor))
        .catch(() => null);
    }
    return committeeFailure(error, values, conflictNote);
  }
  redirect(`/committee/cases/${encodeURIComponent(caseId)}?done=${encodeURIComponent(field(form, "eventType"))}#top`);
}
