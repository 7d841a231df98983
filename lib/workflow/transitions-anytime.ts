import { notify, setFields, type Effect } from "./effects";
import { DEADLINE_INFO, type DeadlineKind } from "./deadlines";
import { SANCTION_INFO } from "@/lib/domain/sanctions";
import { cancelAllDeadlines, closeDeadline, openDeadline, setAsideLiveSanctions, voterIds } from "./effect-builders";
import { formatDue, voteCarries } from "./guards";
import { addUtcDays } from "./rules";
import type { CaseState } from "./states";
import { freshReviewFields } from "./transitions-appeal";
import { firstFailure, type GuardContext, type TransitionSpec } from "./transition-spec";

/** DOMAIN §3 #27 (withdrawal, from any state before FINAL) and #28 (reopening on new evidence). */

function partyClocks(ctx: GuardContext, paused: boolean): DeadlineKind[] {
  return ctx.snapshot.openDeadlines
    .filter((d) => DEADLINE_INFO[d.kind].partyClock && (d.pausedAt !== null) === paused)
    .map((d) => d.kind);
}

function respondentToo(ctx: GuardContext, template: string): Effect[] {
  return ctx.snapshot.respondentNotified ? [notify(template, "RESPONDENT")] : [];
}

/**
 * The complainant asks; the Chair decides (accept, or continue on the Committee's own motion).
 * Meanwhile the parties' clocks stop, so nobody loses a right while the request is pending.
 */
const requestWithdrawal: Omit<TransitionSpec<"REQUEST_WITHDRAWAL">, "to"> = {
  when: ({ snapshot }) =>
    firstFailure(
      snapshot.ownMotion && "An own-motion case has no complainant to withdraw it",
      snapshot.withdrawalRequested && "A withdrawal request is already waiting for the Chair",
    ),
  effects: (ctx) => {
    const kinds = partyClocks(ctx, false);
    return [
      setFields({ withdrawalRequested: true }),
      ...(kinds.length > 0 ? [{ type: "PAUSE_DEADLINES", kinds, at: ctx.now } as const] : []),
      notify("withdrawal-requested", "CHAIR"),
    ];
  },
};

const pendingWithdrawal = ({ snapshot }: GuardContext) => (snapshot.withdrawalRequested ? null : "No withdrawal has been requested");

const acceptWithdrawal: TransitionSpec<"ACCEPT_WITHDRAWAL"> = {
  to: ["CLOSED_WITHDRAWN"],
  when: pendingWithdrawal,
  effects: (ctx) => [
    setFields({ withdrawalRequested: false }),
    ...cancelAllDeadlines(ctx),
    ...setAsideLiveSanctions(ctx, "REVERSED"),
    notify("complaint-withdrawn", "COMPLAINANT", "CLOSURE"),
    ...respondentToo(ctx, "complaint-withdrawn"),
    { type: "SET_RETENTION", retentionClass: "WITHDRAWN", retainYears: ctx.rules.retention.withdrawnYears },
  ],
};

/** The Committee keeps the case as its own; the complainant is told once and is no longer a party. */
const continueOnOwnMotion: Omit<TransitionSpec<"CONTINUE_ON_OWN_MOTION">, "to"> = {
  when: pendingWithdrawal,
  effects: (ctx) => {
    const kinds = partyClocks(ctx, true);
    return [
      notify("withdrawal-noted-committee-continues", "COMPLAINANT"),
      ...respondentToo(ctx, "committee-continues-own-motion"),
      setFields({ withdrawalRequested: false, ownMotion: true }),
      ...(kinds.length > 0 ? [{ type: "RESUME_DEADLINES", kinds, at: ctx.now } as const] : []),
    ];
  },
};

/** The withdrawal events for one pre-FINAL state (the request and the decision to continue are self-loops). */
export function withdrawalTransitions(state: CaseState) {
  return {
    REQUEST_WITHDRAWAL: { ...requestWithdrawal, to: [state] as const },
    ACCEPT_WITHDRAWAL: acceptWithdrawal,
    CONTINUE_ON_OWN_MOTION: { ...continueOnOwnMotion, to: [state] as const },
  } satisfies {
    REQUEST_WITHDRAWAL: TransitionSpec<"REQUEST_WITHDRAWAL">;
    ACCEPT_WITHDRAWAL: TransitionSpec<"ACCEPT_WITHDRAWAL">;
    CONTINUE_ON_OWN_MOTION: TransitionSpec<"CONTINUE_ON_OWN_MOTION">;
  };
}

