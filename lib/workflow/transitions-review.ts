import { checkActionLimits } from "@/lib/domain/sanctions";
import { DISMISSAL_REASON_INFO } from "@/lib/domain/reason-codes";
import { notify, setFields, type Effect, type Recipient } from "./effects";
import {
  actorPersonIds,
  closeDeadline,
  closeIfOpen,
  decisionEffects,
  openDeadline,
  voterIds,
  withRuleIds,
} from "./effect-builders";
import { isRespondent } from "./actors";
import { deadlinePassed, findDeadline, noOpenCommentWindow, partyDeadlineOpen, voteCarries } from "./guards";
import { addPeriod, endOfUtcDay } from "./rules";
import { firstFailure, type GuardContext, type TransitionSpec } from "./transition-spec";
import type { InfoParty } from "./types";

/** DOMAIN §3 #10–#16: response, committee review, requests for information, proposal and election. */

function committeeVote(ctx: GuardContext, votes: Parameters<typeof voteCarries>[1]): string | null {
  return voteCarries(ctx, votes, ctx.snapshot.committeePersonIds, ctx.rules.committee.quorum, "Committee");
}

function sameCodeVersion(ctx: GuardContext, refs: readonly { codeVersion: number }[]): string | null {
  return refs.every((ref) => ref.codeVersion === ctx.snapshot.codeVersion)
    ? null
    : `Cite provisions of the ${ctx.snapshot.codeVersion} Code, the version in force at the time of the conduct`;
}

export const requestExtension: TransitionSpec<"REQUEST_EXTENSION"> = {
  to: ["AWAITING_RESPONSE"],
  when: (ctx) =>
    firstFailure(
      ctx.rules.responseExtension.maxCount === 0 && "Extensions of the response deadline are not available",
      ctx.snapshot.extensionGranted && "The one extension allowed has already been granted",
      ctx.snapshot.extensionRequested && "An extension request is already waiting for the Chair",
      partyDeadlineOpen(ctx, "RESPONSE"),
    ),
  check: (ctx, event) =>
    event.days > ctx.rules.responseExtension.maxDays ? `An extension may be at most ${ctx.rules.responseExtension.maxDays} days` : null,
  effects: () => [setFields({ extensionRequested: true }), notify("extension-requested", "CHAIR")],
};

export const grantExtension: TransitionSpec<"GRANT_EXTENSION"> = {
  to: ["AWAITING_RESPONSE"],
  // A request made in time may be granted even if the Chair rules after the due date: the
  // response clock does not fire while a request is pending.
  when: (ctx) =>
    firstFailure(
      ctx.rules.responseExtension.maxCount === 0 && "Extensions of the response deadline are not available",
      ctx.snapshot.extensionGranted && "The one extension allowed has already been granted",
      !ctx.snapshot.extensionRequested && partyDeadlineOpen(ctx, "RESPONSE"),
    ),
  check: (ctx, event) =>
    event.days > ctx.rules.responseExtension.maxDays ? `An extension may be at most ${ctx.rules.responseExtension.maxDays} days` : null,
  effects: (ctx, event) => {
    const current = findDeadline(ctx, "RESPONSE")?.dueAt ?? ctx.now;
    const dueAt = endOfUtcDay(addPeriod(current, { length: event.days, unit: "calendar" }, ctx.rules));
    return [
      { type: "EXTEND_DEADLINE", kind: "RESPONSE", dueAt },
      setFields({ extensionGranted: true, extensionRequested: false }),
      notify("extension-granted", "RESPONDENT"),
    ];
  },
};

export const denyExtension: TransitionSpec<"DENY_EXTENSION"> = {
  to: ["AWAITING_RESPONSE"],
  when: ({ snapshot }) => (snapshot.extensionRequested ? null : "No extension request is waiting"),
  effects: () => [setFields({ extensionRequested: false }), notify("extension-refused", "RESPONDENT")],
};

export const submitResponse: TransitionSpec<"SUBMIT_RESPONSE"> = {
  to: ["COMMITTEE_REVIEW"],
  when: (ctx) => partyDeadlineOpen(ctx, "RESPONSE"),
  effects: () => [closeDeadline("RESPONSE", "SATISFIED"), setFields({ extensionRequested: false }), notify("response-received", "COMMITTEE")],
};

