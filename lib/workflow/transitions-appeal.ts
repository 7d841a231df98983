import { SANCTION_INFO, checkActionLimits, isNoMoreSevere } from "@/lib/domain/sanctions";
import { notify, setFields, type Effect } from "./effects";
import {
  closeDeadline,
  createSanctions,
  fromReceipt,
  openDeadline,
  setAsideLiveSanctions,
  stayApplies,
} from "./effect-builders";
import { appealPanelIndependent, deadlinePassed, partyDeadlineOpen, voteCarries } from "./guards";
import { isLive } from "./sanction-projection";
import { firstFailure, type GuardContext, type TransitionSpec } from "./transition-spec";
import type { CaseFieldsPatch } from "./types";

/** DOMAIN §3 #20–#24 and §5: the appeal window, finality, the appeal and its outcome. */

function decisionAwaitsAppealWindow(ctx: GuardContext): boolean {
  const actions = ctx.snapshot.decidedActions;
  return actions !== null && actions.length > 0 && !ctx.snapshot.acceptedInWriting;
}

export const appealWindowOpens: TransitionSpec<"APPEAL_WINDOW_OPENS"> = {
  to: ["APPEAL_WINDOW"],
  // §9.5: an LOI or sanction not accepted in writing may be appealed.
  when: (ctx) => (decisionAwaitsAppealWindow(ctx) ? null : "Only an action not accepted in writing can be appealed"),
  effects: (ctx, event) => [openDeadline(ctx, "APPEAL", { from: fromReceipt(ctx, event.delivery) })],
};

/**
 * Effects of becoming FINAL: sanctions take effect, public ones are published and sent to
 * licensing boards (§4, §9.10), both parties get the outcome, and the retention class is set.
 */
function finalEffects(ctx: GuardContext): Effect[] {
  const live = ctx.snapshot.sanctions.filter(isLive);
  const publicTypes = [...new Set(live.filter((s) => SANCTION_INFO[s.type].isPublic).map((s) => s.type))];
  const effects: Effect[] = [setFields({ finalAt: ctx.now })];
  if (live.some((s) => s.status !== "ACTIVE")) effects.push({ type: "MAKE_SANCTIONS_FINAL", at: ctx.now });
  if (publicTypes.length > 0) {
    effects.push({ type: "PUBLISH_SANCTIONS", sanctionTypes: publicTypes }, notify("public-sanction-notice", "LICENSING_BOARDS"));
  }
  if (live.some((s) => s.type === "LETTER_OF_INSTRUCTION")) {
    effects.push(notify("letter-of-instruction", "RESPONDENT", "LETTER_OF_INSTRUCTION"));
  }
  effects.push(
    notify("decision-final", "RESPONDENT"),
    notify("outcome-final", "COMPLAINANT"),
    live.length > 0
      ? { type: "SET_RETENTION", retentionClass: "VIOLATION", retainYears: ctx.rules.retention.violationYears }
      : { type: "SET_RETENTION", retentionClass: "DISMISSED", retainYears: ctx.rules.retention.dismissedYears },
  );
  return effects;
}

export const finalizeDecided: TransitionSpec<"FINALIZE"> = {
  to: ["FINAL"],
  when: (ctx) =>
    ctx.snapshot.decidedActions !== null && !decisionAwaitsAppealWindow(ctx)
      ? null
      : "A decision with an action not accepted in writing becomes final only after the appeal period",
  effects: finalEffects,
};

export const finalizeAfterAppealWindow: TransitionSpec<"FINALIZE"> = {
  to: ["FINAL"],
  when: (ctx) => deadlinePassed(ctx, "APPEAL"),
  effects: (ctx) => [closeDeadline("APPEAL", "FIRED"), ...finalEffects(ctx)],
};

export const finalizeAfterAppeal: TransitionSpec<"FINALIZE"> = {
  to: ["FINAL"],
  when: ({ snapshot }) =>
    snapshot.appealOutcome !== null && snapshot.appealOutcome !== "REMAND" ? null : "A remanded case returns to the Committee",
  effects: finalEffects,
};

export const fileAppeal: TransitionSpec<"FILE_APPEAL"> = {
  to: ["APPEAL_FILED"],
  when: (ctx) => partyDeadlineOpen(ctx, "APPEAL"),
  effects: (ctx, event) => {
    const stayed = stayApplies(ctx.snapshot.allegedRuleIds, ctx);
    return [
      closeDeadline("APPEAL", "SATISFIED"),
      setFields({ appealFiled: true }),
      { type: "RECORD_APPEAL", grounds: event.grounds, statement: event.statement, documentIds: event.documentIds },
      openDeadline(ctx, "APPEAL_DECISION"),
      ...(stayed ? [{ type: "STAY_SANCTIONS" } as const] : []),
      notify(stayed ? "appeal-acknowledged-stayed" : "appeal-acknowledged-not-stayed", "RESPONDENT", "APPEAL_ACK"),
      notify("appeal-filed", "COMMITTEE"),
    ];
  },
};

