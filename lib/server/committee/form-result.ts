import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { FormState } from "@/lib/domain/form-state";
import { isAppError } from "../errors";
import { logger } from "../logger";

/**
 * A committee action's failure as the form's state: user-facing AppErrors (refusals, conflicts,
 * validation) show their message; anything else is logged and shown generically with a reference.
 * The typed values always come back so nothing is lost.
 */
export function committeeFailure(error: unknown, values: Record<string, string>, conflictNote?: string | null): FormState {
  unstable_rethrow(error);
  if (isAppError(error) && error.userFacing) {
    if (error.code === "CONFLICT") {
      const now = conflictNote ? ` It is now at the stage “${conflictNote}”.` : "";
      return {
        status: "error",
        message: `This case changed since you opened it.${now} Nothing was saved. Reload the page to see the current state; what you typed is kept below.`,
        values,
      };
    }
    return { status: "error", message: error.message, values };
  }
  const reference = randomUUID().slice(0, 8);
  logger.error({ err: error, reference }, "committee action failed");
  return { status: "error", message: `Something went wrong and nothing was saved. Quote reference ${reference} if you contact support.`, values, reference };
}
