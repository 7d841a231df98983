import "server-only";
import { SANCTION_INFO, actionConditions, actionTermMonths } from "@/lib/domain/sanctions";
import { addUtcMonths, endOfUtcDay, type EffectOf } from "@/lib/workflow";
import { actingPersonId, type EffectContext } from "./context";

/**
 * Sanction rows follow the statuses of ADR 0002: PENDING_FINAL at the decision, STAYED during an
 * appeal, ACTIVE once final (or at once where no stay applies), then COMPLETED, REVERSED or
 * SUPERSEDED. Every change flags the certification for recomputation at the end of the transition.
 */

const LIVE = { in: ["PENDING_FINAL", "STAYED", "ACTIVE"] as ("PENDING_FINAL" | "STAYED" | "ACTIVE")[] };

/** Same rule as the workflow's termEndsAt: the end of the UTC day `termMonths` after it took effect. */
function endsAt(startsAt: Date | null, termMonths: number | null): Date | null {
  return startsAt && termMonths ? endOfUtcDay(addUtcMonths(startsAt, termMonths)) : null;
}

export async function createSanctions(ctx: EffectContext, effect: EffectOf<"CREATE_SANCTIONS">): Promise<void> {
  const decisionId = ctx.progress.decisionId;
  if (!decisionId) throw new Error("Sanctions are created only with the decision that imposes them");
  const complaint = await ctx.tx.complaint.findUniqueOrThrow({
    where: { id: ctx.caseId },
    select: { respondentCertificationId: true, respondentCertification: { select: { status: true } } },
  });
  for (const action of effect.actions) {
    const termMonths = actionTermMonths(action);
    await ctx.tx.sanction.create({
      data: {
        complaintId: ctx.caseId,
        decisionId,
        certificationId: complaint.respondentCertificationId,
        type: action.type,
        status: effect.status,
        termMonths,
        startsAt: effect.effectiveFrom,
        endsAt: endsAt(effect.effectiveFrom, termMonths),
        isPublic: SANCTION_INFO[action.type].isPublic,
        priorStatus: complaint.respondentCertification?.status ?? null,
        createdAt: ctx.now,
        conditions: {
          create: actionConditions(action).map((condition) => ({
            kind: condition.kind,
            description: condition.description,
            hours: condition.hours ?? null,
            dueAt: condition.dueAt ?? null,
          })),
        },
      },
    });
  }
  ctx.progress.sanctionsChanged = true;
}

async function moveStatus(ctx: EffectContext, from: "PENDING_FINAL" | "STAYED", to: "PENDING_FINAL" | "STAYED"): Promise<void> {
  await ctx.tx.sanction.updateMany({ where: { complaintId: ctx.caseId, status: from }, data: { status: to } });
  ctx.progress.sanctionsChanged = true;
}

export const staySanctions = (ctx: EffectContext) => moveStatus(ctx, "PENDING_FINAL", "STAYED");
export const liftStay = (ctx: EffectContext) => moveStatus(ctx, "STAYED", "PENDING_FINAL");

export async function makeSanctionsFinal(ctx: EffectContext, effect: EffectOf<"MAKE_SANCTIONS_FINAL">): Promise<void> {
  const waiting = await ctx.tx.sanction.findMany({
    where: { complaintId: ctx.caseId, status: { in: ["PENDING_FINAL", "STAYED"] } },
    select: { id: true, startsAt: true, termMonths: true },
  });
  for (const sanction of waiting) {
    const startsAt = sanction.startsAt ?? effect.at;
    await ctx.tx.sanction.update({
      where: { id: sanction.id },
      data: { status: "ACTIVE", startsAt, endsAt: endsAt(startsAt, sanction.termMonths) },
    });
  }
  ctx.progress.sanctionsChanged = true;
}

export async function setSanctionsAside(ctx: EffectContext, effect: EffectOf<"SET_SANCTIONS_ASIDE">): Promise<void> {
  await ctx.tx.sanction.updateMany({ where: { complaintId: ctx.caseId, status: LIVE }, data: { status: effect.status } });
  ctx.progress.sanctionsChanged = true;
}

export async function completeSanctions(ctx: EffectContext, effect: EffectOf<"COMPLETE_SANCTIONS">): Promise<void> {
  await ctx.tx.sanction.updateMany({
    where: { complaintId: ctx.caseId, id: { in: effect.sanctionIds } },
    data: { status: "COMPLETED", completedAt: ctx.now },
  });
  ctx.progress.sanctionsChanged = true;
}

export async function markConditionsMet(ctx: EffectContext, effect: EffectOf<"MARK_CONDITIONS_MET">): Promise<void> {
  await ctx.tx.sanctionCondition.updateMany({
    where: { id: { in: effect.conditionIds }, sanction: { complaintId: ctx.caseId }, metAt: null },
    data: { metAt: effect.at, verifiedById: actingPersonId(ctx) },
  });
  ctx.progress.sanctionsChanged = true;
}

export async function markTermEnded(ctx: EffectContext, effect: EffectOf<"MARK_TERM_ENDED">): Promise<void> {
  await ctx.tx.sanction.updateMany({ where: { complaintId: ctx.caseId, id: effect.sanctionId }, data: { termEndedAt: ctx.now } });
  ctx.progress.sanctionsChanged = true;
}

/** The workflow's own projection of the status; the registry's single writer recomputes it from all cases. */
export function certificationStatusChanged(ctx: EffectContext, effect: EffectOf<"SET_CERTIFICATION_STATUS">): void {
  ctx.progress.sanctionsChanged = true;
  if (effect.reapplyNotBefore) ctx.progress.reapplyNotBefore = effect.reapplyNotBefore;
}

/** Publication (§4): only public types, only once final; the verification page reads these rows. */
export async function publishSanctions(ctx: EffectContext, effect: EffectOf<"PUBLISH_SANCTIONS">): Promise<void> {
  await ctx.tx.sanction.updateMany({
    where: { complaintId: ctx.caseId, status: "ACTIVE", isPublic: true, type: { in: effect.sanctionTypes }, publishedAt: null },
    data: { publishedAt: ctx.now },
  });
}

export async function unpublishSanctions(ctx: EffectContext): Promise<void> {
  await ctx.tx.sanction.updateMany({ where: { complaintId: ctx.caseId, publishedAt: { not: null } }, data: { publishedAt: null } });
}
