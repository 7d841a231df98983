import { describe, expect, it } from "vitest";
import { decide } from "@/lib/workflow";
import { ProcedureRulesSchema } from "@/lib/workflow/rules";
import { days } from "./support/harness";
import { SUSPENSION, ev, reach } from "./support/scenarios";
import { SAMPLE_EVENTS } from "./support/samples";
import { actors, votesFor } from "./support/world";

const refused = (result: { ok: boolean; message?: string }, pattern: RegExp) => {
  expect(result.ok).toBe(false);
  expect(result.message).toMatch(pattern);
};

describe("committee votes", () => {
  it("need a majority of all non-recused members, not just of those voting", () => {
    const run = reach("COMMITTEE_REVIEW");
    const votes = [...votesFor(["chair", "m1"]), { personId: "m2", choice: "AGAINST" as const }];
    refused(run.attempt(actors.chair, { ...SAMPLE_EVENTS.COMMITTEE_DISMISS, votes }), /majority of the 5 non-recused/);
  });

  it("need the quorum of voters", () => {
    const run = reach("COMMITTEE_REVIEW").patch({ committeePersonIds: ["chair", "m1"] });
    refused(run.attempt(actors.chair, { ...SAMPLE_EVENTS.COMMITTEE_DISMISS, votes: votesFor(["chair", "m1"]) }), /at least 3/);
  });

  it("are cast only by committee members", () => {
    const run = reach("COMMITTEE_REVIEW");
    refused(run.attempt(actors.chair, { ...SAMPLE_EVENTS.COMMITTEE_DISMISS, votes: votesFor(["chair", "m1", "a1"]) }), /Only members/);
  });
});

