import { BackLink } from "@/components/ui/back-link";
import { INTAKE_STEPS, previousPath, stepNumber, type IntakeStepId } from "@/lib/domain/intake/steps";

/** Back link and "Step n of N" above a question page's heading. */
export function StepHeader({ step, returnToCheck }: { step: IntakeStepId; returnToCheck: boolean }) {
  return (
    <>
      <BackLink href={previousPath(step, returnToCheck)} />
      <p className="text-lg text-slate-700">
        Step {stepNumber(step)} of {INTAKE_STEPS.length}
        <span className="sr-only">:</span> <span className="text-slate-700">Make a complaint</span>
      </p>
    </>
  );
}
