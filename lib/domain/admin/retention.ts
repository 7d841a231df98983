import { z } from "zod";
import type { ProcedureRules } from "@/lib/workflow/rules";
import { addUtcMonths } from "@/lib/workflow/rules";

/** Retention classes (DOMAIN.md §8); matches the database enum. */
export type RetentionClass = "DISMISSED" | "VIOLATION" | "WITHDRAWN" | "ABANDONED" | "OPEN";

export const RETENTION_CLASS_LABELS: Record<RetentionClass, string> = {
  DISMISSED: "Dismissed",
  VIOLATION: "Finding of violation",
  WITHDRAWN: "Withdrawn",
  ABANDONED: "Abandoned",
  OPEN: "Open",
};

const VIOLATION_OUTCOMES = new Set(["VIOLATION", "AFFIRMED", "MODIFIED"]);

/**
 * The class a case's records fall in. Only a closed case has one; a CLOSED case is a violation
 * when its last effective decision found one (a reversal on appeal makes it a dismissal).
 */
export function retentionClassFor(state: string, decisionOutcomes: readonly string[]): RetentionClass {
  if (state === "CLOSED_DISMISSED") return "DISMISSED";
  if (state === "CLOSED_WITHDRAWN") return "WITHDRAWN";
  if (state === "CLOSED_ABANDONED") return "ABANDONED";
  if (state !== "CLOSED") return "OPEN";
  const effective = decisionOutcomes.filter((outcome) => outcome !== "REMANDED").at(-1);
  return effective && VIOLATION_OUTCOMES.has(effective) ? "VIOLATION" : "DISMISSED";
}

export function retentionYears(klass: RetentionClass, retention: ProcedureRules["retention"]): number | null {
  switch (klass) {
    case "DISMISSED":
      return retention.dismissedYears;
    case "WITHDRAWN":
      return retention.withdrawnYears;
    case "ABANDONED":
      return retention.abandonedYears;
    case "VIOLATION":
      return retention.violationYears;
    default:
      return null;
  }
}

/** When a closed case's personal data may go; null = kept permanently. */
export function retainUntil(closedAt: Date, klass: RetentionClass, retention: ProcedureRules["retention"]): Date | null {
  const years = retentionYears(klass, retention);
  return years === null ? null : addUtcMonths(closedAt, years * 12);
}

export const LegalHoldSchema = z.object({
  reference: z.string().trim().toUpperCase().min(1, "Enter the case reference").max(40, "A case reference is short, like EPC-2026-0001"),
  hold: z.enum(["on", "off"], { error: "Choose whether to place or release the hold" }),
  reason: z.string().trim().min(5, "Give the reason (at least 5 characters)").max(1000, "The reason must be 1000 characters or fewer"),
});

export const RunPurgeSchema = z.object({
  confirm: z.literal("yes", { error: "Confirm that you understand a purge cannot be undone" }),
});
