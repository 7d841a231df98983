import "server-only";
import { z } from "zod";
import { ProvisionRefSchema } from "@/lib/domain/catalogue";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EffectOf } from "@/lib/workflow";
import { decideCurrentAppeal } from "./appeals";
import type { EffectContext } from "./context";
import { replaceProvisions } from "./provisions";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** A decision counts as issued when the same transition writes to a party about it. */
function issuedNow(ctx: EffectContext): boolean {
  return ctx.effects.some((e) => e.type === "NOTIFY" && (e.to === "RESPONDENT" || e.to === "COMPLAINANT"));
}

/** Acceptance (in writing or by silence) adopts the proposal's findings and provisions. */
async function adoptedProposal(ctx: EffectContext) {
  const proposal = await ctx.tx.decision.findFirst({
    where: { complaintId: ctx.caseId, stage: "PROPOSED", adoptsProposal: false },
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    select: { findings: true, provisions: true },
  });
  if (!proposal) throw new Error("There is no proposed disposition to adopt");
  return { findings: proposal.findings, provisions: z.array(ProvisionRefSchema).parse(proposal.provisions) };
}

export async function recordDecision(ctx: EffectContext, effect: EffectOf<"RECORD_DECISION">): Promise<void> {
  const adopted = effect.adoptsProposal ? await adoptedProposal(ctx) : null;
  const provisions = adopted ? adopted.provisions : effect.provisions;
  const decision = await ctx.tx.decision.create({
    data: {
      complaintId: ctx.caseId,
      stage: effect.stage,
      outcome: effect.outcome,
      reasonCode: effect.reasonCode ?? null,
      findings: effect.findings ?? adopted?.findings ?? null,
      reasons: effect.reasons ?? null,
      provisions: json(provisions),
      actions: json(effect.actions),
      adoptsProposal: effect.adoptsProposal ?? false,
      decidedAt: ctx.now,
      issuedAt: issuedNow(ctx) ? ctx.now : null,
      acceptedAt: ctx.event.type === "ACCEPT_DISPOSITION" ? ctx.now : null,
      votes: { createMany: { data: effect.votes.map((vote) => ({ personId: vote.personId, choice: vote.choice })) } },
    },
    select: { id: true },
  });
  ctx.progress.decisionId = decision.id;
  if (adopted && adopted.provisions.length > 0) await replaceProvisions(ctx, "BREACHED", adopted.provisions);
  if (effect.stage === "APPEAL") await decideCurrentAppeal(ctx, effect);
  if (effect.stage === "REOPEN") {
    await ctx.tx.reopenPetition.updateMany({
      where: { complaintId: ctx.caseId, ruling: null },
      data: { ruling: effect.outcome === "GRANTED" ? "GRANTED" : "REFUSED", ruledAt: ctx.now },
    });
  }
}

export async function addDecidingMembers(ctx: EffectContext, effect: EffectOf<"ADD_DECIDING_MEMBERS">): Promise<void> {
  const { decidingPersonIds } = await ctx.tx.complaint.findUniqueOrThrow({ where: { id: ctx.caseId }, select: { decidingPersonIds: true } });
  const merged = [...new Set([...decidingPersonIds, ...effect.personIds])];
  if (merged.length === decidingPersonIds.length) return;
  await ctx.tx.complaint.update({ where: { id: ctx.caseId }, data: { decidingPersonIds: { set: merged } } });
}
