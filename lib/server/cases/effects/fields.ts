import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { addUtcMonths, type CaseFieldsPatch, type EffectOf } from "@/lib/workflow";
import { seatAppealPanel } from "./appeals";
import type { EffectContext } from "./context";

type Columns = Prisma.ComplaintUpdateInput;

/**
 * Where each snapshot field lives. Typed over every key of CaseFieldsPatch, so a field added to
 * the workflow is a compile error here until it has a column. The state itself is not a field:
 * run-transition writes it with the version check.
 */
const COLUMNS: { [K in keyof Required<CaseFieldsPatch>]: (value: Required<CaseFieldsPatch>[K], now: Date) => Columns } = {
  ownMotion: (value) => ({ ownMotion: value }),
  codeVersion: (value) => ({ codeVersion: value }),
  respondentCertificationId: (value) =>
    value === null ? { respondentCertification: { disconnect: true } } : { respondentCertification: { connect: { id: value } } },
  // Set to true below only if not yet told: the first notice to the CCM is the moment they were.
  respondentNotified: (value) => (value ? {} : { respondentNotifiedAt: null }),
  // Stored as the panel rows of the appeal in progress (see appeals.ts); nothing on the case row.
  appealPanelPersonIds: () => ({}),
  lateFiling: (value) => ({ lateFiling: value !== "NOT_LATE", lateFilingWaived: value === "WAIVED" }),
  allegedRuleIds: (value) => ({ ruleIds: { set: [...value] } }),
  extensionRequested: (value) => ({ extensionRequested: value }),
  extensionGranted: (value) => ({ extensionGranted: value }),
  infoRequestedFrom: (value) => ({ infoRequestedFrom: value }),
  withdrawalRequested: (value, now) => ({ withdrawalRequestedAt: value ? now : null }),
  postponements: (value) => ({ ccmPostponements: value.CCM, committeePostponements: value.COMMITTEE }),
  proposedActions: (value) => ({ proposedActions: value as unknown as Prisma.InputJsonValue }),
  decidedActions: (value) => ({ decidedActions: value === null ? Prisma.DbNull : (value as unknown as Prisma.InputJsonValue) }),
  acceptedInWriting: (value) => ({ acceptedInWriting: value }),
  appealFiled: (value) => ({ appealFiled: value }),
  appealOutcome: (value) => ({ appealOutcome: value }),
  finalAt: (value) => ({ finalAt: value }),
  reopenPetitions: (value) => ({ reopenPetitions: value }),
  reopenPetitionPending: (value) => ({ reopenPetitionPending: value }),
};

function columnsFor(fields: CaseFieldsPatch, now: Date): Columns {
  let data: Columns = {};
  for (const key of Object.keys(fields) as (keyof CaseFieldsPatch)[]) {
    const value = fields[key];
    if (value === undefined) continue;
    const toColumns = COLUMNS[key] as (value: unknown, now: Date) => Columns;
    data = Object.assign(data, toColumns(value, now));
  }
  return data;
}

export async function setFields(ctx: EffectContext, effect: EffectOf<"SET_FIELDS">): Promise<void> {
  const data = columnsFor(effect.fields, ctx.now);
  if (effect.fields.respondentNotified === true) {
    await ctx.tx.complaint.updateMany({ where: { id: ctx.caseId, respondentNotifiedAt: null }, data: { respondentNotifiedAt: ctx.now } });
  }
  if (Object.keys(data).length > 0) await ctx.tx.complaint.update({ where: { id: ctx.caseId }, data });
  const panel = effect.fields.appealPanelPersonIds;
  if (panel && panel.length > 0) await seatAppealPanel(ctx, panel);
}

export async function setRetention(ctx: EffectContext, effect: EffectOf<"SET_RETENTION">): Promise<void> {
  const retainUntil = effect.retainYears === null ? null : addUtcMonths(ctx.now, effect.retainYears * 12);
  const data: Columns = { retentionClass: effect.retentionClass, retainUntil };
  await ctx.tx.complaint.update({ where: { id: ctx.caseId }, data });
}
