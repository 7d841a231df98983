"use server";

import { SetPasswordSchema } from "@/lib/domain/admin/people";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/domain/form-state";
import { failure } from "@/lib/server/admin/form-action";
import { activateAccount } from "@/lib/server/admin/activation";
import { db } from "@/lib/server/db";

export async function setPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["password", "confirm", "token"]);
  const parsed = SetPasswordSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsFrom(parsed.error), values };
  try {
    const { email } = await activateAccount(db, parsed.data.token, parsed.data.password);
    return { status: "success", message: email };
  } catch (error) {
    return failure(error, values);
  }
}
