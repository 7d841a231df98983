import { notify, type Effect } from "./effects";
import { cancelAllDeadlines, closeDeadline } from "./effect-builders";
import { deadlinePassed, findDeadline } from "./guards";
import { isSanctionDone, projectSanctions, sanctionsInEffect, sanctionsOutstanding, termEndsAt } from "./sanction-projection";
import type { GuardContext, TransitionSpec } from "./transition-spec";
import type { SanctionSnapshot } from "./types";

/** DOMAIN §3 #25–#26 and §4: sanctions in effect, conditions, term end and closure. */

export const activateSanction: TransitionSpec<"ACTIVATE_SANCTION"> = {
  to: ["SANCTION_ACTIVE"],
  when: ({ snapshot }) =>
    sanctionsOutstanding(snapshot.sanctions).length > 0 ? null : "No sanction has a term or conditions to follow",
  effects: (ctx) => {
    const effects: Effect[] = [];
    for (const sanction of sanctionsOutstanding(ctx.snapshot.sanctions)) {
      const endsAt = termEndsAt(sanction);
      if (endsAt !== null && !sanction.termEnded) {
        effects.push({ type: "OPEN_DEADLINE", kind: "SANCTION_TERM", dueAt: endsAt, waitingOn: "CCM", ref: sanction.id });
      }
      for (const condition of sanction.conditions) {
        if (!condition.met && condition.dueAt !== null) {
          effects.push({ type: "OPEN_DEADLINE", kind: "CONDITION_DUE", dueAt: condition.dueAt, waitingOn: "CCM", ref: condition.id });
        }
      }
    }
    effects.push(notify("sanction-in-effect", "RESPONDENT"));
    return effects;
  },
};

/** Completes every sanction the given effects leave done, and says so to the CCM. */
function completions(ctx: GuardContext, effects: Effect[]): Effect[] {
  const after = projectSanctions(ctx.snapshot.sanctions, effects, () => "");
  const done = sanctionsInEffect(after).filter(isSanctionDone);
  if (done.length === 0) return [];
  return [{ type: "COMPLETE_SANCTIONS", sanctionIds: done.map((s) => s.id) }, notify("sanction-completed", "RESPONDENT")];
}

function unmetConditionIds(sanctions: readonly SanctionSnapshot[]): string[] {
  return sanctionsInEffect(sanctions).flatMap((s) => s.conditions.filter((c) => !c.met).map((c) => c.id));
}

export const verifyConditionsMet: TransitionSpec<"VERIFY_CONDITIONS_MET"> = {
  to: ["SANCTION_ACTIVE"],
  when: ({ snapshot }) => (unmetConditionIds(snapshot.sanctions).length > 0 ? null : "No condition is outstanding"),
  check: ({ snapshot }, event) => {
    const unmet = unmetConditionIds(snapshot.sanctions);
    const unknown = event.conditionIds.filter((id) => !unmet.includes(id));
    return unknown.length > 0 ? `Not outstanding conditions of this case: ${unknown.join(", ")}` : null;
  },
  effects: (ctx, event) => {
    const effects: Effect[] = [{ type: "MARK_CONDITIONS_MET", conditionIds: event.conditionIds, at: ctx.now }];
    for (const id of event.conditionIds) {
      if (findDeadline(ctx, "CONDITION_DUE", id)) effects.push(closeDeadline("CONDITION_DUE", "SATISFIED", id));
    }
    return [...effects, ...completions(ctx, effects)];
  },
};

export const sanctionTermEnded: TransitionSpec<"SANCTION_TERM_ENDED"> = {
  to: ["SANCTION_ACTIVE"],
  when: (ctx) =>
    ctx.snapshot.openDeadlines.some((d) => d.kind === "SANCTION_TERM" && deadlinePassed(ctx, "SANCTION_TERM", d.ref ?? undefined) === null)
      ? null
      : "No sanction term has ended",
  check: (ctx, event) => deadlinePassed(ctx, "SANCTION_TERM", event.sanctionId),
  effects: (ctx, event) => {
    const effects: Effect[] = [
      closeDeadline("SANCTION_TERM", "FIRED", event.sanctionId),
      { type: "MARK_TERM_ENDED", sanctionId: event.sanctionId },
    ];
    const done = completions(ctx, effects);
    // Term over but conditions unmet: the sanction stays in effect (a suspension is not lifted) until they are.
    return done.length > 0 ? [...effects, ...done] : [...effects, notify("term-ended-conditions-outstanding", "COMMITTEE")];
  },
};

export const close: TransitionSpec<"CLOSE"> = {
  to: ["CLOSED"],
  when: ({ snapshot }) =>
    sanctionsOutstanding(snapshot.sanctions).length > 0 ? "A sanction still has a running term or unmet conditions" : null,
  // Revocation stays in effect after closure; everything else in effect is complete.
  effects: (ctx) => {
    const finishing = sanctionsInEffect(ctx.snapshot.sanctions).filter((s) => s.type !== "REVOCATION");
    return [
      ...(finishing.length > 0 ? [{ type: "COMPLETE_SANCTIONS", sanctionIds: finishing.map((s) => s.id) } as const] : []),
      ...cancelAllDeadlines(ctx),
      notify("case-closed", "COMPLAINANT", "CLOSURE"),
      notify("case-closed", "RESPONDENT"),
    ];
  },
};
