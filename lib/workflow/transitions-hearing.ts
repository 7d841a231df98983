import { checkActionLimits } from "@/lib/domain/sanctions";
import { notify, setFields } from "./effects";
import { actorPersonIds, closeDeadline, decisionEffects, openDeadline, voterIds } from "./effect-builders";
import { formatDue, hearingPanel, notRecused, voteCarries } from "./guards";
import { addPeriod, type Period, type ProcedureRules } from "./rules";
import { firstFailure, type GuardContext, type TransitionSpec } from "./transition-spec";

/** DOMAIN §3 #17–#19 and §5: scheduling, postponement, the hearing and its decision. */

/** The earliest hearing date that still gives `notice` days: plain calendar days, no rolling. */
function earliestHearingDate(now: Date, notice: Period, rules: ProcedureRules): Date {
  return addPeriod(now, notice, { ...rules, rollForwardOffNonBusinessDays: false });
}

function noticeGiven(ctx: GuardContext, date: Date, notice: Period, what: string): string | null {
  const earliest = earliestHearingDate(ctx.now, notice, ctx.rules);
  if (date.getTime() >= earliest.getTime()) return null;
  // No minimum notice (0 days) still means notice before the hearing: not a date already past.
  return notice.length === 0
    ? `${what} cannot be set in the past: the earliest date is ${formatDue(earliest)}`
    : `${what} needs at least ${notice.length} ${notice.unit} days' notice: the earliest date is ${formatDue(earliest)}`;
}

export const scheduleHearing: TransitionSpec<"SCHEDULE_HEARING"> = {
  to: ["HEARING_SCHEDULED"],
  when: ({ snapshot }) =>
    firstFailure(
      snapshot.hearing === null && "No hearing has been called",
      snapshot.hearing?.scheduledAt != null && "The hearing is already scheduled; postpone it to change the date",
    ),
  check: (ctx, event) => {
    const outsiders = event.panelPersonIds.filter((id) => !ctx.snapshot.committeePersonIds.includes(id));
    return firstFailure(
      noticeGiven(ctx, event.scheduledAt, ctx.rules.clocks.hearingNotice, "A hearing"),
      outsiders.length > 0 && `Panel members must be Committee members: ${outsiders.join(", ")} are not`,
      notRecused(ctx, event.panelPersonIds, "The panel members"),
      event.panelPersonIds.length < ctx.rules.hearing.quorum &&
        `A hearing panel needs at least ${ctx.rules.hearing.quorum} members without a conflict`,
    );
  },
  effects: (_ctx, event) => [
    {
      type: "SCHEDULE_HEARING",
      scheduledAt: event.scheduledAt,
      format: event.format,
      panelPersonIds: event.panelPersonIds,
      ...(event.location !== undefined && { location: event.location }),
      ...(event.link !== undefined && { link: event.link }),
    },
    notify("notice-of-hearing", "RESPONDENT", "NOTICE_OF_HEARING"),
    notify("hearing-date", "COMPLAINANT"),
    notify("hearing-assigned", "HEARING_PANEL"),
  ],
};

export const postponeHearing: TransitionSpec<"POSTPONE_HEARING"> = {
  to: ["HEARING_SCHEDULED"],
  when: ({ snapshot }) => (snapshot.hearing?.scheduledAt == null ? "The hearing has no date to postpone" : null),
  check: (ctx, event) => {
    const used = ctx.snapshot.postponements[event.requestedBy];
    const max = ctx.rules.hearing.postponementsPerParty;
    return firstFailure(
      used >= max && `The ${event.requestedBy === "CCM" ? "CCM" : "Committee"} has had its ${max} postponement${max === 1 ? "" : "s"}`,
      noticeGiven(ctx, event.newDate, ctx.rules.clocks.hearingReNotice, "A postponed hearing"),
    );
  },
  effects: (ctx, event) => [
    setFields({ postponements: { ...ctx.snapshot.postponements, [event.requestedBy]: ctx.snapshot.postponements[event.requestedBy] + 1 } }),
    { type: "RESCHEDULE_HEARING", scheduledAt: event.newDate, requestedBy: event.requestedBy },
    notify("revised-notice-of-hearing", "RESPONDENT", "NOTICE_OF_HEARING"),
    notify("hearing-date", "COMPLAINANT"),
    notify("hearing-assigned", "HEARING_PANEL"),
  ],
};

export const recordHearingHeld: TransitionSpec<"RECORD_HEARING_HELD"> = {
  to: ["HEARING_HELD"],
  when: (ctx) => {
    const at = ctx.snapshot.hearing?.scheduledAt;
    if (at == null) return "The hearing has not been scheduled";
    return ctx.now.getTime() < at.getTime() ? `The hearing is scheduled for ${formatDue(at)}` : null;
  },
  check: (ctx, event) => {
    const panel = hearingPanel(ctx);
    const outsiders = event.presentPanelPersonIds.filter((id) => !panel.includes(id));
    return firstFailure(
      outsiders.length > 0 && `Only non-recused panel members count as present: ${outsiders.join(", ")} do not`,
      event.presentPanelPersonIds.length < ctx.rules.hearing.quorum &&
        `The hearing needs a quorum of ${ctx.rules.hearing.quorum} panel members without a conflict`,
    );
  },
  effects: (ctx, event) => [
    {
      type: "RECORD_HEARING_HELD",
      heldAt: ctx.now,
      presentPanelPersonIds: event.presentPanelPersonIds,
      inAbsentia: event.inAbsentia,
      writtenStatementReceived: event.writtenStatementReceived,
      ...(event.recordDocumentId !== undefined && { recordDocumentId: event.recordDocumentId }),
    },
    { type: "ADD_DECIDING_MEMBERS", personIds: event.presentPanelPersonIds },
    openDeadline(ctx, "HEARING_DECISION"),
  ],
};

export const decideAfterHearing: TransitionSpec<"DECIDE_AFTER_HEARING"> = {
  to: ["DECIDED"],
  check: (ctx, event) =>
    firstFailure(
      event.provisionsBreached.some((ref) => ref.codeVersion !== ctx.snapshot.codeVersion) &&
        `Cite provisions of the ${ctx.snapshot.codeVersion} Code, the version in force at the time of the conduct`,
      checkActionLimits(event.actions, ctx.rules.sanctions),
      voteCarries(ctx, event.votes, hearingPanel(ctx), ctx.rules.hearing.quorum, "hearing panel"),
    ),
  effects: (ctx, event) => [
    closeDeadline("HEARING_DECISION", "SATISFIED"),
    ...decisionEffects(ctx, {
      stage: "HEARING",
      outcome: event.actions.length > 0 ? "VIOLATION" : "DISMISSED",
      findings: event.findingsOfFact,
      reasons: event.reasons,
      provisions: event.provisionsBreached,
      actions: event.actions,
      votes: event.votes,
      acceptedInWriting: false,
      deciders: [...voterIds(event.votes), ...actorPersonIds(ctx)],
    }),
    notify("hearing-decision", "RESPONDENT", "DECISION"),
  ],
};
