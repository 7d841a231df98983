import { hasAnyRole } from "@/lib/domain/roles";
import { DISMISSAL_REASON_INFO } from "@/lib/domain/reason-codes";
import { notify, setFields, type Effect } from "./effects";
import {
  actorPersonIds,
  closeDeadline,
  decisionEffects,
  fromReceipt,
  openDeadline,
  withRuleIds,
} from "./effect-builders";
import { deadlinePassed, partyDeadlineOpen } from "./guards";
import { addUtcDays } from "./rules";
import { firstFailure, type GuardContext, type TransitionSpec } from "./transition-spec";

/** DOMAIN §3 #1–#9: filing, intake, preliminary screening, deferral and the Notice of Complaint. */

function isLateFiling(ctx: GuardContext, learnedAt: Date | undefined, ruleIds: readonly string[]): boolean {
  if (learnedAt === undefined) return false;
  if (ruleIds.some((id) => ctx.rules.filing.exemptRuleIds.includes(id))) return false;
  return ctx.now.getTime() > addUtcDays(learnedAt, ctx.rules.filing.windowDays).getTime();
}

export const submit: TransitionSpec<"SUBMIT"> = {
  to: ["SUBMITTED"],
  check: ({ actor }, event) => {
    // The channel must match who files: the web form, staff entering a paper complaint, or the EPCC's own motion.
    if (actor.kind === "complainant") return event.channel === "WEB" ? null : "Complainants file through the web form";
    if (actor.kind !== "person") return "Only a complainant, staff or the Committee can file";
    if (event.ownMotion) {
      return hasAnyRole(actor.roles, ["COMMITTEE_MEMBER", "COMMITTEE_CHAIR", "COMMITTEE_VICE_CHAIR"])
        ? null
        : "Only the Committee opens a complaint on its own motion";
    }
    return actor.roles.includes("STAFF") && event.channel === "STAFF_ENTERED"
      ? null
      : "Staff enter complaints received on paper; Committee members file only on the Committee's own motion";
  },
  effects: (ctx, event) => {
    const ruleIds = [...new Set(event.allegedProvisions.map((ref) => ref.code).filter((code) => code.startsWith("R")))].sort();
    const effects: Effect[] = [
      setFields({
        ownMotion: event.ownMotion,
        codeVersion: event.codeVersion,
        allegedRuleIds: ruleIds,
        lateFiling: isLateFiling(ctx, event.learnedAt, ruleIds) ? "FLAGGED" : "NOT_LATE",
      }),
      openDeadline(ctx, "ACKNOWLEDGE"),
      notify("complaint-received", "COMMITTEE"),
    ];
    if (event.allegedProvisions.length > 0) {
      effects.push({ type: "SET_PROVISIONS", source: "ALLEGED", provisions: event.allegedProvisions });
    }
    if (!event.ownMotion) effects.push(notify("complaint-acknowledged", "COMPLAINANT", "ACKNOWLEDGEMENT"));
    return effects;
  },
};

export const startIntake: TransitionSpec<"START_INTAKE"> = {
  to: ["INTAKE"],
  effects: () => [closeDeadline("ACKNOWLEDGE", "SATISFIED")],
};

export const requestComplainantInfo: TransitionSpec<"REQUEST_COMPLAINANT_INFO"> = {
  to: ["AWAITING_COMPLAINANT_INFO"],
  when: ({ snapshot }) => (snapshot.ownMotion ? "An own-motion case has no complainant to ask" : null),
  effects: (ctx) => [openDeadline(ctx, "CURE"), notify("complaint-deficient", "COMPLAINANT", "DEFICIENCY")],
};

export const complainantCured: TransitionSpec<"COMPLAINANT_CURED"> = {
  to: ["INTAKE"],
  when: (ctx) => partyDeadlineOpen(ctx, "CURE"),
  effects: () => [closeDeadline("CURE", "SATISFIED"), notify("complaint-cured", "COMMITTEE")],
};

export const curePeriodExpired: TransitionSpec<"CURE_PERIOD_EXPIRED"> = {
  to: ["CLOSED_ABANDONED"],
  when: (ctx) => deadlinePassed(ctx, "CURE"),
  effects: (ctx) => [
    closeDeadline("CURE", "FIRED"),
    notify("complaint-abandoned", "COMPLAINANT", "CLOSURE"),
    { type: "SET_RETENTION", retentionClass: "ABANDONED", retainYears: ctx.rules.retention.abandonedYears },
  ],
};

export const acceptForReview: TransitionSpec<"ACCEPT_FOR_REVIEW"> = {
  to: ["PRELIMINARY_REVIEW"],
  effects: (ctx, event) => [
    setFields({ respondentCertificationId: event.certificationId }),
    openDeadline(ctx, "PRELIMINARY_REVIEW"),
    notify("preliminary-review-ready", "CHAIR"),
  ],
};

