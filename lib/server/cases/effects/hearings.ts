import "server-only";
import type { EffectOf } from "@/lib/workflow";
import type { EffectContext } from "./context";

/** The hearing in progress: the latest one not cancelled (a remand or reopening may call another). */
async function currentHearing(ctx: EffectContext): Promise<{ id: string }> {
  const hearing = await ctx.tx.hearing.findFirst({
    where: { complaintId: ctx.caseId, status: { not: "CANCELLED" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (!hearing) throw new Error("No hearing has been called on this case");
  return hearing;
}

export async function openHearing(ctx: EffectContext, effect: EffectOf<"OPEN_HEARING">): Promise<void> {
  await ctx.tx.hearing.create({
    data: { complaintId: ctx.caseId, initiatedBy: effect.initiatedBy, status: "CALLED", createdAt: ctx.now },
  });
}

export async function scheduleHearing(ctx: EffectContext, effect: EffectOf<"SCHEDULE_HEARING">): Promise<void> {
  const hearing = await currentHearing(ctx);
  await ctx.tx.hearing.update({
    where: { id: hearing.id },
    data: {
      status: "SCHEDULED",
      scheduledFor: effect.scheduledAt,
      format: effect.format,
      location: effect.location ?? null,
      link: effect.link ?? null,
      noticeSentAt: ctx.now,
    },
  });
  await ctx.tx.hearingPanelMember.deleteMany({ where: { hearingId: hearing.id } });
  await ctx.tx.hearingPanelMember.createMany({ data: effect.panelPersonIds.map((personId) => ({ hearingId: hearing.id, personId })) });
}

export async function rescheduleHearing(ctx: EffectContext, effect: EffectOf<"RESCHEDULE_HEARING">): Promise<void> {
  const hearing = await currentHearing(ctx);
  await ctx.tx.hearing.update({ where: { id: hearing.id }, data: { scheduledFor: effect.scheduledAt, noticeSentAt: ctx.now } });
}

export async function recordHearingHeld(ctx: EffectContext, effect: EffectOf<"RECORD_HEARING_HELD">): Promise<void> {
  const hearing = await currentHearing(ctx);
  await ctx.tx.hearing.update({
    where: { id: hearing.id },
    data: {
      status: "HELD",
      heldAt: effect.heldAt,
      inAbsentia: effect.inAbsentia,
      writtenStatementReceived: effect.writtenStatementReceived,
      recordDocumentId: effect.recordDocumentId ?? null,
    },
  });
  await ctx.tx.hearingPanelMember.updateMany({ where: { hearingId: hearing.id }, data: { present: false } });
  await ctx.tx.hearingPanelMember.updateMany({
    where: { hearingId: hearing.id, personId: { in: effect.presentPanelPersonIds } },
    data: { present: true },
  });
}