export const responseWindowExpired: TransitionSpec<"RESPONSE_WINDOW_EXPIRED"> = {
  to: ["COMMITTEE_REVIEW"],
  when: (ctx) =>
    firstFailure(
      deadlinePassed(ctx, "RESPONSE"),
      ctx.snapshot.extensionRequested && "An extension request is waiting for the Chair's ruling",
    ),
  // §3 #10: the Committee proceeds on the record; non-response may itself be charged under S9.
  effects: () => [closeDeadline("RESPONSE", "FIRED"), notify("response-not-received", "COMMITTEE"), notify("response-window-closed", "RESPONDENT")],
};

const INFO_RECIPIENT: Record<InfoParty, Recipient> = { COMPLAINANT: "COMPLAINANT", CCM: "RESPONDENT", THIRD_PARTY: "THIRD_PARTY" };

export const requestInfo: TransitionSpec<"REQUEST_INFO"> = {
  to: ["AWAITING_INFO"],
  check: ({ snapshot }, event) =>
    event.from === "COMPLAINANT" && snapshot.ownMotion ? "An own-motion case has no complainant to ask" : null,
  effects: (ctx, event) => [
    setFields({ infoRequestedFrom: event.from }),
    openDeadline(ctx, "INFO", { waitingOn: event.from === "THIRD_PARTY" ? "COMMITTEE" : event.from }),
    notify("info-request", INFO_RECIPIENT[event.from], "INFO_REQUEST"),
  ],
};

export const infoReceived: TransitionSpec<"INFO_RECEIVED"> = {
  to: ["COMMITTEE_REVIEW"],
  when: (ctx) => {
    const asked = ctx.snapshot.infoRequestedFrom;
    const { actor } = ctx;
    // Staff record anything that arrives by post or from third parties; a party answers only its own request.
    if (actor.kind === "complainant" && asked !== "COMPLAINANT") return "The request was not sent to you";
    if (isRespondent(ctx.snapshot, actor) && asked !== "CCM") return "The request was not sent to you";
    return partyDeadlineOpen(ctx, "INFO");
  },
  effects: (ctx) => {
    const effects: Effect[] = [closeDeadline("INFO", "SATISFIED"), setFields({ infoRequestedFrom: null }), notify("info-received", "COMMITTEE")];
    // §3 #11 [D]: material from anyone but the CCM may be adverse; the CCM sees it and may comment.
    if (ctx.snapshot.infoRequestedFrom !== "CCM") {
      effects.push(
        ...closeIfOpen(ctx, "ADVERSE_COMMENT", "CANCELLED"),
        openDeadline(ctx, "ADVERSE_COMMENT"),
        notify("new-material-for-comment", "RESPONDENT"),
      );
    }
    return effects;
  },
};

export const infoWindowExpired: TransitionSpec<"INFO_WINDOW_EXPIRED"> = {
  to: ["COMMITTEE_REVIEW"],
  when: (ctx) => deadlinePassed(ctx, "INFO"),
  effects: () => [closeDeadline("INFO", "FIRED"), setFields({ infoRequestedFrom: null }), notify("info-not-received", "COMMITTEE")],
};

export const commentOnAdverseMaterial: TransitionSpec<"COMMENT_ON_ADVERSE_MATERIAL"> = {
  to: ["COMMITTEE_REVIEW"],
  when: (ctx) => partyDeadlineOpen(ctx, "ADVERSE_COMMENT"),
  effects: () => [closeDeadline("ADVERSE_COMMENT", "SATISFIED"), notify("comment-received", "COMMITTEE")],
};

/** The same comment may arrive while the Committee waits on someone else. */
export const commentWhileAwaitingInfo: TransitionSpec<"COMMENT_ON_ADVERSE_MATERIAL"> = { ...commentOnAdverseMaterial, to: ["AWAITING_INFO"] };

export const committeeDismiss: TransitionSpec<"COMMITTEE_DISMISS"> = {
  to: ["CLOSED_DISMISSED"],
  check: (ctx, event) =>
    firstFailure(
      !DISMISSAL_REASON_INFO[event.reasonCode].stages.includes("COMMITTEE") &&
        `${event.reasonCode} is a preliminary-screening reason; after review use a Committee reason`,
      committeeVote(ctx, event.votes),
    ),
  effects: (ctx, event) => [
    ...closeIfOpen(ctx, "ADVERSE_COMMENT", "CANCELLED"),
    ...decisionEffects(ctx, {
      stage: "COMMITTEE",
      outcome: "DISMISSED",
      reasonCode: event.reasonCode,
      reasons: event.reasons,
      provisions: [],
      actions: [],
      votes: event.votes,
      acceptedInWriting: false,
      deciders: [...voterIds(event.votes), ...actorPersonIds(ctx)],
    }),
    notify("complaint-dismissed", "COMPLAINANT", "DECISION"),
    notify("complaint-dismissed", "RESPONDENT", "DECISION"),
    { type: "SET_RETENTION", retentionClass: "DISMISSED", retainYears: ctx.rules.retention.dismissedYears },
  ],
};

