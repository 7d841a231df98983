import "server-only";
import type { EffectOf } from "@/lib/workflow";
import { enqueueNotice } from "../../notifications/enqueue";
import type { EffectContext } from "./context";
import { resolveRecipients } from "./recipients";

/** NOTIFY: one outbox row per addressee, written with the transition. */
export async function notify(ctx: EffectContext, effect: EffectOf<"NOTIFY">): Promise<void> {
  const { reference } = await ctx.tx.complaint.findUniqueOrThrow({ where: { id: ctx.caseId }, select: { reference: true } });
  const seen = new Set<string>();
  for (const addressee of await resolveRecipients(ctx, effect.to)) {
    // A person reached twice (e.g. a representative who is also the CCM's account) gets one notice.
    const key = addressee.personId ?? addressee.address ?? "";
    if (key !== "" && seen.has(key)) continue;
    seen.add(key);
    await enqueueNotice(ctx.tx, {
      complaintId: ctx.caseId,
      reference,
      template: effect.template,
      recipientKind: effect.to,
      audience: addressee.audience,
      recipientPersonId: addressee.personId,
      toAddress: addressee.address,
      letterKind: effect.letter ?? null,
      now: ctx.now,
    });
  }
}
