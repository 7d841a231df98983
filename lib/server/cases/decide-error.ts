import { EventSchema, type DecideResult } from "@/lib/workflow";
import { AppError } from "../errors";

type Refusal = Extract<DecideResult, { ok: false }>;

/** The machine's refusal as a user-facing error; a malformed event carries its zod issues. */
export function refusalError(refusal: Refusal, event: unknown): AppError {
  switch (refusal.code) {
    case "INVALID_EVENT": {
      const parsed = EventSchema.safeParse(event);
      const issues = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
      return new AppError("VALIDATION", refusal.message, { issues });
    }
    case "INVALID_TRANSITION":
      return new AppError("INVALID_TRANSITION", refusal.message, { allowed: refusal.allowed ?? [] });
    case "FORBIDDEN":
      return new AppError("FORBIDDEN", refusal.message);
    case "GUARD_FAILED":
      return new AppError("GUARD_FAILED", refusal.message);
  }
}

export const conflictError = () =>
  new AppError("CONFLICT", "This case changed since you opened it. Reload the page to see its current state, then try again.");
