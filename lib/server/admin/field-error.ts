import "server-only";

/** A user-facing failure tied to one field (e.g. "this email already has an account"). */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "FieldError";
  }
}
