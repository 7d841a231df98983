import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { FormState } from "@/lib/domain/form-state";
import type { ActivationRequestSchema } from "@/lib/domain/portal/forms";
import type { Db } from "../db";
import { logger } from "../logger";
import { describeWait } from "../throttle";
import { ACTIVATION_TTL_DAYS } from "./activation-link";
import { requestCcmActivation } from "./ccm-activation";

export const ACTIVATION_SENT_MESSAGE =
  `If the number and email address match our registry, we have sent a link to that address to set your password. ` +
  `It works once, for ${ACTIVATION_TTL_DAYS} days.`;

/** The activation form's outcome: a neutral confirmation, a throttle wait, or a generic failure with a reference. */
export async function requestActivationOutcome(
  db: Db,
  input: z.output<typeof ActivationRequestSchema>,
  address: string,
  values: Record<string, string>,
): Promise<FormState> {
  try {
    const result = await requestCcmActivation(db, input, { address });
    if (result.status === "throttled") {
      return { status: "error", message: `There have been too many requests. Wait ${describeWait(result.retryAfterSeconds)} and try again.`, values };
    }
    return { status: "success", message: ACTIVATION_SENT_MESSAGE };
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    logger.error({ err: error, reference }, "CCM activation request failed");
    return { status: "error", message: `Something went wrong. Try again, or quote reference ${reference} if you contact CCMC.`, values, reference };
  }
}
