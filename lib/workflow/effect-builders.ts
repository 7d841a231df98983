import type { ProvisionRef } from "@/lib/domain/catalogue";
import type { SanctionAction } from "@/lib/domain/sanctions";
import { DEADLINE_INFO, type DeadlineKind, type DeadlineWaitingOn } from "./deadlines";
import type { DecisionOutcome, DecisionStage, Effect } from "./effects";
import type { Vote } from "./event-fields";
import { dueDateFor, receiptDate, type ClockName } from "./rules";
import { isLive } from "./sanction-projection";
import type { GuardContext } from "./transition-spec";

/** Small builders shared by the transition files, so every transition states effects the same way. */

export function openDeadline(
  ctx: GuardContext,
  kind: DeadlineKind,
  options: { from?: Date; waitingOn?: DeadlineWaitingOn; clock?: ClockName } = {},
): Effect {
  const clock = options.clock ?? DEADLINE_INFO[kind].clock;
  if (clock === null) throw new Error(`${kind} has no clock; open it with an explicit due date`);
  return {
    type: "OPEN_DEADLINE",
    kind,
    dueAt: dueDateFor(options.from ?? ctx.now, ctx.rules.clocks[clock], ctx.rules),
    waitingOn: options.waitingOn ?? DEADLINE_INFO[kind].waitingOn,
  };
}

/** A party's clock starts at receipt of the letter (§3): now, or some days later by mail. */
export function fromReceipt(ctx: GuardContext, delivery: "ELECTRONIC" | "MAIL"): Date {
  return receiptDate(ctx.now, delivery, ctx.rules);
}

export function closeDeadline(kind: DeadlineKind, outcome: "SATISFIED" | "FIRED" | "CANCELLED", ref?: string): Effect {
  return ref === undefined ? { type: "CLOSE_DEADLINE", kind, outcome } : { type: "CLOSE_DEADLINE", kind, outcome, ref };
}

/** Closes a reminder-only clock if it is still on the case (it may have lapsed unnoticed). */
export function closeIfOpen(ctx: GuardContext, kind: DeadlineKind, outcome: "SATISFIED" | "FIRED" | "CANCELLED"): Effect[] {
  return ctx.snapshot.openDeadlines.some((deadline) => deadline.kind === kind) ? [closeDeadline(kind, outcome)] : [];
}

export function cancelAllDeadlines(ctx: GuardContext): Effect[] {
  return ctx.snapshot.openDeadlines.length > 0 ? [{ type: "CANCEL_ALL_DEADLINES" }] : [];
}

export function setAsideLiveSanctions(ctx: GuardContext, status: "REVERSED" | "SUPERSEDED"): Effect[] {
  return ctx.snapshot.sanctions.some(isLive) ? [{ type: "SET_SANCTIONS_ASIDE", status }] : [];
}

export function actorPersonIds(ctx: GuardContext): string[] {
  return ctx.actor.kind === "person" ? [ctx.actor.personId] : [];
}

/** Rule codes (R1..R6) among cited provisions, merged with those already on the case. */
export function withRuleIds(ctx: GuardContext, provisions: readonly ProvisionRef[]): string[] {
  const codes = provisions.map((ref) => ref.code).filter((code) => code.startsWith("R"));
  return [...new Set([...ctx.snapshot.allegedRuleIds, ...codes])].sort();
}

/** §3 #22 [D]: sanctions wait for finality (stayed by an appeal) unless the matter alleges R2/R4. */
export function stayApplies(ruleIds: readonly string[], ctx: GuardContext): boolean {
  return !ruleIds.some((id) => ctx.rules.sanctions.stayExceptRuleIds.includes(id));
}

export interface DecisionInput {
  stage: DecisionStage;
  outcome: DecisionOutcome;
  reasonCode?: string;
  findings?: string;
  reasons?: string;
  provisions: ProvisionRef[];
  actions: SanctionAction[];
  votes: Vote[];
  acceptedInWriting: boolean;
  adoptsProposal?: boolean;
  /** Persons who took part: voters and the member recording it. */
  deciders: string[];
}

/**
 * The effects of a merits decision: the record, the decided actions, and sanction records.
 * Sanctions exist only through this function, so none can appear without a recorded decision.
 */
export function decisionEffects(ctx: GuardContext, decision: DecisionInput): Effect[] {
  const ruleIds = withRuleIds(ctx, decision.provisions);
  const effects: Effect[] = [
    {
      type: "RECORD_DECISION",
      stage: decision.stage,
      outcome: decision.outcome,
      provisions: decision.provisions,
      actions: decision.actions,
      votes: decision.votes,
      ...(decision.reasonCode !== undefined && { reasonCode: decision.reasonCode }),
      ...(decision.findings !== undefined && { findings: decision.findings }),
      ...(decision.reasons !== undefined && { reasons: decision.reasons }),
      ...(decision.adoptsProposal && { adoptsProposal: true }),
    },
    {
      type: "SET_FIELDS",
      fields: { decidedActions: decision.actions, acceptedInWriting: decision.acceptedInWriting, allegedRuleIds: ruleIds },
    },
  ];
  if (decision.provisions.length > 0) effects.push({ type: "SET_PROVISIONS", source: "BREACHED", provisions: decision.provisions });
  const deciders = [...new Set(decision.deciders)];
  if (deciders.length > 0) effects.push({ type: "ADD_DECIDING_MEMBERS", personIds: deciders });
  if (decision.actions.length > 0) effects.push(createSanctions(ctx, decision.actions, ruleIds));
  return effects;
}

export function createSanctions(ctx: GuardContext, actions: SanctionAction[], ruleIds: readonly string[]): Effect {
  return stayApplies(ruleIds, ctx)
    ? { type: "CREATE_SANCTIONS", actions, status: "PENDING_FINAL", effectiveFrom: null }
    : { type: "CREATE_SANCTIONS", actions, status: "ACTIVE", effectiveFrom: ctx.now };
}

export function voterIds(votes: readonly Vote[]): string[] {
  return votes.map((vote) => vote.personId);
}
