"use server";

import { fieldErrorsFrom, formValues, type FormState } from "@/lib/domain/form-state";
import { ActivationRequestSchema } from "@/lib/domain/portal/forms";
import { db } from "@/lib/server/db";
import { requestActivationOutcome } from "@/lib/server/portal/activation-request";
import { currentClientAddress } from "@/lib/server/request-info";

/** Public: a CCM asks for an activation link. The answer is the same whether or not anything matched. */
export async function requestActivationAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = ActivationRequestSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  return requestActivationOutcome(db, parsed.data, await currentClientAddress(), values);
}
