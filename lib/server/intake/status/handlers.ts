import "server-only";
import { formValues } from "@/lib/domain/form-state";
import { InfoReplySchema, LostCodeSchema, MessageSchema, StatusSignInSchema, WithdrawSchema } from "@/lib/domain/intake/status";
import type { Db } from "../../db";
import { checkUploads, filesFrom } from "../../documents/validate-upload";
import { describeWait } from "../../throttle";
import { failureOutcome, formMessage, goTo, invalid, type StepOutcome } from "../form-result";
import type { RequestContext } from "../handlers";
import { throttleAddress } from "../throttle-rules";
import { answerInfoRequest, requestWithdrawal, sendComplainantMessage } from "./actions";
import { reissueAccessCode } from "./lost-code";
import { ACCESS_CODE_LOCK_MINUTES, ACCESS_CODE_MAX_FAILURES, signInWithAccessCode } from "./sign-in";

/** The status page's server side: sign-in, messages, answers, withdrawal and a lost code. */

export const STATUS_PATH = "/complaints/status";
export const LOST_CODE_PATH = `${STATUS_PATH}/lost-code`;
const SIGNED_OUT = `${STATUS_PATH}?signedout=1`;

export const WRONG_CODE_MESSAGE = `The reference or access code is not right. Check both and try again. After ${ACCESS_CODE_MAX_FAILURES} wrong tries the access code is locked for ${ACCESS_CODE_LOCK_MINUTES} minutes.`;

export function lockedMessage(seconds: number): string {
  return `Too many wrong access codes have been tried for this reference, so it is locked. Try again in ${describeWait(seconds)}, or ask for a new access code to be sent to your email.`;
}

export async function handleSignIn(
  db: Db,
  formData: FormData,
  context: RequestContext,
): Promise<{ outcome: StepOutcome; session?: { complaintId: string; codeIssuedAt: Date } }> {
  const values = formValues(formData, ["accessCode"]);
  try {
    const parsed = StatusSignInSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return { outcome: invalid(parsed.error, values) };
    const result = await signInWithAccessCode(db, parsed.data, context);
    if (result.ok) return { outcome: goTo(STATUS_PATH), session: { complaintId: result.complaintId, codeIssuedAt: result.codeIssuedAt } };
    if (result.reason === "wrong") {
      return { outcome: { kind: "state", state: { status: "error", message: "", fieldErrors: { accessCode: [WRONG_CODE_MESSAGE] }, values } } };
    }
    if (result.reason === "locked") return { outcome: formMessage(lockedMessage(result.retryAfterSeconds), values) };
    return { outcome: formMessage(`Too many attempts from your network. Wait ${describeWait(result.retryAfterSeconds)} and try again.`, values) };
  } catch (error) {
    return { outcome: failureOutcome(error, values, "complainant sign-in") };
  }
}

async function signedInWrite(
  db: Db,
  complaintId: string | null,
  formData: FormData,
  context: RequestContext,
  what: string,
  work: (complaintId: string, values: Record<string, string>, now: Date) => Promise<StepOutcome>,
): Promise<StepOutcome> {
  const values = formValues(formData);
  const now = context.now ?? new Date();
  try {
    if (!complaintId) return goTo(SIGNED_OUT);
    const verdict = await throttleAddress(db, "statusWrite", context.address, now);
    if (!verdict.allowed) return formMessage(`Too many requests from your network. Wait ${describeWait(verdict.retryAfterSeconds)} and try again.`, values);
    return await work(complaintId, values, now);
  } catch (error) {
    return failureOutcome(error, values, what);
  }
}

export function handleMessage(db: Db, complaintId: string | null, formData: FormData, context: RequestContext): Promise<StepOutcome> {
  return signedInWrite(db, complaintId, formData, context, "sending a message", async (id, values, now) => {
    const parsed = MessageSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    await sendComplainantMessage(db, id, parsed.data.body, now);
    return goTo(`${STATUS_PATH}?sent=message`);
  });
}

export function handleInfoReply(db: Db, complaintId: string | null, formData: FormData, context: RequestContext): Promise<StepOutcome> {
  return signedInWrite(db, complaintId, formData, context, "answering a request", async (id, values, now) => {
    const parsed = InfoReplySchema.safeParse(Object.fromEntries(formData));
    const files = filesFrom(formData, "files");
    const checked = files.length > 0 ? await checkUploads(files) : { ok: true as const, files: [] };
    if (!parsed.success || !checked.ok) {
      const fieldErrors: Record<string, string[]> = {};
      if (!parsed.success) Object.assign(fieldErrors, { answer: parsed.error.issues.map((issue) => issue.message) });
      if (!checked.ok) fieldErrors.files = checked.errors;
      return { kind: "state", state: { status: "error", message: "", fieldErrors, values } };
    }
    await answerInfoRequest(db, id, parsed.data.answer, checked.files, now);
    return goTo(`${STATUS_PATH}?sent=answer`);
  });
}

export function handleWithdraw(db: Db, complaintId: string | null, formData: FormData, context: RequestContext): Promise<StepOutcome> {
  return signedInWrite(db, complaintId, formData, context, "asking to withdraw", async (id, values, now) => {
    const parsed = WithdrawSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    await requestWithdrawal(db, id, parsed.data.reason, now);
    return goTo(`${STATUS_PATH}?sent=withdrawal`);
  });
}

/** Always the same neutral answer: it must not tell whether a reference exists or whose it is. */
export async function handleLostCode(db: Db, formData: FormData, context: RequestContext): Promise<StepOutcome> {
  const values = formValues(formData);
  const now = context.now ?? new Date();
  try {
    const parsed = LostCodeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) return invalid(parsed.error, values);
    const verdict = await throttleAddress(db, "lostCode", context.address, now);
    if (!verdict.allowed) return formMessage(`Too many requests from your network. Wait ${describeWait(verdict.retryAfterSeconds)} and try again.`, values);
    await reissueAccessCode(db, parsed.data, now);
    return goTo(`${LOST_CODE_PATH}?sent=1`);
  } catch (error) {
    return failureOutcome(error, values, "re-issuing an access code");
  }
}
