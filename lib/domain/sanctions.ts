import { z } from "zod";

/**
 * Actions the Committee may take on a finding of violation (DOMAIN.md §4), lowest first.
 * Several may be combined (e.g. probation plus continuing education).
 */
export const SANCTION_TYPES = [
  "LETTER_OF_INSTRUCTION",
  "PRIVATE_REPRIMAND",
  "PUBLIC_REPRIMAND",
  "PROBATION",
  "SUSPENSION",
  "REVOCATION",
] as const;
export type SanctionType = (typeof SANCTION_TYPES)[number];
export const SanctionTypeSchema = z.enum(SANCTION_TYPES);

export interface SanctionInfo {
  readonly label: string;
  /** Published on the verification record once FINAL; LOIs and private reprimands never are. */
  readonly isPublic: boolean;
  /** Position in SANCTION_TYPES: used to tell a reduction from an increase on appeal. */
  readonly severity: number;
  readonly hasTerm: boolean;
  readonly description: string;
}

export const SANCTION_INFO = {
  LETTER_OF_INSTRUCTION: {
    label: "Letter of Instruction",
    isPublic: false,
    severity: 0,
    hasTerm: false,
    description: "Corrective guidance, kept in the confidential file; may carry conditions such as ethics education.",
  },
  PRIVATE_REPRIMAND: {
    label: "Private reprimand",
    isPublic: false,
    severity: 1,
    hasTerm: false,
    description: "A formal written reprimand that is not published.",
  },
  PUBLIC_REPRIMAND: {
    label: "Public reprimand",
    isPublic: true,
    severity: 2,
    hasTerm: false,
    description: "A reprimand published on the certification record.",
  },
  PROBATION: {
    label: "Probation",
    isPublic: true,
    severity: 3,
    hasTerm: true,
    description: "A fixed term with conditions; the certification stays active and is marked as on probation.",
  },
  SUSPENSION: {
    label: "Suspension",
    isPublic: true,
    severity: 4,
    hasTerm: true,
    description: "The certification is suspended for a fixed term; the CCM mark may not be used.",
  },
  REVOCATION: {
    label: "Revocation",
    isPublic: true,
    severity: 5,
    hasTerm: false,
    description: "The certification is withdrawn; reapplication only after the waiting period, by full application and exam.",
  },
} as const satisfies Record<SanctionType, SanctionInfo>;

export const CONDITION_KINDS = ["CE_HOURS", "SUPERVISION", "REPORT", "FEE", "OTHER"] as const;
export type ConditionKind = (typeof CONDITION_KINDS)[number];

export const SanctionConditionSchema = z
  .object({
    kind: z.enum(CONDITION_KINDS),
    description: z.string().trim().min(1).max(2000),
    /** Required for CE_HOURS. */
    hours: z.number().int().min(1).max(500).optional(),
    dueAt: z.coerce.date().optional(),
  })
  .refine((condition) => condition.kind !== "CE_HOURS" || condition.hours !== undefined, {
    message: "Continuing-education conditions need a number of hours",
    path: ["hours"],
  });
export type SanctionCondition = z.infer<typeof SanctionConditionSchema>;

const conditions = z.array(SanctionConditionSchema).max(20).default([]);
const termMonths = z.number().int().min(1).max(120);

export const SanctionActionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("LETTER_OF_INSTRUCTION"), conditions }),
  z.object({ type: z.literal("PRIVATE_REPRIMAND") }),
  z.object({ type: z.literal("PUBLIC_REPRIMAND") }),
  z.object({ type: z.literal("PROBATION"), termMonths, conditions }),
  z.object({ type: z.literal("SUSPENSION"), termMonths, conditions }),
  z.object({ type: z.literal("REVOCATION") }),
]);
export type SanctionAction = z.infer<typeof SanctionActionSchema>;

/** A set of actions: each type at most once, revocation alone. */
export const SanctionActionsSchema = z
  .array(SanctionActionSchema)
  .max(SANCTION_TYPES.length)
  .superRefine((actions, ctx) => {
    const types = actions.map((action) => action.type);
    if (new Set(types).size !== types.length) {
      ctx.addIssue({ code: "custom", message: "Each kind of action may appear only once" });
    }
    if (types.includes("REVOCATION") && types.length > 1) {
      ctx.addIssue({ code: "custom", message: "Revocation cannot be combined with other actions" });
    }
  });

export function actionConditions(action: SanctionAction): SanctionCondition[] {
  return "conditions" in action ? action.conditions : [];
}

export function actionTermMonths(action: SanctionAction): number | null {
  return "termMonths" in action ? action.termMonths : null;
}

/** Term limits come from the procedure rules; returns a message naming the breach, or null. */
export function checkActionLimits(
  actions: readonly SanctionAction[],
  limits: { suspensionMaxMonths: number; probationMaxMonths: number },
): string | null {
  for (const action of actions) {
    if (action.type === "SUSPENSION" && action.termMonths > limits.suspensionMaxMonths) {
      return `A suspension may last at most ${limits.suspensionMaxMonths} months`;
    }
    if (action.type === "PROBATION" && action.termMonths > limits.probationMaxMonths) {
      return `Probation may last at most ${limits.probationMaxMonths} months`;
    }
  }
  return null;
}

/**
 * True when `next` is no harsher than `previous` (appeal MODIFY without notice, §5): nothing more
 * severe than the worst previous action, no new type above it, no longer term and no more conditions
 * for a type kept.
 */
export function isNoMoreSevere(next: readonly SanctionAction[], previous: readonly SanctionAction[]): boolean {
  const worst = Math.max(-1, ...previous.map((action) => SANCTION_INFO[action.type].severity));
  for (const action of next) {
    const before = previous.find((old) => old.type === action.type);
    if (!before) {
      if (SANCTION_INFO[action.type].severity >= worst) return false;
      continue;
    }
    const term = actionTermMonths(action);
    const termBefore = actionTermMonths(before);
    if (term !== null && termBefore !== null && term > termBefore) return false;
    if (actionConditions(action).length > actionConditions(before).length) return false;
  }
  return true;
}

/**
 * Lifecycle of a sanction record (matches the database enum). PENDING_FINAL: decided, waits for
 * the decision to become final. STAYED: an appeal is pending. ACTIVE: in effect. REVERSED: set
 * aside (reversal, withdrawal). SUPERSEDED: replaced by a modified or new decision.
 */
export const SANCTION_STATUSES = ["PENDING_FINAL", "STAYED", "ACTIVE", "COMPLETED", "REVERSED", "SUPERSEDED"] as const;
export type SanctionStatus = (typeof SANCTION_STATUSES)[number];
