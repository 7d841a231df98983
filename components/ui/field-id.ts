/** Plain helpers shared by server and client form components (no "use client" here, so server
 * components can call them; a function exported from a client module cannot be called on the server). */
export type SummaryError = { field: string; message: string };

/** The id a field's input carries, so summary links and labels agree. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

export function summaryErrors(fieldErrors: Record<string, string[]> | undefined): SummaryError[] {
  return Object.entries(fieldErrors ?? {}).flatMap(([field, messages]) =>
    messages.slice(0, 1).map((message) => ({ field, message })),
  );
}