export const proposeDisposition: TransitionSpec<"PROPOSE_DISPOSITION"> = {
  to: ["PROPOSED_DISPOSITION"],
  when: noOpenCommentWindow,
  check: (ctx, event) =>
    firstFailure(sameCodeVersion(ctx, event.provisions), checkActionLimits(event.actions, ctx.rules.sanctions), committeeVote(ctx, event.votes)),
  // A proposal is not a decision: no sanction exists until the CCM accepts, stays silent, or a hearing decides.
  effects: (ctx, event) => [
    ...closeIfOpen(ctx, "ADVERSE_COMMENT", "FIRED"),
    {
      type: "RECORD_DECISION",
      stage: "PROPOSED",
      outcome: "VIOLATION",
      findings: event.findings,
      reasons: event.reasons,
      provisions: event.provisions,
      actions: event.actions,
      votes: event.votes,
    },
    { type: "SET_PROVISIONS", source: "CHARGED", provisions: event.provisions },
    setFields({ proposedActions: event.actions, allegedRuleIds: withRuleIds(ctx, event.provisions) }),
    { type: "ADD_DECIDING_MEMBERS", personIds: [...new Set([...voterIds(event.votes), ...actorPersonIds(ctx)])] },
    openDeadline(ctx, "ELECTION"),
    notify("proposed-disposition", "RESPONDENT", "PROPOSED_DISPOSITION"),
  ],
};

export const startHearing: TransitionSpec<"START_HEARING"> = {
  to: ["HEARING_SCHEDULED"],
  when: noOpenCommentWindow,
  check: (ctx, event) => committeeVote(ctx, event.votes),
  effects: (ctx, event) => [
    ...closeIfOpen(ctx, "ADVERSE_COMMENT", "FIRED"),
    { type: "ADD_DECIDING_MEMBERS", personIds: [...new Set([...voterIds(event.votes), ...actorPersonIds(ctx)])] },
    { type: "OPEN_HEARING", initiatedBy: "COMMITTEE" },
    notify("hearing-to-schedule", "CHAIR"),
    notify("hearing-called", "RESPONDENT"),
    notify("hearing-will-occur", "COMPLAINANT"),
  ],
};

function acceptance(ctx: GuardContext, acceptedInWriting: boolean): Effect[] {
  return decisionEffects(ctx, {
    stage: "PROPOSED",
    outcome: "VIOLATION",
    provisions: [],
    actions: ctx.snapshot.proposedActions,
    votes: [],
    acceptedInWriting,
    adoptsProposal: true,
    deciders: [],
  });
}

export const acceptDisposition: TransitionSpec<"ACCEPT_DISPOSITION"> = {
  to: ["DECIDED"],
  when: (ctx) => partyDeadlineOpen(ctx, "ELECTION"),
  // §3 #15 [D]: written acceptance waives hearing and appeal; the decision becomes final at once.
  effects: (ctx) => [closeDeadline("ELECTION", "SATISFIED"), ...acceptance(ctx, true), notify("disposition-accepted", "RESPONDENT", "DECISION")],
};

export const electionWindowExpired: TransitionSpec<"ELECTION_WINDOW_EXPIRED"> = {
  to: ["DECIDED"],
  when: (ctx) => deadlinePassed(ctx, "ELECTION"),
  // Silence is acceptance, but not written acceptance: the appeal right survives (§9.5).
  effects: (ctx) => [closeDeadline("ELECTION", "FIRED"), ...acceptance(ctx, false), notify("disposition-accepted-by-silence", "RESPONDENT", "DECISION")],
};

export const requestHearing: TransitionSpec<"REQUEST_HEARING"> = {
  to: ["HEARING_SCHEDULED"],
  when: (ctx) => partyDeadlineOpen(ctx, "ELECTION"),
  effects: () => [
    closeDeadline("ELECTION", "SATISFIED"),
    { type: "OPEN_HEARING", initiatedBy: "CCM" },
    notify("hearing-to-schedule", "CHAIR"),
    notify("hearing-will-occur", "COMPLAINANT"),
  ],
};