function reopenWindow(ctx: GuardContext): string | null {
  const { finalAt } = ctx.snapshot;
  if (finalAt === null) return "The case has no final decision to reopen";
  const closes = addUtcDays(finalAt, ctx.rules.reopen.windowDays);
  return ctx.now.getTime() > closes.getTime() ? `The period for new evidence ended on ${formatDue(closes)}` : null;
}

const isChair = ({ actor }: GuardContext) =>
  actor.kind === "person" && (actor.roles.includes("COMMITTEE_CHAIR") || actor.roles.includes("COMMITTEE_VICE_CHAIR"));

export function reopenTransitions(state: CaseState) {
  const petition: TransitionSpec<"PETITION_REOPEN"> = {
    to: [state],
    when: (ctx) => firstFailure(ctx.snapshot.reopenPetitionPending && "A petition is already waiting for a ruling", reopenWindow(ctx)),
    check: (ctx, event) => {
      const max = ctx.rules.reopen.maxPetitions;
      if (ctx.snapshot.reopenPetitions < max) return event.chairLeave && !isChair(ctx) ? "Only the Chair can give leave" : null;
      if (!event.chairLeave) return `Only ${max} petition${max === 1 ? "" : "s"} may be filed unless the Chair allows another`;
      return isChair(ctx) ? null : "Only the Chair can allow a further petition";
    },
    effects: (ctx) => [
      setFields({ reopenPetitions: ctx.snapshot.reopenPetitions + 1, reopenPetitionPending: true }),
      openDeadline(ctx, "REOPEN_RULING"),
      notify("reopen-petition", "COMMITTEE"),
      notify("reopen-petition-filed", "COMPLAINANT"),
      notify("reopen-petition-filed", "RESPONDENT"),
    ],
  };
  const ruling: TransitionSpec<"RULE_ON_REOPEN"> = {
    to: ["COMMITTEE_REVIEW", state],
    target: (_ctx, event) => (event.ruling === "GRANT" ? "COMMITTEE_REVIEW" : state),
    when: ({ snapshot }) => (snapshot.reopenPetitionPending ? null : "No petition to reopen is pending"),
    check: (ctx, event) => voteCarries(ctx, event.votes, ctx.snapshot.committeePersonIds, ctx.rules.committee.quorum, "Committee"),
    effects: (ctx, event) => {
      const effects: Effect[] = [
        closeDeadline("REOPEN_RULING", "SATISFIED"),
        setFields({ reopenPetitionPending: false }),
        {
          type: "RECORD_DECISION",
          stage: "REOPEN",
          outcome: event.ruling === "GRANT" ? "GRANTED" : "DENIED",
          reasons: event.reasons,
          provisions: [],
          actions: [],
          votes: event.votes,
        },
        notify(event.ruling === "GRANT" ? "case-reopened" : "reopen-refused", "COMPLAINANT"),
        notify(event.ruling === "GRANT" ? "case-reopened" : "reopen-refused", "RESPONDENT"),
      ];
      if (event.ruling === "DENY") return effects;
      // [D] Granting sets the final decision aside for a fresh one: its sanctions stop and are unpublished.
      const published = ctx.snapshot.sanctions.some(
        (s) => (s.status === "ACTIVE" || s.status === "COMPLETED") && SANCTION_INFO[s.type].isPublic,
      );
      const otherClocks = ctx.snapshot.openDeadlines.some((d) => d.kind !== "REOPEN_RULING");
      return [
        ...effects,
        ...(otherClocks ? [{ type: "CANCEL_ALL_DEADLINES" } as const] : []),
        ...setAsideLiveSanctions(ctx, "SUPERSEDED"),
        ...(published ? [{ type: "UNPUBLISH_SANCTIONS" } as const] : []),
        { type: "ADD_DECIDING_MEMBERS", personIds: voterIds(event.votes) },
        setFields({ ...freshReviewFields(), finalAt: null }),
        { type: "SET_RETENTION", retentionClass: "OPEN", retainYears: null },
      ];
    },
  };
  return { PETITION_REOPEN: petition, RULE_ON_REOPEN: ruling };
}
