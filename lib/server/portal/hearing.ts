import "server-only";
import { challengeDeadline, POSTPONEMENT_PREFIX } from "@/lib/domain/portal/hearing";
import { formatDeadline } from "@/lib/domain/portal/format";
import type { TransitionAttachment } from "../cases/run-transition";
import { loadProcedureRules } from "../cases/procedure-rules";
import { AppError } from "../errors";
import { FieldError } from "../admin/field-error";
import type { Db, TxClient } from "../db";
import { recordOnCase, type CaseRecordContext } from "./case-record";
import { noticeToCommittee } from "./notices";
import { storeRespondentFiles } from "./uploads";
import type { PersonActor } from "./viewer";

/**
 * The respondent's part in a hearing besides the workflow's own events (DOMAIN §5): challenging a
 * panel member for cause within the window, a written statement and exhibits, and asking the
 * Chair for a postponement (which the Chair grants with POSTPONE_HEARING). Each is a record on the
 * case with its audit event; none changes the case's state.
 */

interface Common {
  db?: Db;
  actor: PersonActor;
  caseId: string;
  expectedVersion: number;
  now?: Date;
}

async function currentHearing(ctx: CaseRecordContext) {
  if (ctx.state !== "HEARING_SCHEDULED") throw new AppError("GUARD_FAILED", "There is no hearing to prepare for at this stage of the case.");
  const hearing = await ctx.tx.hearing.findFirst({
    where: { complaintId: ctx.caseId, status: { not: "CANCELLED" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, status: true, scheduledFor: true, noticeSentAt: true, panel: { select: { personId: true } } },
  });
  if (!hearing) throw new AppError("GUARD_FAILED", "No hearing has been called on this case.");
  return hearing;
}

export async function challengeMember(input: Common & { memberId: string; grounds: string }) {
  return recordOnCase({
    ...input,
    type: "MEMBER_CHALLENGED",
    work: async (ctx) => {
      const hearing = await currentHearing(ctx);
      if (hearing.status !== "SCHEDULED" || !hearing.noticeSentAt) {
        throw new AppError("GUARD_FAILED", "The panel has not been named yet. You can challenge a member once the Notice of Hearing is sent.");
      }
      const until = challengeDeadline(hearing.noticeSentAt);
      if (ctx.now.getTime() > until.getTime()) {
        throw new AppError(
          "GUARD_FAILED",
          `The deadline for challenging a panel member was ${formatDeadline(until)} and has passed. If you learned of the conflict only since then, contact the ethics coordinator, who will put your challenge to the Committee Chair.`,
        );
      }
      if (!hearing.panel.some((member) => member.personId === input.memberId)) throw new FieldError("memberId", "Choose a member of your hearing panel");
      const pending = await ctx.tx.memberChallenge.findFirst({ where: { complaintId: ctx.caseId, memberId: input.memberId, ruling: null }, select: { id: true } });
      if (pending) throw new FieldError("memberId", "You have already challenged this member; the Chair has not ruled yet");
      const challenge = await ctx.tx.memberChallenge.create({
        data: { complaintId: ctx.caseId, memberId: input.memberId, filedById: ctx.actor.personId, grounds: input.grounds, filedAt: ctx.now },
        select: { id: true },
      });
      await noticeToCommittee(ctx.tx, {
        ...ctx,
        audience: "CHAIR",
        template: "PORTAL_MEMBER_CHALLENGE",
        subject: "A hearing panel member has been challenged",
        body: "The case manager has challenged a member of the hearing panel for cause. Rule on the challenge before the hearing.",
      });
      return challenge;
    },
    payload: (challenge) => ({ challengeId: challenge.id, memberId: input.memberId }),
  });
}

export async function submitHearingMaterial(input: Common & { files: readonly TransitionAttachment[] }) {
  return recordOnCase({
    ...input,
    type: "HEARING_MATERIAL_SUBMITTED",
    work: async (ctx) => {
      const hearing = await currentHearing(ctx);
      if (hearing.scheduledFor && ctx.now.getTime() >= hearing.scheduledFor.getTime()) {
        throw new AppError("GUARD_FAILED", `The hearing began on ${formatDeadline(hearing.scheduledFor)}: material can no longer be sent through the portal. Contact the ethics coordinator.`);
      }
      const ids = await storeRespondentFiles(ctx.tx, { caseId: ctx.caseId, personId: ctx.actor.personId, files: input.files, now: ctx.now });
      await noticeToCommittee(ctx.tx, {
        ...ctx,
        audience: "STAFF",
        template: "PORTAL_HEARING_MATERIAL",
        subject: "Hearing material received from the case manager",
        body: "The case manager sent a written statement or exhibits for the hearing. They are in the case file.",
      });
      return ids;
    },
    payload: (documentIds) => ({ documentIds }),
  });
}

async function pendingPostponement(tx: TxClient, caseId: string, since: Date): Promise<boolean> {
  const message = await tx.message.findFirst({
    where: { complaintId: caseId, thread: "RESPONDENT", authorKind: "RESPONDENT", body: { startsWith: POSTPONEMENT_PREFIX }, createdAt: { gte: since } },
    select: { id: true },
  });
  return message !== null;
}

export async function requestPostponement(input: Common & { reason: string }) {
  return recordOnCase({
    ...input,
    type: "HEARING_POSTPONEMENT_REQUESTED",
    work: async (ctx) => {
      const hearing = await currentHearing(ctx);
      if (!hearing.scheduledFor || !hearing.noticeSentAt) throw new AppError("GUARD_FAILED", "The hearing has no date yet, so there is nothing to postpone.");
      const rules = await loadProcedureRules(ctx.tx);
      const used = (await ctx.tx.complaint.findUniqueOrThrow({ where: { id: ctx.caseId }, select: { ccmPostponements: true } })).ccmPostponements;
      if (used >= rules.hearing.postponementsPerParty) {
        throw new AppError("GUARD_FAILED", `You have had the ${rules.hearing.postponementsPerParty} postponement allowed. Contact the ethics coordinator if something serious prevents you from attending.`);
      }
      if (await pendingPostponement(ctx.tx, ctx.caseId, hearing.noticeSentAt)) {
        throw new AppError("GUARD_FAILED", "Your request to postpone this hearing is already with the Committee Chair.");
      }
      const message = await ctx.tx.message.create({
        data: { complaintId: ctx.caseId, thread: "RESPONDENT", authorKind: "RESPONDENT", authorId: ctx.actor.personId, body: `${POSTPONEMENT_PREFIX}${input.reason}`, createdAt: ctx.now },
        select: { id: true },
      });
      await noticeToCommittee(ctx.tx, {
        ...ctx,
        audience: "CHAIR",
        template: "PORTAL_POSTPONEMENT_REQUEST",
        subject: "The case manager asks to postpone the hearing",
        body: "The case manager has asked for the hearing to be postponed for good cause. Their reasons are in the case file.",
      });
      return message;
    },
    payload: (message) => ({ messageId: message.id }),
  });
}
