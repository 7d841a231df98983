import "server-only";
import type { EffectOf } from "@/lib/workflow";
import type { EffectContext } from "./context";

/** The decision an appeal is against: the latest merits decision (a hearing's, or an adopted proposal). */
async function appealedDecisionId(ctx: EffectContext): Promise<string> {
  const decision = await ctx.tx.decision.findFirst({
    where: { complaintId: ctx.caseId, stage: { in: ["HEARING", "PROPOSED"] } },
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (!decision) throw new Error("An appeal needs a decision to appeal against");
  return decision.id;
}

export async function recordAppeal(ctx: EffectContext, effect: EffectOf<"RECORD_APPEAL">): Promise<void> {
  await ctx.tx.appeal.create({
    data: {
      complaintId: ctx.caseId,
      decisionId: await appealedDecisionId(ctx),
      grounds: effect.grounds,
      statement: effect.statement,
      filedAt: ctx.now,
    },
  });
}

async function currentAppeal(ctx: EffectContext): Promise<{ id: string }> {
  const appeal = await ctx.tx.appeal.findFirst({
    where: { complaintId: ctx.caseId },
    orderBy: [{ filedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (!appeal) throw new Error("No appeal is in progress on this case");
  return appeal;
}

/** The panel of the appeal in progress; a re-assignment replaces it. */
export async function seatAppealPanel(ctx: EffectContext, personIds: readonly string[]): Promise<void> {
  const appeal = await currentAppeal(ctx);
  await ctx.tx.appealPanelMember.deleteMany({ where: { appealId: appeal.id } });
  await ctx.tx.appealPanelMember.createMany({ data: personIds.map((personId) => ({ appealId: appeal.id, personId })) });
}

const OUTCOME = { AFFIRMED: "AFFIRMED", MODIFIED: "MODIFIED", REVERSED: "REVERSED", REMANDED: "REMANDED" } as const;

/** The appeal decision (with a remand's instructions) is also written on the appeal it decides. */
export async function decideCurrentAppeal(
  ctx: EffectContext,
  effect: EffectOf<"RECORD_DECISION">,
): Promise<void> {
  const outcome = OUTCOME[effect.outcome as keyof typeof OUTCOME];
  if (!outcome) throw new Error(`${effect.outcome} is not an appeal outcome`);
  const appeal = await currentAppeal(ctx);
  await ctx.tx.appeal.update({
    where: { id: appeal.id },
    data: { outcome, reasons: effect.reasons ?? null, instructions: effect.instructions ?? null, decidedAt: ctx.now },
  });
}
