import { describe, expect, it } from "vitest";
import type { Effect, EffectOf } from "@/lib/workflow";
import { CaseRun } from "./support/harness";
import { SUSPENSION, ev, reach } from "./support/scenarios";
import { actors, votesFor } from "./support/world";

const certEffects = (run: CaseRun): EffectOf<"SET_CERTIFICATION_STATUS">[] =>
  run.accepted.flatMap((r) => r.effects).filter((e): e is EffectOf<"SET_CERTIFICATION_STATUS"> => e.type === "SET_CERTIFICATION_STATUS");
const types = (effects: Effect[]) => effects.map((e) => e.type);

/** A hearing decision in a case charging `codes`, with `actions`. */
function decided(codes: string[], actions = SUSPENSION): CaseRun {
  const run = reach("PRELIMINARY_REVIEW");
  run.send(actors.chair, ev.notice(codes));
  run.send(actors.respondent, ev.respond());
  run.send(actors.chair, ev.propose(actions, codes));
  run.send(actors.respondent, { type: "REQUEST_HEARING", signedName: "C. Manager" });
  run.send(actors.chair, ev.schedule(new Date(run.now.getTime() + 31 * 864e5)));
  run.advanceDays(31).send(actors.m1, ev.held());
  run.send(actors.m1, { ...ev.decideHearing(actions), provisionsBreached: codes.map((code) => ({ codeVersion: 2015, code })) });
  return run;
}

describe("sanctions and the certification record", () => {
  it("take effect only when final: suspended at FINAL, reinstated when the term ends and conditions are met", () => {
    const run = decided(["S3"]);
    expect(run.state).toBe("APPEAL_WINDOW");
    expect(run.case.sanctions.map((s) => s.status)).toEqual(["PENDING_FINAL"]);
    expect(certEffects(run)).toEqual([]);

    run.advanceDays(35).send(actors.system, { type: "FINALIZE" });
    expect(run.state).toBe("SANCTION_ACTIVE");
    expect(certEffects(run).map((e) => e.status)).toEqual(["SUSPENDED"]);
    const final = run.accepted.find((r) => r.to === "FINAL");
    expect(types(final?.effects ?? [])).toEqual(expect.arrayContaining(["PUBLISH_SANCTIONS", "NOTIFY"]));
    expect(final?.effects).toContainEqual({ type: "NOTIFY", template: "public-sanction-notice", to: "LICENSING_BOARDS" });

    const sanction = run.case.sanctions[0]!;
    run.advanceDays(200).send(actors.system, { type: "SANCTION_TERM_ENDED", sanctionId: sanction.id });
    expect(run.state).toBe("SANCTION_ACTIVE"); // the CE condition is still unmet: still suspended
    expect(certEffects(run).map((e) => e.status)).toEqual(["SUSPENDED"]);

    const verified = run.send(actors.staff, { type: "VERIFY_CONDITIONS_MET", conditionIds: [sanction.conditions[0]!.id] });
    expect(verified.effects).toContainEqual({ type: "NOTIFY", template: "certification-reinstated", to: "RESPONDENT", letter: "REINSTATEMENT" });
    expect(certEffects(run).map((e) => e.status)).toEqual(["SUSPENDED", "ACTIVE"]);
    expect(run.state).toBe("CLOSED");
  });

  it("are stayed by an appeal, and vacated with the status restored when the appeal reverses", () => {
    const run = decided(["S3"]);
    run.send(actors.respondent, ev.appeal());
    expect(run.case.sanctions.map((s) => s.status)).toEqual(["STAYED"]);
    run.send(actors.staff, ev.panel());
    run.send(actors.a1, ev.decideAppeal({ kind: "REVERSE" }));
    expect(run.state).toBe("CLOSED");
    expect(run.case.sanctions.map((s) => s.status)).toEqual(["REVERSED"]);
    expect(certEffects(run)).toEqual([]);
    expect(run.accepted.some((r) => r.effects.some((e) => e.type === "PUBLISH_SANCTIONS"))).toBe(false);
  });

  it("are not stayed in felony (R2) matters: in effect from the decision, lifted if the appeal reverses", () => {
    const run = decided(["R2"]);
    expect(run.case.sanctions.map((s) => s.status)).toEqual(["ACTIVE"]);
    expect(certEffects(run).map((e) => e.status)).toEqual(["SUSPENDED"]);
    const filed = run.send(actors.respondent, ev.appeal());
    expect(types(filed.effects)).not.toContain("STAY_SANCTIONS");
    run.send(actors.staff, ev.panel());
    run.send(actors.a1, ev.decideAppeal({ kind: "REVERSE" }));
    expect(certEffects(run).map((e) => e.status)).toEqual(["SUSPENDED", "ACTIVE"]);
  });

  it("revoke with a reapplication date five years on, and stay in force after closure", () => {
    const run = decided(["S3"], [{ type: "REVOCATION" }]);
    run.advanceDays(35).send(actors.system, { type: "FINALIZE" });
    expect(run.state).toBe("CLOSED");
    const [revoked] = certEffects(run);
    expect(revoked).toMatchObject({ status: "REVOKED", onProbation: false });
    expect(revoked?.reapplyNotBefore?.getUTCFullYear()).toBe(run.now.getUTCFullYear() + 5);
    expect(run.case.sanctions.map((s) => s.status)).toEqual(["ACTIVE"]);
  });

  it("mark probation as a flag on an active certification", () => {
    const run = decided(["S3"], [{ type: "PROBATION", termMonths: 12, conditions: [] }]);
    run.advanceDays(35).send(actors.system, { type: "FINALIZE" });
    expect(certEffects(run)).toEqual([expect.objectContaining({ status: "ACTIVE", onProbation: true })]);
  });

  it("never exist after a proposal alone, and come with the recorded decision", () => {
    const run = reach("PROPOSED_DISPOSITION");
    expect(run.case.sanctions).toEqual([]);
    const accepted = run.send(actors.respondent, { type: "ACCEPT_DISPOSITION", signedName: "C. Manager", waiverAcknowledged: true });
    expect(types(accepted.effects)).toEqual(expect.arrayContaining(["RECORD_DECISION", "CREATE_SANCTIONS"]));
    // Written acceptance waives the appeal: final at once, no appeal window.
    expect(run.accepted.some((r) => r.to === "APPEAL_WINDOW")).toBe(false);
  });

  it("are superseded when a granted petition reopens the case, and unpublished", () => {
    const run = reach("SANCTION_ACTIVE");
    run.send(actors.respondent, ev.petition());
    const granted = run.send(actors.m1, { type: "RULE_ON_REOPEN", ruling: "GRANT", reasons: "New evidence", votes: votesFor(["chair", "m1", "m2"]) });
    expect(run.state).toBe("COMMITTEE_REVIEW");
    expect(types(granted.effects)).toEqual(expect.arrayContaining(["SET_SANCTIONS_ASIDE", "UNPUBLISH_SANCTIONS", "CANCEL_ALL_DEADLINES"]));
    expect(certEffects(run).map((e) => e.status)).toEqual(["SUSPENDED", "ACTIVE"]);
    expect(run.case.finalAt).toBeNull();
  });
});