export const assignAppealPanel: TransitionSpec<"ASSIGN_APPEAL_PANEL"> = {
  to: ["APPEAL_FILED"],
  check: (ctx, event) => {
    const outsiders = event.panelPersonIds.filter((id) => !ctx.snapshot.appealBodyPersonIds.includes(id));
    return firstFailure(
      outsiders.length > 0 && `Appeal panel members must be commissioners: ${outsiders.join(", ")} are not`,
      appealPanelIndependent(ctx, event.panelPersonIds),
    );
  },
  effects: (_ctx, event) => [setFields({ appealPanelPersonIds: event.panelPersonIds }), notify("appeal-assigned", "APPEAL_PANEL")],
};

function appealSanctionEffects(ctx: GuardContext, outcome: Parameters<TransitionSpec<"DECIDE_APPEAL">["effects"]>[1]["outcome"]): Effect[] {
  switch (outcome.kind) {
    case "AFFIRM":
      return ctx.snapshot.sanctions.some((s) => s.status === "STAYED") ? [{ type: "LIFT_STAY" }] : [];
    case "MODIFY":
      return [
        ...setAsideLiveSanctions(ctx, "SUPERSEDED"),
        createSanctions(ctx, outcome.actions, ctx.snapshot.allegedRuleIds),
        setFields({ decidedActions: outcome.actions }),
      ];
    case "REVERSE":
      return [...setAsideLiveSanctions(ctx, "REVERSED"), setFields({ decidedActions: [] })];
    case "REMAND":
      return setAsideLiveSanctions(ctx, "SUPERSEDED");
  }
}

const APPEAL_OUTCOME_RECORD = { AFFIRM: "AFFIRMED", MODIFY: "MODIFIED", REVERSE: "REVERSED", REMAND: "REMANDED" } as const;

export const decideAppeal: TransitionSpec<"DECIDE_APPEAL"> = {
  to: ["APPEAL_DECIDED"],
  when: (ctx) => appealPanelIndependent(ctx, ctx.snapshot.appealPanelPersonIds),
  check: (ctx, event) => {
    const { outcome } = event;
    return firstFailure(
      voteCarries(ctx, event.votes, ctx.snapshot.appealPanelPersonIds, ctx.rules.appeal.panelMinSize, "appeal panel"),
      outcome.kind === "MODIFY" && checkActionLimits(outcome.actions, ctx.rules.sanctions),
      outcome.kind === "MODIFY" &&
        !outcome.increaseNoticeGiven &&
        !isNoMoreSevere(outcome.actions, ctx.snapshot.decidedActions ?? []) &&
        "On appeal a sanction may only be reduced unless the CCM was given notice of a possible increase",
    );
  },
  effects: (ctx, event) => [
    closeDeadline("APPEAL_DECISION", "SATISFIED"),
    {
      type: "RECORD_DECISION",
      stage: "APPEAL",
      outcome: APPEAL_OUTCOME_RECORD[event.outcome.kind],
      reasons: event.reasons,
      provisions: [],
      actions: event.outcome.kind === "MODIFY" ? event.outcome.actions : [],
      votes: event.votes,
      // The Committee gets the case back and must know what to reconsider.
      ...(event.outcome.kind === "REMAND" && { instructions: event.outcome.instructions }),
    },
    setFields({ appealOutcome: event.outcome.kind }),
    ...appealSanctionEffects(ctx, event.outcome),
    notify("appeal-decision", "RESPONDENT", "APPEAL_DECISION"),
    notify("appeal-outcome-summary", "COMPLAINANT"),
  ],
};

/** Fields reset when a case goes back to the Committee for a fresh decision (remand, reopening). */
export function freshReviewFields(): CaseFieldsPatch {
  return {
    proposedActions: [],
    decidedActions: null,
    acceptedInWriting: false,
    appealFiled: false,
    appealOutcome: null,
    appealPanelPersonIds: [],
  };
}

export const returnToCommittee: TransitionSpec<"RETURN_TO_COMMITTEE"> = {
  to: ["COMMITTEE_REVIEW"],
  when: ({ snapshot }) => (snapshot.appealOutcome === "REMAND" ? null : "Only a remanded case returns to the Committee"),
  // The appeal panel has now taken part: it may not sit on a later appeal in this case.
  effects: (ctx) => [
    ...(ctx.snapshot.appealPanelPersonIds.length > 0 ? [{ type: "ADD_DECIDING_MEMBERS", personIds: ctx.snapshot.appealPanelPersonIds } as const] : []),
    setFields(freshReviewFields()),
    notify("case-remanded", "COMMITTEE"),
    notify("case-remanded", "RESPONDENT"),
  ],
};
