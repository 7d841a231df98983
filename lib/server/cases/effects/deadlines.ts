import "server-only";
import type { EffectOf } from "@/lib/workflow";
import type { EffectContext } from "./context";

/** Deadline rows: one per stored due date (DOMAIN §3 invariants). OPEN and PAUSED are "open". */

const OPEN = { in: ["OPEN", "PAUSED"] as ("OPEN" | "PAUSED")[] };

export async function openDeadline(ctx: EffectContext, effect: EffectOf<"OPEN_DEADLINE">): Promise<void> {
  await ctx.tx.deadline.create({
    data: {
      complaintId: ctx.caseId,
      kind: effect.kind,
      waitingOn: effect.waitingOn,
      dueAt: effect.dueAt,
      openedAt: ctx.now,
      ref: effect.ref ?? null,
    },
  });
}

export async function closeDeadline(ctx: EffectContext, effect: EffectOf<"CLOSE_DEADLINE">): Promise<void> {
  await ctx.tx.deadline.updateMany({
    where: { complaintId: ctx.caseId, kind: effect.kind, status: OPEN, ...(effect.ref !== undefined && { ref: effect.ref }) },
    data: { status: effect.outcome, closedAt: ctx.now, ...(effect.outcome === "FIRED" && { firedAt: ctx.now }) },
  });
}

export async function extendDeadline(ctx: EffectContext, effect: EffectOf<"EXTEND_DEADLINE">): Promise<void> {
  // A new due date gets its reminders again.
  await ctx.tx.deadline.updateMany({
    where: { complaintId: ctx.caseId, kind: effect.kind, status: OPEN },
    data: { dueAt: effect.dueAt, remindersSent: [] },
  });
}

export async function cancelAllDeadlines(ctx: EffectContext): Promise<void> {
  await ctx.tx.deadline.updateMany({
    where: { complaintId: ctx.caseId, status: OPEN },
    data: { status: "CANCELLED", closedAt: ctx.now },
  });
}

export async function pauseDeadlines(ctx: EffectContext, effect: EffectOf<"PAUSE_DEADLINES">): Promise<void> {
  await ctx.tx.deadline.updateMany({
    where: { complaintId: ctx.caseId, kind: { in: effect.kinds }, status: "OPEN" },
    data: { status: "PAUSED", pausedAt: effect.at },
  });
}

/** Each resumed clock's due date moves later by the time it was stopped. */
export async function resumeDeadlines(ctx: EffectContext, effect: EffectOf<"RESUME_DEADLINES">): Promise<void> {
  const paused = await ctx.tx.deadline.findMany({
    where: { complaintId: ctx.caseId, kind: { in: effect.kinds }, status: "PAUSED" },
    select: { id: true, dueAt: true, pausedAt: true },
  });
  for (const deadline of paused) {
    const stoppedFor = deadline.pausedAt ? effect.at.getTime() - deadline.pausedAt.getTime() : 0;
    await ctx.tx.deadline.update({
      where: { id: deadline.id },
      data: { status: "OPEN", pausedAt: null, dueAt: new Date(deadline.dueAt.getTime() + stoppedFor) },
    });
  }
}
