import "server-only";
import { formValues } from "@/lib/domain/form-state";
import { formatAccessCode } from "@/lib/domain/intake/access-code";
import { firstUnanswered } from "@/lib/domain/intake/draft";
import { CHECK_ANSWERS_PATH, INTAKE_BASE_PATH, isIntakeStepId, stepPath } from "@/lib/domain/intake/steps";
import type { Db } from "../db";
import { describeWait } from "../throttle";
import { createDraft, findDraft, purgeExpiredDrafts, type Draft } from "./drafts";
import { BOT_MESSAGE, failureOutcome, formMessage, goTo, isBot, type StepOutcome } from "./form-result";
import { isListStep, saveListStep } from "./save-list";
import { saveEvidenceStep } from "./save-evidence";
import { isFieldStep, saveFieldStep } from "./save-step";
import { CONFIRMATION_PATH, submitDraft } from "./submit";
import { throttleAddress } from "./throttle-rules";

/**
 * The intake form's server side, one function per kind of submission, each safe to call with
 * anything a browser (or a bot) may post: the honeypot, the per-address limits and the draft are
 * checked first, and every failure comes back as a form state, never an exception.
 */
export interface RequestContext {
  address: string;
  now?: Date;
}

export const EXPIRED_PATH = `${INTAKE_BASE_PATH}?expired=1`;

const tooMany = (seconds: number, what: string) =>
  formMessage(`There have been too many ${what} from your network. Wait ${describeWait(seconds)} and try again. Your answers are saved.`);

async function withDraft(db: Db, code: string | undefined, now: Date, work: (draft: Draft) => Promise<StepOutcome>): Promise<StepOutcome> {
  const draft = await findDraft(db, code, now);
  if (!draft) return goTo(EXPIRED_PATH);
  if (draft.data.submitted) return goTo(CONFIRMATION_PATH);
  return work(draft);
}

/** "Start now": a new draft (the caller puts its code in the cookie). */
export async function handleStart(db: Db, formData: FormData, context: RequestContext): Promise<{ outcome: StepOutcome; code?: string }> {
  const now = context.now ?? new Date();
  try {
    if (isBot(formData)) return { outcome: formMessage(BOT_MESSAGE) };
    const verdict = await throttleAddress(db, "start", context.address, now);
    if (!verdict.allowed) return { outcome: tooMany(verdict.retryAfterSeconds, "new complaints started") };
    await purgeExpiredDrafts(db, now);
    const { code } = await createDraft(db, now);
    return { outcome: goTo(stepPath("about-you")), code };
  } catch (error) {
    return { outcome: failureOutcome(error, {}, "starting a complaint") };
  }
}

/** One question page saved (fields, an "add another" list, or the evidence uploads). */
export async function handleStep(db: Db, code: string | undefined, formData: FormData, context: RequestContext): Promise<StepOutcome> {
  const now = context.now ?? new Date();
  const values = formValues(formData);
  try {
    if (isBot(formData)) return formMessage(BOT_MESSAGE, values);
    const step = String(formData.get("step") ?? "");
    if (!isIntakeStepId(step)) return formMessage("That page does not exist. Go back and try again.", values);
    return await withDraft(db, code, now, async (draft) => {
      if (isFieldStep(step)) return saveFieldStep(db, draft, step, formData, now);
      if (isListStep(step)) return saveListStep(db, draft, step, formData, now);
      const verdict = await throttleAddress(db, "upload", context.address, now);
      if (!verdict.allowed) return tooMany(verdict.retryAfterSeconds, "uploads");
      return saveEvidenceStep(db, draft, formData, now);
    });
  } catch (error) {
    return failureOutcome(error, values, "saving an intake page");
  }
}

/** "Submit complaint" on the check-answers page. */
export async function handleSubmit(db: Db, code: string | undefined, formData: FormData, context: RequestContext): Promise<StepOutcome> {
  const now = context.now ?? new Date();
  try {
    if (isBot(formData)) return formMessage(BOT_MESSAGE);
    return await withDraft(db, code, now, async (draft) => {
      const verdict = await throttleAddress(db, "submit", context.address, now);
      if (!verdict.allowed) return tooMany(verdict.retryAfterSeconds, "complaints sent");
      return submitDraft(db, draft, formData, now);
    });
  } catch (error) {
    return failureOutcome(error, {}, "filing a complaint");
  }
}

/** "Continue" with a saved resume code (the caller puts it in the cookie). */
export async function handleResume(db: Db, typedCode: string, context: RequestContext): Promise<{ outcome: StepOutcome; code?: string }> {
  const now = context.now ?? new Date();
  try {
    const verdict = await throttleAddress(db, "resume", context.address, now);
    if (!verdict.allowed) return { outcome: tooMany(verdict.retryAfterSeconds, "attempts") };
    const draft = await findDraft(db, typedCode.trim(), now);
    if (!draft || draft.data.submitted) {
      return {
        outcome: {
          kind: "state",
          state: {
            status: "error",
            message: "",
            fieldErrors: { code: ["There is no saved complaint with that code. Check the code, or start again: saved complaints are kept for 30 days."] },
            values: { code: typedCode },
          },
        },
      };
    }
    const unanswered = firstUnanswered(draft.data);
    return { outcome: goTo(unanswered ? stepPath(unanswered) : CHECK_ANSWERS_PATH), code: formatAccessCode(typedCode) };
  } catch (error) {
    return { outcome: failureOutcome(error, { code: typedCode }, "resuming a complaint") };
  }
}