describe("hearing", () => {
  const called = () => reach("HEARING_SCHEDULED");

  it("needs the full notice period", () => {
    const run = called();
    refused(run.attempt(actors.chair, ev.schedule(days(29, run.now))), /30 calendar days' notice: the earliest date is/);
    expect(run.attempt(actors.chair, ev.schedule(days(30, run.now)))).toMatchObject({ ok: true });
  });

  it("with no minimum notice (0 days) may be set a minute ahead, never in the past", () => {
    const run = called();
    const rules = ProcedureRulesSchema.parse({ clocks: { hearingNotice: { length: 0 } } });
    const attempt = (offsetMs: number) => decide({ case: run.case, actor: actors.chair, event: ev.schedule(new Date(run.now.getTime() + offsetMs)), now: run.now, rules });
    expect(attempt(60_000)).toMatchObject({ ok: true });
    refused(attempt(-60_000), /A hearing cannot be set in the past: the earliest date is/);
  });

  it("needs a panel of at least the quorum, without recused members", () => {
    const run = called();
    refused(run.attempt(actors.chair, ev.schedule(days(31, run.now), ["chair", "m1"])), /at least 3/);
    refused(run.attempt(actors.chair, ev.schedule(days(31, run.now), ["chair", "m1", "m-recused"])), /recused/);
    refused(run.attempt(actors.chair, ev.schedule(days(31, run.now), ["chair", "m1", "a1"])), /Committee members/);
  });

  it("allows one postponement per party, each with at least 15 days' notice", () => {
    const run = called();
    run.send(actors.chair, ev.schedule(days(31, run.now)));
    const postpone = (requestedBy: "CCM" | "COMMITTEE", inDays: number) =>
      run.attempt(actors.chair, { type: "POSTPONE_HEARING", requestedBy, newDate: days(inDays, run.now), reasons: "Cause" });
    refused(postpone("CCM", 10), /15 calendar days/);
    run.send(actors.chair, { type: "POSTPONE_HEARING", requestedBy: "CCM", newDate: days(20, run.now), reasons: "Illness" });
    refused(postpone("CCM", 40), /CCM has had its 1 postponement/);
    expect(postpone("COMMITTEE", 40)).toMatchObject({ ok: true });
  });

  it("is recorded only on or after its date, with a quorum present", () => {
    const run = called();
    run.send(actors.chair, ev.schedule(days(31, run.now)));
    refused(run.attempt(actors.m1, ev.held()), /scheduled for/);
    run.advanceDays(31);
    refused(run.attempt(actors.m1, ev.held(["chair", "m1"])), /quorum of 3/);
    expect(run.attempt(actors.m1, { ...ev.held(), respondentAppeared: false, inAbsentia: true })).toMatchObject({ ok: true });
  });

  it("keeps on the hearing record whether the CCM sent a written statement instead of appearing", () => {
    const run = reach("HEARING_SCHEDULED");
    run.send(actors.chair, ev.schedule(days(31, run.now)));
    run.advanceDays(31);
    const held = run.attempt(actors.m1, { ...ev.held(), respondentAppeared: false, inAbsentia: true, writtenStatementReceived: true });
    expect(held.ok && held.effects.find((effect) => effect.type === "RECORD_HEARING_HELD")).toMatchObject({ inAbsentia: true, writtenStatementReceived: true });
    const appeared = run.attempt(actors.m1, ev.held());
    expect(appeared.ok && appeared.effects.find((effect) => effect.type === "RECORD_HEARING_HELD")).toMatchObject({ writtenStatementReceived: false });
  });

  it("decides by a majority of the panel; a member recused later no longer counts", () => {
    const run = reach("HEARING_HELD");
    const split = [...votesFor(["chair"]), ...["m1", "m2"].map((personId) => ({ personId, choice: "AGAINST" as const }))];
    refused(run.attempt(actors.m1, ev.decideHearing(SUSPENSION, split)), /majority/);
    run.patch({ recusedPersonIds: [...run.case.recusedPersonIds, "m2"] });
    refused(run.attempt(actors.m1, ev.decideHearing(SUSPENSION, votesFor(["chair", "m1"]))), /at least 3/);
  });

  it("keeps sanction terms within the configured maximum", () => {
    const run = reach("HEARING_HELD");
    refused(run.attempt(actors.m1, ev.decideHearing([{ type: "SUSPENSION", termMonths: 30, conditions: [] }])), /at most 24 months/);
  });
});

describe("appeal panel", () => {
  it("must not include anyone who took part in the decision, and needs at least 3", () => {
    const run = reach("APPEAL_FILED").patch({ appealBodyPersonIds: ["a1", "a2", "a3", "m1"] });
    refused(run.attempt(actors.staff, ev.panel(["a1", "a2", "m1"])), /took part in the decision: m1/);
    refused(run.attempt(actors.staff, ev.panel(["a1", "a2"])), /at least 3/);
    refused(run.attempt(actors.staff, ev.panel(["a1", "a2", "outsider"])), /commissioners/);
  });

  it("cannot decide before it is appointed", () => {
    const run = reach("APPEAL_FILED");
    expect(run.attempt(actors.a1, SAMPLE_EVENTS.DECIDE_APPEAL)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("may reduce a sanction, but increase it only after notice", () => {
    const run = reach("APPEAL_FILED");
    run.send(actors.staff, ev.panel());
    const heavier = [{ type: "SUSPENSION" as const, termMonths: 12, conditions: [] }];
    refused(run.attempt(actors.a1, ev.decideAppeal({ kind: "MODIFY", actions: heavier })), /only be reduced/);
    expect(run.attempt(actors.a1, ev.decideAppeal({ kind: "MODIFY", actions: heavier, increaseNoticeGiven: true }))).toMatchObject({ ok: true });
    const lighter = [{ type: "PROBATION" as const, termMonths: 12, conditions: [] }];
    expect(run.attempt(actors.a1, ev.decideAppeal({ kind: "MODIFY", actions: lighter }))).toMatchObject({ ok: true });
  });

  it("passes a remand's instructions on with the decision it records, for the Committee to reconsider", () => {
    const run = reach("APPEAL_FILED");
    run.send(actors.staff, ev.panel());
    const decisionOf = (result: ReturnType<typeof run.attempt>) =>
      (result.ok ? result.effects : []).find((effect) => effect.type === "RECORD_DECISION");
    const instructions = "Hear the complainant's second witness before deciding again.";
    expect(decisionOf(run.attempt(actors.a1, ev.decideAppeal({ kind: "REMAND", instructions })))).toMatchObject({
      stage: "APPEAL",
      outcome: "REMANDED",
      instructions,
    });
    const affirmed = decisionOf(run.attempt(actors.a1, ev.decideAppeal({ kind: "AFFIRM" })));
    expect(affirmed).toMatchObject({ outcome: "AFFIRMED" });
    expect(affirmed).not.toHaveProperty("instructions");
  });
});

describe("reopening", () => {
  it("is possible within a year of FINAL, once, unless the Chair allows another", () => {
    const run = reach("CLOSED");
    run.send(actors.respondent, ev.petition());
    run.send(actors.m1, { type: "RULE_ON_REOPEN", ruling: "DENY", reasons: "Not new", votes: votesFor(["chair", "m1", "m2"]) });
    expect(run.state).toBe("CLOSED");
    refused(run.attempt(actors.respondent, ev.petition()), /Only 1 petition/);
    refused(run.attempt(actors.m1, { ...ev.petition(), chairLeave: true }), /Only the Chair/);
    expect(run.attempt(actors.chair, { ...ev.petition(), chairLeave: true })).toMatchObject({ ok: true });
    run.advanceDays(366);
    refused(run.attempt(actors.chair, { ...ev.petition(), chairLeave: true }), /period for new evidence ended/);
  });
});

describe("late filing", () => {
  it("is flagged, blocks the notice until waived, and never applies to R1/R2/R4 matters", () => {
    const run = reach("SUBMITTED");
    run.snapshot = null;
    const learnedAt = days(-400, run.now);
    const late = run.attempt(actors.complainant, ev.submit({ learnedAt }));
    expect(late.ok && late.effects).toContainEqual(expect.objectContaining({ type: "SET_FIELDS", fields: expect.objectContaining({ lateFiling: "FLAGGED" }) }));
    const felony = run.attempt(actors.complainant, ev.submit({ learnedAt, allegedProvisions: [{ codeVersion: 2015, code: "R2" }] }));
    expect(felony.ok && felony.effects).toContainEqual(expect.objectContaining({ fields: expect.objectContaining({ lateFiling: "NOT_LATE" }) }));

    const prelim = reach("PRELIMINARY_REVIEW");
    refused(prelim.attempt(actors.chair, { ...ev.dismiss(), reasonCode: "UNTIMELY" }), /flagged as late/);
    prelim.patch({ lateFiling: "FLAGGED" });
    refused(prelim.attempt(actors.chair, ev.notice()), /waive the time limit/);
    expect(prelim.attempt(actors.chair, { ...ev.dismiss(), reasonCode: "UNTIMELY" })).toMatchObject({ ok: true });
    prelim.send(actors.chair, SAMPLE_EVENTS.WAIVE_LATE_FILING);
    expect(prelim.attempt(actors.chair, ev.notice())).toMatchObject({ ok: true });
  });

  it("uses Committee reasons only after review and screening reasons only before", () => {
    refused(reach("PRELIMINARY_REVIEW").attempt(actors.chair, { ...ev.dismiss(), reasonCode: "NO_VIOLATION_FOUND" }), /Committee after review/);
    refused(reach("COMMITTEE_REVIEW").attempt(actors.chair, { ...SAMPLE_EVENTS.COMMITTEE_DISMISS, reasonCode: "FRIVOLOUS" }), /preliminary-screening/);
  });
});
