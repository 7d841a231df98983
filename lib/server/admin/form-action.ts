import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/domain/form-state";
import { requireActionRole, type SignedInUser } from "../authz";
import { isAppError } from "../errors";
import { logger } from "../logger";
import { FieldError } from "./field-error";

export { FieldError };

type Options<S extends z.ZodType, R> = {
  schema: S;
  /** Fields never echoed back (passwords, tokens). */
  omit?: readonly string[];
  /** Builds the schema's input; defaults to the form's entries. */
  input?: (formData: FormData) => unknown;
  run: (data: z.output<S>, admin: SignedInUser) => Promise<R>;
  success: (result: R) => FormState;
  /** Keep the typed values on success too (e.g. a form that stays on screen). */
  keepValues?: boolean;
};

/**
 * The shape every admin form action shares: authorize (ADMIN) → parse with the form's schema →
 * run the domain function → a FormState. Expected failures come back as messages with the typed
 * values; anything else is logged and shown as a generic message with a reference.
 */
export async function adminFormAction<S extends z.ZodType, R>(formData: FormData, options: Options<S, R>): Promise<FormState> {
  const values = formValues(formData, options.omit ?? []);
  try {
    const admin = await requireActionRole(["ADMIN"]);
    const parsed = options.schema.safeParse(options.input ? options.input(formData) : Object.fromEntries(formData));
    if (!parsed.success) {
      return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsFrom(parsed.error), values };
    }
    return options.success(await options.run(parsed.data, admin));
  } catch (error) {
    return failure(error, values);
  }
}

export function failure(error: unknown, values: Record<string, string>): FormState {
  unstable_rethrow(error);
  if (error instanceof FieldError) {
    return { status: "error", message: "Check the highlighted fields.", fieldErrors: { [error.field]: [error.message] }, values };
  }
  if (isAppError(error) && error.userFacing) return { status: "error", message: error.message, values };
  const reference = randomUUID().slice(0, 8);
  logger.error({ err: error, reference }, "admin action failed");
  return { status: "error", message: `Something went wrong and nothing was saved. Quote reference ${reference} if you contact support.`, values, reference };
}
