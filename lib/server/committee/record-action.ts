import "server-only";
import type { z } from "zod";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/domain/form-state";
import type { Db } from "../db";
import { db as defaultDb } from "../db";
import { committeeActionViewer, type PersonActor } from "./actor";
import { committeeFailure } from "./form-result";

/**
 * The shape of every record-keeping action on the case file: authorize (committee side, roles
 * read fresh) → parse the form's schema → run the domain function (which re-checks the case) →
 * a FormState with a success message, or the typed values and the reason it was refused.
 */
export async function recordAction<S extends z.ZodType>(
  form: FormData,
  schema: S,
  run: (data: z.output<S>, actor: PersonActor, db: Db) => Promise<void>,
  success: string,
): Promise<FormState> {
  const values = formValues(form);
  try {
    const { actor } = await committeeActionViewer();
    const parsed = schema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsFrom(parsed.error), values };
    await run(parsed.data, actor, defaultDb);
    return { status: "success", message: success };
  } catch (error) {
    return committeeFailure(error, values);
  }
}
