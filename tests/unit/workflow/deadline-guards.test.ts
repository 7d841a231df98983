import { describe, expect, it } from "vitest";
import type { EffectOf } from "@/lib/workflow";
import { days } from "./support/harness";
import { ev, reach } from "./support/scenarios";
import { SAMPLE_EVENTS } from "./support/samples";
import { actors } from "./support/world";

const dueOf = (run: ReturnType<typeof reach>, kind: string) => run.case.openDeadlines.find((d) => d.kind === kind)?.dueAt;

describe("party deadlines", () => {
  it("opens the response clock 30 days from receipt, to the end of the due day", () => {
    const run = reach("AWAITING_RESPONSE");
    // Notice sent Monday 2 March 2026; 30 days later is Wednesday 1 April.
    expect(dueOf(run, "RESPONSE")?.toISOString()).toBe("2026-04-01T23:59:59.999Z");
  });

  it("starts a mailed notice's clock at deemed receipt, 5 days after mailing", () => {
    const run = reach("PRELIMINARY_REVIEW");
    run.send(actors.chair, { ...ev.notice(), delivery: "MAIL" });
    expect(dueOf(run, "RESPONSE")?.toISOString()).toBe("2026-04-06T23:59:59.999Z");
  });

  it("refuses a late response, naming the deadline and how to ask for more time", () => {
    const run = reach("AWAITING_RESPONSE").advanceDays(31);
    const result = run.attempt(actors.respondent, SAMPLE_EVENTS.SUBMIT_RESPONSE);
    expect(result).toMatchObject({ ok: false, code: "GUARD_FAILED" });
    expect(!result.ok && result.message).toContain("2026-04-01");
    expect(!result.ok && result.message).toMatch(/extension/);
  });

  it("accepts a response on the due day itself", () => {
    const run = reach("AWAITING_RESPONSE").at(new Date("2026-04-01T22:00:00Z"));
    expect(run.attempt(actors.respondent, SAMPLE_EVENTS.SUBMIT_RESPONSE)).toMatchObject({ ok: true });
  });

  it("does not fire a timer before its due date", () => {
    const run = reach("AWAITING_RESPONSE").advanceDays(10);
    const result = run.attempt(actors.system, SAMPLE_EVENTS.RESPONSE_WINDOW_EXPIRED);
    expect(result).toMatchObject({ ok: false, code: "GUARD_FAILED" });
  });
});

describe("response extension", () => {
  it("may be granted once, adds days to the current due date, and never twice", () => {
    const run = reach("AWAITING_RESPONSE");
    run.send(actors.respondent, { type: "REQUEST_EXTENSION", days: 20, reason: "Surgery" });
    const granted = run.send(actors.chair, { type: "GRANT_EXTENSION", days: 20 });
    const extend = granted.effects.find((e): e is EffectOf<"EXTEND_DEADLINE"> => e.type === "EXTEND_DEADLINE");
    expect(extend?.dueAt.toISOString()).toBe("2026-04-21T23:59:59.999Z");
    const again = run.attempt(actors.respondent, { type: "REQUEST_EXTENSION", days: 5, reason: "More" });
    expect(again).toMatchObject({ ok: false, code: "GUARD_FAILED" });
    expect(!again.ok && again.message).toMatch(/already been granted/);
    expect(run.attempt(actors.chair, { type: "GRANT_EXTENSION", days: 5 })).toMatchObject({ ok: false, code: "GUARD_FAILED" });
  });

  it("is at most the configured number of days", () => {
    const run = reach("AWAITING_RESPONSE");
    const result = run.attempt(actors.chair, { type: "GRANT_EXTENSION", days: 31 });
    expect(result).toMatchObject({ ok: false, code: "GUARD_FAILED" });
    expect(!result.ok && result.message).toMatch(/at most 30 days/);
  });

  it("holds the response clock while a request made in time waits for the Chair", () => {
    const run = reach("AWAITING_RESPONSE").advanceDays(29);
    run.send(actors.respondent, { type: "REQUEST_EXTENSION", days: 14, reason: "Illness" });
    run.advanceDays(5);
    expect(run.attempt(actors.system, SAMPLE_EVENTS.RESPONSE_WINDOW_EXPIRED)).toMatchObject({ ok: false, code: "GUARD_FAILED" });
    expect(run.attempt(actors.chair, { type: "GRANT_EXTENSION", days: 14 })).toMatchObject({ ok: true });
    run.send(actors.chair, { type: "DENY_EXTENSION", reasons: "No cause" });
    expect(run.attempt(actors.system, SAMPLE_EVENTS.RESPONSE_WINDOW_EXPIRED)).toMatchObject({ ok: true, to: "COMMITTEE_REVIEW" });
  });
});

describe("paused clocks", () => {
  it("stop while a withdrawal is pending and resume later by the time paused", () => {
    const run = reach("AWAITING_RESPONSE");
    const due = dueOf(run, "RESPONSE")!;
    run.advanceDays(10).send(actors.complainant, { type: "REQUEST_WITHDRAWAL" });
    run.advanceDays(40);
    expect(run.attempt(actors.system, SAMPLE_EVENTS.RESPONSE_WINDOW_EXPIRED)).toMatchObject({ ok: false, code: "GUARD_FAILED" });
    expect(run.attempt(actors.respondent, SAMPLE_EVENTS.SUBMIT_RESPONSE)).toMatchObject({ ok: true });
    run.send(actors.chair, { type: "CONTINUE_ON_OWN_MOTION", reasons: "Public interest" });
    expect(dueOf(run, "RESPONSE")?.getTime()).toBe(days(40, due).getTime());
    expect(run.case.ownMotion).toBe(true);
    expect(run.attempt(actors.complainant, { type: "REQUEST_WITHDRAWAL" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("stop while the case is deferred for legal proceedings", () => {
    const run = reach("DEFERRED_LEGAL");
    expect(run.case.openDeadlines.find((d) => d.kind === "PRELIMINARY_REVIEW")?.pausedAt).not.toBeNull();
    run.advanceDays(200).send(actors.chair, SAMPLE_EVENTS.RESUME_FROM_DEFERRAL);
    expect(run.case.openDeadlines.find((d) => d.kind === "PRELIMINARY_REVIEW")?.pausedAt).toBeNull();
  });
});

describe("information requests", () => {
  it("accept an answer only from the party asked (or staff recording it)", () => {
    const run = reach("AWAITING_INFO");
    expect(run.attempt(actors.respondent, SAMPLE_EVENTS.INFO_RECEIVED)).toMatchObject({ ok: false, code: "GUARD_FAILED" });
    expect(run.attempt(actors.staff, SAMPLE_EVENTS.INFO_RECEIVED)).toMatchObject({ ok: true });
  });

  it("give the CCM 15 days to comment on new material before the Committee decides", () => {
    const run = reach("AWAITING_INFO");
    run.send(actors.complainant, SAMPLE_EVENTS.INFO_RECEIVED);
    const blocked = run.attempt(actors.chair, SAMPLE_EVENTS.PROPOSE_DISPOSITION);
    expect(blocked).toMatchObject({ ok: false, code: "GUARD_FAILED" });
    expect(!blocked.ok && blocked.message).toMatch(/comment/);
    run.advanceDays(16);
    expect(run.attempt(actors.chair, SAMPLE_EVENTS.PROPOSE_DISPOSITION)).toMatchObject({ ok: true });
  });
});
