import "server-only";

/** Codes whose message is safe and useful to show to the person who caused them. */
export const USER_FACING_CODES = [
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "VALIDATION",
  "CONFLICT",
  "INVALID_TRANSITION",
  "GUARD_FAILED",
  "THROTTLED",
] as const;
export type AppErrorCode = (typeof USER_FACING_CODES)[number] | "INTERNAL";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get userFacing(): boolean {
    return (USER_FACING_CODES as readonly string[]).includes(this.code);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
