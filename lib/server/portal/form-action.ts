import "server-only";
import { randomUUID } from "node:crypto";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { fieldErrorsFrom, formValues, type FormState } from "@/lib/domain/form-state";
import type { EventType } from "@/lib/workflow";
import { FieldError } from "../admin/field-error";
import { db } from "../db";
import { isAppError } from "../errors";
import { logger } from "../logger";
import { explainRefusal } from "./refusal";
import { UploadError } from "./uploads";
import { portalActionViewer, type PortalViewer } from "./viewer";

interface Options<S extends z.ZodType> {
  schema: S;
  /** Fields sent more than once (checkboxes): parsed as arrays. */
  arrays?: readonly string[];
  /** The workflow event the form sends, to explain a refusal in its terms. */
  event?: EventType;
  /** Does the work; returns where to go on success (the case page with a ?done= message). */
  run: (data: z.output<S>, viewer: PortalViewer, formData: FormData) => Promise<string>;
}

function input(formData: FormData, arrays: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    out[key] = arrays.includes(key) ? [...((out[key] as string[] | undefined) ?? []), value] : value;
  }
  return out;
}

/**
 * Every portal form action: the actor is re-checked on the server, the form parsed with its shared
 * schema, the domain function run, and the outcome turned into a FormState that keeps what was
 * typed. A case the person may not see is the 404 page; refusals (deadline passed, page out of
 * date, bad file) are messages; anything unexpected is logged and shown with a reference.
 */
export async function portalFormAction<S extends z.ZodType>(formData: FormData, options: Options<S>): Promise<FormState> {
  const values = formValues(formData);
  let target: string;
  try {
    const viewer = await portalActionViewer();
    const parsed = options.schema.safeParse(input(formData, options.arrays ?? []));
    if (!parsed.success) return { status: "error", message: "Check the highlighted fields.", fieldErrors: fieldErrorsFrom(parsed.error), values };
    target = await options.run(parsed.data, viewer, formData);
  } catch (error) {
    return failure(error, formData, values, options.event ?? null);
  }
  redirect(target);
}

async function failure(error: unknown, formData: FormData, values: Record<string, string>, event: EventType | null): Promise<FormState> {
  unstable_rethrow(error);
  if (error instanceof FieldError) return { status: "error", message: "Check the highlighted fields.", fieldErrors: { [error.field]: [error.message] }, values };
  if (error instanceof UploadError) return { status: "error", message: "Check the files you chose.", fieldErrors: { [error.field]: error.errors }, values };
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  if (isAppError(error) && error.userFacing) {
    const caseId = formData.get("caseId");
    const message = typeof caseId === "string" ? await explainRefusal(db, caseId, event, error) : error.message;
    return { status: "error", message, values };
  }
  const reference = randomUUID().slice(0, 8);
  logger.error({ err: error, reference }, "portal action failed");
  return { status: "error", message: `Something went wrong and nothing was saved. Try again, or quote reference ${reference} if you contact CCMC.`, values, reference };
}
