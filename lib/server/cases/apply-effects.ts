import "server-only";
import type { Effect } from "@/lib/workflow";
import { recomputeCertificationStatus } from "../registry/certification-status";
import { recordAppeal } from "./effects/appeals";
import type { EffectContext } from "./effects/context";
import * as deadlines from "./effects/deadlines";
import { addDecidingMembers, recordDecision } from "./effects/decisions";
import { setFields, setRetention } from "./effects/fields";
import * as hearings from "./effects/hearings";
import { notify } from "./effects/notices";
import { setProvisions } from "./effects/provisions";
import * as sanctions from "./effects/sanctions";

export type { EffectContext } from "./effects/context";

function applyOne(ctx: EffectContext, effect: Effect): Promise<void> | void {
  // Exhaustive: a new effect kind in lib/workflow is a compile error here until it is applied.
  switch (effect.type) {
    case "OPEN_DEADLINE":
      return deadlines.openDeadline(ctx, effect);
    case "CLOSE_DEADLINE":
      return deadlines.closeDeadline(ctx, effect);
    case "EXTEND_DEADLINE":
      return deadlines.extendDeadline(ctx, effect);
    case "CANCEL_ALL_DEADLINES":
      return deadlines.cancelAllDeadlines(ctx);
    case "PAUSE_DEADLINES":
      return deadlines.pauseDeadlines(ctx, effect);
    case "RESUME_DEADLINES":
      return deadlines.resumeDeadlines(ctx, effect);
    case "NOTIFY":
      return notify(ctx, effect);
    case "SET_FIELDS":
      return setFields(ctx, effect);
    case "SET_PROVISIONS":
      return setProvisions(ctx, effect);
    case "RECORD_DECISION":
      return recordDecision(ctx, effect);
    case "ADD_DECIDING_MEMBERS":
      return addDecidingMembers(ctx, effect);
    case "RECORD_APPEAL":
      return recordAppeal(ctx, effect);
    case "OPEN_HEARING":
      return hearings.openHearing(ctx, effect);
    case "SCHEDULE_HEARING":
      return hearings.scheduleHearing(ctx, effect);
    case "RESCHEDULE_HEARING":
      return hearings.rescheduleHearing(ctx, effect);
    case "RECORD_HEARING_HELD":
      return hearings.recordHearingHeld(ctx, effect);
    case "CREATE_SANCTIONS":
      return sanctions.createSanctions(ctx, effect);
    case "STAY_SANCTIONS":
      return sanctions.staySanctions(ctx);
    case "LIFT_STAY":
      return sanctions.liftStay(ctx);
    case "MAKE_SANCTIONS_FINAL":
      return sanctions.makeSanctionsFinal(ctx, effect);
    case "SET_SANCTIONS_ASIDE":
      return sanctions.setSanctionsAside(ctx, effect);
    case "COMPLETE_SANCTIONS":
      return sanctions.completeSanctions(ctx, effect);
    case "MARK_CONDITIONS_MET":
      return sanctions.markConditionsMet(ctx, effect);
    case "MARK_TERM_ENDED":
      return sanctions.markTermEnded(ctx, effect);
    case "SET_CERTIFICATION_STATUS":
      return sanctions.certificationStatusChanged(ctx, effect);
    case "PUBLISH_SANCTIONS":
      return sanctions.publishSanctions(ctx, effect);
    case "UNPUBLISH_SANCTIONS":
      return sanctions.unpublishSanctions(ctx);
    case "SET_RETENTION":
      return setRetention(ctx, effect);
    default: {
      const unknown: never = effect;
      throw new Error(`No applier for effect ${(unknown as Effect).type}`);
    }
  }
}

/**
 * Applies a transition's effects in order, inside its transaction, then lets the registry's
 * single writer recompute the certification status if any sanction changed. The status is
 * derived from every case's sanctions, so it is recomputed rather than copied from the effect.
 */
export async function applyEffects(ctx: EffectContext): Promise<void> {
  for (const effect of ctx.effects) await applyOne(ctx, effect);
  if (!ctx.progress.sanctionsChanged) return;
  const complaint = await ctx.tx.complaint.findUniqueOrThrow({
    where: { id: ctx.caseId },
    select: { reference: true, respondentCertificationId: true },
  });
  if (complaint.respondentCertificationId === null) return;
  await recomputeCertificationStatus(ctx.tx, {
    certificationId: complaint.respondentCertificationId,
    reason: `Case ${complaint.reference}: ${ctx.event.type}`,
    actor: ctx.auditActor,
    complaintId: ctx.caseId,
    at: ctx.now,
    reapplyNotBefore: ctx.progress.reapplyNotBefore,
  });
}
