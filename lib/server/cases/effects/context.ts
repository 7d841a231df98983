import "server-only";
import type { Actor, CaseSnapshot, Effect, Event } from "@/lib/workflow";
import type { AuditActor } from "../../audit/append";
import type { TxClient } from "../../db-factory";

/** What every effect applier sees: one transition, inside its transaction. */
export interface EffectContext {
  readonly tx: TxClient;
  readonly caseId: string;
  readonly now: Date;
  readonly actor: Actor;
  readonly auditActor: AuditActor;
  readonly event: Event;
  /** The snapshot the transition was decided on (null when filing). */
  readonly before: CaseSnapshot | null;
  /** The transition's whole effect list (some appliers look ahead, e.g. a decision issued with its letter). */
  readonly effects: readonly Effect[];
  /** Mutable bookkeeping shared by the appliers of one transition. */
  readonly progress: {
    /** The decision recorded by this transition: sanctions, provisions and appeals link to it. */
    decisionId: string | null;
    /** Sanction rows changed: the certification status is recomputed at the end. */
    sanctionsChanged: boolean;
    reapplyNotBefore: Date | null;
  };
}

/** The person acting, when it is a person: recorded as who verified, ruled or uploaded. */
export function actingPersonId(ctx: Pick<EffectContext, "actor">): string | null {
  return ctx.actor.kind === "person" ? ctx.actor.personId : null;
}
