/** PostgreSQL cannot store a NUL character in text or JSON: schemas refuse it as a field error, not a failed save. */
export const hasNoNul = (value: string) => !value.includes("\u0000");
export const nulMessage = (label: string) => `${label} must not contain hidden control characters. Retype it, or paste it as plain text`;
