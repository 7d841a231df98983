import "server-only";
import { provisionId, type ProvisionRef } from "@/lib/domain/catalogue";
import type { EffectOf } from "@/lib/workflow";
import type { EffectContext } from "./context";

type Source = EffectOf<"SET_PROVISIONS">["source"];

/**
 * The case's provisions of one kind are replaced as a set (a new charge or finding supersedes the
 * last); each decision keeps its own copy in Decision.provisions, so history is not lost.
 */
export async function replaceProvisions(ctx: EffectContext, source: Source, provisions: readonly ProvisionRef[]): Promise<void> {
  await ctx.tx.caseProvision.deleteMany({ where: { complaintId: ctx.caseId, source } });
  if (provisions.length === 0) return;
  await ctx.tx.caseProvision.createMany({
    data: provisions.map((ref) => ({
      complaintId: ctx.caseId,
      provisionId: provisionId(ref),
      source,
      decisionId: source === "ALLEGED" ? null : ctx.progress.decisionId,
      createdAt: ctx.now,
    })),
    skipDuplicates: true,
  });
}

export function setProvisions(ctx: EffectContext, effect: EffectOf<"SET_PROVISIONS">): Promise<void> {
  return replaceProvisions(ctx, effect.source, effect.provisions);
}
