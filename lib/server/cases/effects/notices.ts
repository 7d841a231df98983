import "server-only";
import type { EffectOf } from "@/lib/workflow";
import { issueLetter } from "../../letters/issue-letter";
import { enqueueNotices, type EnqueueNoticeInput } from "../../notifications/enqueue";
import type { EffectContext } from "./context";
import { resolveRecipients } from "./recipients";

/**
 * NOTIFY: one outbox row per addressee, written with the transition (one INSERT for all). A NOTIFY
 * that names a formal letter first renders and stores that letter (lib/server/letters) in the same
 * transaction, and the notices point at it.
 */
export async function notify(ctx: EffectContext, effect: EffectOf<"NOTIFY">): Promise<void> {
  const { reference } = await ctx.tx.complaint.findUniqueOrThrow({ where: { id: ctx.caseId }, select: { reference: true } });
  const seen = new Set<string>();
  const notices: EnqueueNoticeInput[] = [];
  for (const addressee of await resolveRecipients(ctx, effect.to)) {
    // A person reached twice (e.g. a representative who is also the CCM's account) gets one notice.
    const key = addressee.personId ?? addressee.address ?? "";
    if (key !== "" && seen.has(key)) continue;
    seen.add(key);
    notices.push({
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
  const letter = effect.letter ? await issueLetter(ctx.tx, { caseId: ctx.caseId, kind: effect.letter, to: effect.to, now: ctx.now }) : null;
  await enqueueNotices(ctx.tx, notices, letter?.documentId ?? null);
}
