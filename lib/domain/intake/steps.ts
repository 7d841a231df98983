/**
 * The public intake's question pages, in order (GOV.UK "one thing per page"). Each is a URL under
 * /complaints/new; "check your answers" follows the last. A step counts as answered once its page
 * was saved with valid answers.
 */
export const INTAKE_STEPS = [
  { id: "about-you", title: "About you" },
  { id: "case-manager", title: "The case manager" },
  { id: "what-happened", title: "What happened" },
  { id: "rules", title: "Rules and Standards" },
  { id: "other-proceedings", title: "Other proceedings" },
  { id: "evidence", title: "Evidence files" },
  { id: "witnesses", title: "Witnesses" },
  { id: "consents", title: "Consents and declaration" },
] as const;

export type IntakeStepId = (typeof INTAKE_STEPS)[number]["id"];

export const INTAKE_STEP_IDS = INTAKE_STEPS.map((step) => step.id) as readonly IntakeStepId[];

export const INTAKE_BASE_PATH = "/complaints/new";
export const CHECK_ANSWERS_PATH = `${INTAKE_BASE_PATH}/check-answers`;

export function isIntakeStepId(value: string): value is IntakeStepId {
  return (INTAKE_STEP_IDS as readonly string[]).includes(value);
}

export function stepPath(step: IntakeStepId, options: { returnToCheck?: boolean } = {}): string {
  return `${INTAKE_BASE_PATH}/${step}${options.returnToCheck ? "?return=check" : ""}`;
}

export function stepNumber(step: IntakeStepId): number {
  return INTAKE_STEP_IDS.indexOf(step) + 1;
}

export function stepTitle(step: IntakeStepId): string {
  return INTAKE_STEPS.find((s) => s.id === step)?.title ?? step;
}

/** Where "Continue" goes: the next question, or back to the summary when changing an answer. */
export function nextPath(step: IntakeStepId, returnToCheck: boolean): string {
  if (returnToCheck) return CHECK_ANSWERS_PATH;
  const next = INTAKE_STEP_IDS[stepNumber(step)];
  return next ? stepPath(next) : CHECK_ANSWERS_PATH;
}

/** Where the back link goes. */
export function previousPath(step: IntakeStepId, returnToCheck: boolean): string {
  if (returnToCheck) return CHECK_ANSWERS_PATH;
  const previous = INTAKE_STEP_IDS[stepNumber(step) - 2];
  return previous ? stepPath(previous) : INTAKE_BASE_PATH;
}
