import type { Vote } from "./event-fields";
import { DEADLINE_INFO, type DeadlineKind } from "./deadlines";
import type { GuardContext } from "./transition-spec";
import type { DeadlineSnapshot } from "./types";

/** Reusable guards. Each returns null when satisfied, else a message for the person acting. */

export function formatDue(date: Date): string {
  return `${date.toISOString().slice(0, 10)} (${date.toISOString().slice(11, 16)} UTC)`;
}

export function findDeadline(ctx: GuardContext, kind: DeadlineKind, ref?: string): DeadlineSnapshot | undefined {
  return ctx.snapshot.openDeadlines.find((deadline) => deadline.kind === kind && (ref === undefined || deadline.ref === ref));
}

function isOverdue(deadline: DeadlineSnapshot, now: Date): boolean {
  return deadline.pausedAt === null && now.getTime() > deadline.dueAt.getTime();
}

/** A party's own action is accepted only while its clock runs (a paused clock has not run out). */
export function partyDeadlineOpen(ctx: GuardContext, kind: DeadlineKind): string | null {
  const deadline = findDeadline(ctx, kind);
  const info = DEADLINE_INFO[kind];
  if (!deadline) return `There is no open deadline for ${info.label}`;
  if (isOverdue(deadline, ctx.now)) {
    return `The deadline for ${info.label} was ${formatDue(deadline.dueAt)} and has passed. ${info.lateHelp}`.trim();
  }
  return null;
}

/** A timed event fires only once its clock has run out (and is not paused). */
export function deadlinePassed(ctx: GuardContext, kind: DeadlineKind, ref?: string): string | null {
  const deadline = findDeadline(ctx, kind, ref);
  if (!deadline) return `There is no open ${kind} deadline`;
  if (deadline.pausedAt !== null) return `The ${kind} deadline is paused`;
  if (!isOverdue(deadline, ctx.now)) return `The ${kind} deadline runs until ${formatDue(deadline.dueAt)}`;
  return null;
}

/** Blocks a decision while the CCM still has time to comment on new adverse material. */
export function noOpenCommentWindow(ctx: GuardContext): string | null {
  const deadline = findDeadline(ctx, "ADVERSE_COMMENT");
  if (deadline && !isOverdue(deadline, ctx.now)) {
    return `The CCM may comment on new material until ${formatDue(deadline.dueAt)}; decide after that`;
  }
  return null;
}

export function notRecused(ctx: GuardContext, personIds: readonly string[], who: string): string | null {
  const recused = personIds.filter((id) => ctx.snapshot.recusedPersonIds.includes(id));
  return recused.length > 0 ? `${who} include recused members: ${recused.join(", ")}` : null;
}

/**
 * A vote carries when every voter is eligible and not recused, at least `quorum` eligible members
 * exist and voted, and FOR votes are a majority of all eligible (non-recused) members: abstaining
 * or staying away counts against, so a decision never rests on a minority.
 */
export function voteCarries(
  ctx: GuardContext,
  votes: readonly Vote[],
  eligiblePersonIds: readonly string[],
  quorum: number,
  body: string,
): string | null {
  const eligible = eligiblePersonIds.filter((id) => !ctx.snapshot.recusedPersonIds.includes(id));
  const voters = votes.map((vote) => vote.personId);
  const outsiders = voters.filter((id) => !eligible.includes(id));
  if (outsiders.length > 0) {
    return firstOf(notRecused(ctx, outsiders, "The votes"), `Only members of the ${body} may vote: ${outsiders.join(", ")} may not`);
  }
  if (eligible.length < quorum) return `The ${body} has ${eligible.length} non-recused members; at least ${quorum} are needed`;
  if (voters.length < quorum) return `Only ${voters.length} members voted; a quorum of ${quorum} is needed`;
  const inFavour = votes.filter((vote) => vote.choice === "FOR").length;
  if (inFavour * 2 <= eligible.length) {
    return `The decision needs a majority of the ${eligible.length} non-recused members of the ${body}; ${inFavour} voted for it`;
  }
  return null;
}

function firstOf(...messages: (string | null)[]): string {
  return messages.find((message): message is string => message !== null) ?? "";
}

/** The persons named are on this case's hearing panel (not recused). */
export function hearingPanel(ctx: GuardContext): string[] {
  return (ctx.snapshot.hearing?.panelPersonIds ?? []).filter((id) => !ctx.snapshot.recusedPersonIds.includes(id));
}

/** ISO 17024 §9.8: no appeal panel member took part in the decision under appeal. */
export function appealPanelIndependent(ctx: GuardContext, panel: readonly string[]): string | null {
  const involved = panel.filter((id) => ctx.snapshot.decidingPersonIds.includes(id));
  if (involved.length > 0) return `Appeal panel members took part in the decision: ${involved.join(", ")}`;
  const size = ctx.rules.appeal.panelMinSize;
  if (panel.length < size) return `An appeal panel needs at least ${size} members`;
  return notRecused(ctx, panel, "The appeal panel members");
}