export const waiveLateFiling: TransitionSpec<"WAIVE_LATE_FILING"> = {
  to: ["PRELIMINARY_REVIEW"],
  when: ({ snapshot }) => (snapshot.lateFiling === "FLAGGED" ? null : "The complaint is not flagged as late"),
  effects: () => [setFields({ lateFiling: "WAIVED" })],
};

export const dismissPreliminary: TransitionSpec<"DISMISS"> = {
  to: ["CLOSED_DISMISSED"],
  check: ({ snapshot }, event) =>
    firstFailure(
      !DISMISSAL_REASON_INFO[event.reasonCode].stages.includes("PRELIMINARY") &&
        `${event.reasonCode} is a reason for the Committee after review, not for preliminary screening`,
      event.reasonCode === "UNTIMELY" &&
        snapshot.lateFiling !== "FLAGGED" &&
        "Only a complaint flagged as late, and not waived, can be dismissed as untimely",
    ),
  effects: (ctx, event) => [
    closeDeadline("PRELIMINARY_REVIEW", "SATISFIED"),
    ...decisionEffects(ctx, {
      stage: "PRELIMINARY",
      outcome: "DISMISSED",
      reasonCode: event.reasonCode,
      reasons: event.reasons,
      provisions: [],
      actions: [],
      votes: [],
      acceptedInWriting: false,
      deciders: actorPersonIds(ctx),
    }),
    notify("complaint-dismissed", "COMPLAINANT", "DECISION"),
    // §3 #6 [D]: the CCM hears of a dismissal only if already told of the complaint.
    ...(ctx.snapshot.respondentNotified ? [notify("complaint-dismissed", "RESPONDENT", "DECISION")] : []),
    { type: "SET_RETENTION", retentionClass: "DISMISSED", retainYears: ctx.rules.retention.dismissedYears },
  ],
};

export const deferLegal: TransitionSpec<"DEFER_LEGAL"> = {
  to: ["DEFERRED_LEGAL"],
  effects: (ctx) => [
    { type: "PAUSE_DEADLINES", kinds: ["PRELIMINARY_REVIEW"], at: ctx.now },
    openDeadline(ctx, "DEFERRAL_REVIEW"),
    notify("case-on-hold", "COMPLAINANT"),
    notify("case-on-hold", "RESPONDENT"),
  ],
};

export const deferralReviewDue: TransitionSpec<"DEFERRAL_REVIEW_DUE"> = {
  to: ["DEFERRED_LEGAL"],
  when: (ctx) => deadlinePassed(ctx, "DEFERRAL_REVIEW"),
  effects: (ctx) => [closeDeadline("DEFERRAL_REVIEW", "FIRED"), openDeadline(ctx, "DEFERRAL_REVIEW"), notify("deferral-review-due", "CHAIR")],
};

export const resumeFromDeferral: TransitionSpec<"RESUME_FROM_DEFERRAL"> = {
  to: ["PRELIMINARY_REVIEW"],
  effects: (ctx) => [
    closeDeadline("DEFERRAL_REVIEW", "CANCELLED"),
    { type: "RESUME_DEADLINES", kinds: ["PRELIMINARY_REVIEW"], at: ctx.now },
    notify("case-resumed", "COMPLAINANT"),
    notify("case-resumed", "RESPONDENT"),
  ],
};

export const sendNoticeOfComplaint: TransitionSpec<"SEND_NOTICE_OF_COMPLAINT"> = {
  to: ["AWAITING_RESPONSE"],
  when: ({ snapshot }) =>
    firstFailure(
      snapshot.respondentCertificationId === null && "The respondent has not been matched to a certification",
      snapshot.lateFiling === "FLAGGED" && "The complaint is flagged as late: waive the time limit or dismiss it as untimely first",
    ),
  check: ({ snapshot }, event) =>
    event.chargedProvisions.every((ref) => ref.codeVersion === snapshot.codeVersion)
      ? null
      : `Charge provisions of the ${snapshot.codeVersion} Code, the version in force at the time of the conduct`,
  effects: (ctx, event) => [
    closeDeadline("PRELIMINARY_REVIEW", "SATISFIED"),
    { type: "SET_PROVISIONS", source: "CHARGED", provisions: event.chargedProvisions },
    setFields({ allegedRuleIds: withRuleIds(ctx, event.chargedProvisions) }),
    openDeadline(ctx, "RESPONSE", { from: fromReceipt(ctx, event.delivery) }),
    notify("notice-of-complaint", "RESPONDENT", "NOTICE_OF_COMPLAINT"),
    notify("complaint-sent-to-ccm", "COMPLAINANT"),
  ],
};
