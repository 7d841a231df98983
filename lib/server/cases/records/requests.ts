import "server-only";
import type { EventOf } from "@/lib/workflow";
import { actingPersonId, type EffectContext } from "../effects/context";

/** Rows that record requests and rulings made by events: information, extensions, reopening, deferral. */

function openedDue(ctx: EffectContext, kind: "CURE" | "INFO"): Date {
  const opened = ctx.effects.find((e) => e.type === "OPEN_DEADLINE" && e.kind === kind);
  if (!opened || opened.type !== "OPEN_DEADLINE") throw new Error(`${ctx.event.type} opens a ${kind} deadline`);
  return opened.dueAt;
}

export async function recordInfoRequest(
  ctx: EffectContext,
  event: EventOf<"REQUEST_COMPLAINANT_INFO"> | EventOf<"REQUEST_INFO">,
): Promise<void> {
  const party = event.type === "REQUEST_INFO" ? event.from : "COMPLAINANT";
  const items = event.type === "REQUEST_INFO" ? event.items : event.missingItems;
  const thirdParty = event.type === "REQUEST_INFO" ? event.thirdParty : undefined;
  await ctx.tx.infoRequest.create({
    data: {
      complaintId: ctx.caseId,
      party,
      items: items.join("\n"),
      thirdPartyName: thirdParty?.name ?? null,
      thirdPartyEmail: thirdParty?.email ?? null,
      requestedById: actingPersonId(ctx),
      requestedAt: ctx.now,
      dueAt: openedDue(ctx, event.type === "REQUEST_INFO" ? "INFO" : "CURE"),
    },
  });
}

export async function recordInfoAnswered(ctx: EffectContext, note: string | undefined): Promise<void> {
  const open = await ctx.tx.infoRequest.findFirst({
    where: { complaintId: ctx.caseId, answeredAt: null },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (open) await ctx.tx.infoRequest.update({ where: { id: open.id }, data: { answeredAt: ctx.now, answer: note ?? null } });
}

export async function recordExtensionRequest(ctx: EffectContext, event: EventOf<"REQUEST_EXTENSION">): Promise<void> {
  await ctx.tx.extensionRequest.create({
    data: { complaintId: ctx.caseId, deadlineKind: "RESPONSE", reason: event.reason, daysAsked: event.days, requestedAt: ctx.now },
  });
}

/** The Chair may grant without a written request (§3); the ruling is then its own record. */
export async function recordExtensionRuling(
  ctx: EffectContext,
  event: EventOf<"GRANT_EXTENSION"> | EventOf<"DENY_EXTENSION">,
): Promise<void> {
  const granted = event.type === "GRANT_EXTENSION";
  const ruling = { ruling: granted ? "GRANTED" : "REFUSED", daysGranted: granted ? event.days : null, ruledById: actingPersonId(ctx), ruledAt: ctx.now };
  const pending = await ctx.tx.extensionRequest.findFirst({
    where: { complaintId: ctx.caseId, ruling: null },
    orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (pending) {
    await ctx.tx.extensionRequest.update({ where: { id: pending.id }, data: ruling });
  } else {
    await ctx.tx.extensionRequest.create({
      data: { complaintId: ctx.caseId, deadlineKind: "RESPONSE", reason: "Granted by the Chair without a written request", daysAsked: granted ? event.days : 0, requestedAt: ctx.now, ...ruling },
    });
  }
}

export async function recordReopenPetition(ctx: EffectContext, event: EventOf<"PETITION_REOPEN">, byRespondent: boolean): Promise<void> {
  await ctx.tx.reopenPetition.create({
    data: {
      complaintId: ctx.caseId,
      filedByKind: byRespondent ? "CCM" : "COMMITTEE",
      filedById: actingPersonId(ctx),
      grounds: `New evidence: ${event.newEvidence}\n\nWhy it was not available before: ${event.whyNotAvailableBefore}`,
      filedAt: ctx.now,
    },
  });
}

export async function recordDeferral(ctx: EffectContext, event: EventOf<"DEFER_LEGAL">): Promise<void> {
  await ctx.tx.otherProceeding.create({
    data: {
      complaintId: ctx.caseId,
      kind: event.proceeding.kind,
      body: event.proceeding.description,
      reference: event.proceeding.reference ?? null,
      status: "PENDING (case deferred)",
    },
  });
}

export async function recordDeferralOutcome(ctx: EffectContext, event: EventOf<"RESUME_FROM_DEFERRAL">): Promise<void> {
  const status = `RESOLVED${event.relyOnExternalFinding ? " (finding relied on)" : ""}: ${event.externalOutcome}`;
  await ctx.tx.otherProceeding.updateMany({ where: { complaintId: ctx.caseId, status: "PENDING (case deferred)" }, data: { status } });
}

/** Reasons the Chair or staff give for a ruling that has no decision record; never shown to parties. */
export async function recordRulingNote(ctx: EffectContext, reasons: string | undefined): Promise<void> {
  const authorId = actingPersonId(ctx);
  if (!reasons || !authorId) return;
  await ctx.tx.internalNote.create({
    data: { complaintId: ctx.caseId, authorId, body: `${ctx.event.type}: ${reasons}`, createdAt: ctx.now },
  });
}
