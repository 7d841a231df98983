import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { fieldErrorsFrom, type FormState } from "@/lib/domain/form-state";
import { HONEYPOT } from "@/lib/domain/intake/honeypot";
import { isAppError } from "../errors";
import { logger } from "../logger";

/** What an intake or status form action does next: show the form again with a state, or go on. */
export type StepOutcome = { kind: "state"; state: FormState } | { kind: "redirect"; to: string };

export const HONEYPOT_FIELD = HONEYPOT;

export const goTo = (to: string): StepOutcome => ({ kind: "redirect", to });

export function invalid(error: z.ZodError, values: Record<string, string>): StepOutcome {
  return { kind: "state", state: { status: "error", message: "", fieldErrors: fieldErrorsFrom(error), values } };
}

export function fieldError(field: string, message: string, values: Record<string, string>): StepOutcome {
  return { kind: "state", state: { status: "error", message: "", fieldErrors: { [field]: [message] }, values } };
}

export function formMessage(message: string, values: Record<string, string> = {}): StepOutcome {
  return { kind: "state", state: { status: "error", message, values } };
}

/** A bot filled the field people never see: refuse without saying why, and write nothing. */
export function isBot(formData: FormData): boolean {
  const value = formData.get(HONEYPOT_FIELD);
  return typeof value === "string" && value.trim() !== "";
}

export const BOT_MESSAGE = "Your answers could not be accepted. Check them and try again.";

/**
 * Expected failures (user-facing AppErrors) come back as a message with everything typed kept;
 * anything else is logged and shown as a generic message with a reference. Never a 500.
 */
export function failureOutcome(error: unknown, values: Record<string, string>, what: string): StepOutcome {
  unstable_rethrow(error);
  if (isAppError(error) && error.userFacing) return formMessage(error.message, values);
  const reference = randomUUID().slice(0, 8);
  logger.error({ err: error, reference }, `${what} failed`);
  return {
    kind: "state",
    state: {
      status: "error",
      message: `Something went wrong and nothing was saved. Try again, or quote reference ${reference} if you contact us.`,
      values,
      reference,
    },
  };
}
