import { describe, expect, it } from "vitest";
import { allowedEvents, type Actor } from "@/lib/workflow";
import { reach } from "./support/scenarios";
import { SAMPLE_EVENTS } from "./support/samples";
import { RESPONDENT_CERT, actors, votesFor } from "./support/world";

describe("who may act", () => {
  it("refuses a recused member whatever roles they hold", () => {
    const run = reach("PRELIMINARY_REVIEW");
    const result = run.attempt(actors.recused, SAMPLE_EVENTS.DISMISS);
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(!result.ok && result.message).toMatch(/recused/);
  });

  it("refuses votes cast by a recused member", () => {
    const run = reach("COMMITTEE_REVIEW");
    const result = run.attempt(actors.chair, { ...SAMPLE_EVENTS.COMMITTEE_DISMISS, votes: votesFor(["chair", "m1", "m-recused"]) });
    expect(result).toMatchObject({ ok: false, code: "GUARD_FAILED" });
    expect(!result.ok && result.message).toMatch(/recused/);
  });

  it("lets the respondent act only as the respondent, even with committee roles", () => {
    const run = reach("PRELIMINARY_REVIEW");
    const ccmOnCommittee: Actor = { kind: "person", personId: "ccm-member", roles: ["COMMITTEE_CHAIR"], certificationIds: [RESPONDENT_CERT] };
    const result = run.attempt(ccmOnCommittee, SAMPLE_EVENTS.DISMISS);
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(!result.ok && result.message).toMatch(/party/);
  });

  it("treats a designated representative as the respondent", () => {
    const run = reach("AWAITING_RESPONSE");
    expect(run.attempt(actors.representative, SAMPLE_EVENTS.SUBMIT_RESPONSE)).toMatchObject({ ok: true, to: "COMMITTEE_REVIEW" });
  });

  it.each([
    ["another CCM", actors.otherCcm],
    ["the complainant", actors.complainant],
    ["staff", actors.staff],
    ["an administrator", actors.admin],
    ["the system", actors.system],
  ])("refuses %s sending the CCM's response", (_label, actor) => {
    const run = reach("AWAITING_RESPONSE");
    expect(run.attempt(actor, SAMPLE_EVENTS.SUBMIT_RESPONSE)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("refuses people firing timed events", () => {
    const run = reach("AWAITING_RESPONSE").advanceDays(40);
    expect(run.attempt(actors.chair, SAMPLE_EVENTS.RESPONSE_WINDOW_EXPIRED)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(run.attempt(actors.system, SAMPLE_EVENTS.RESPONSE_WINDOW_EXPIRED)).toMatchObject({ ok: true });
  });

  it("gives staff no vote: staff cannot propose a disposition", () => {
    const run = reach("COMMITTEE_REVIEW");
    expect(run.attempt(actors.staff, SAMPLE_EVENTS.PROPOSE_DISPOSITION)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("lets only hearing panel members record the hearing and only the appeal panel decide the appeal", () => {
    const run = reach("HEARING_HELD");
    expect(run.attempt(actors.m3, SAMPLE_EVENTS.DECIDE_AFTER_HEARING)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const appeal = reach("APPEAL_FILED");
    appeal.send(actors.staff, SAMPLE_EVENTS.ASSIGN_APPEAL_PANEL);
    expect(appeal.attempt(actors.a4, SAMPLE_EVENTS.DECIDE_APPEAL)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("has no complainant on an own-motion case", () => {
    const run = reach("SUBMITTED").patch({ ownMotion: true });
    expect(run.attempt(actors.complainant, SAMPLE_EVENTS.REQUEST_WITHDRAWAL)).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("checks the filing channel against who files", () => {
    const run = reach("SUBMITTED");
    run.snapshot = null;
    expect(run.attempt(actors.complainant, { ...SAMPLE_EVENTS.SUBMIT, channel: "STAFF_ENTERED" })).toMatchObject({ code: "GUARD_FAILED" });
    expect(run.attempt(actors.staff, SAMPLE_EVENTS.SUBMIT)).toMatchObject({ code: "GUARD_FAILED" });
    expect(run.attempt(actors.staff, { ...SAMPLE_EVENTS.SUBMIT, channel: "STAFF_ENTERED" })).toMatchObject({ ok: true });
    const ownMotion = { ...SAMPLE_EVENTS.SUBMIT, ownMotion: true, channel: "OWN_MOTION" as const };
    expect(run.attempt(actors.staff, ownMotion)).toMatchObject({ code: "GUARD_FAILED" });
    const filed = run.attempt(actors.m1, ownMotion);
    expect(filed).toMatchObject({ ok: true });
    expect(filed.ok && filed.effects.some((e) => e.type === "NOTIFY" && e.to === "COMPLAINANT")).toBe(false);
  });
});

describe("allowedEvents", () => {
  it("offers each actor exactly what they may do now", () => {
    const run = reach("AWAITING_RESPONSE");
    const offer = (actor: Actor) => allowedEvents(run.case, actor, run.now, run.rules);
    expect(offer(actors.respondent)).toEqual(["REQUEST_EXTENSION", "SUBMIT_RESPONSE"]);
    expect(offer(actors.chair)).toEqual(["GRANT_EXTENSION"]);
    expect(offer(actors.complainant)).toEqual(["REQUEST_WITHDRAWAL"]);
    expect(offer(actors.recused)).toEqual([]);
    expect(offer(actors.otherCcm)).toEqual([]);
    expect(offer(actors.system)).toEqual([]);
  });

  it("withdraws a party's offer once their deadline has passed and offers the timer instead", () => {
    const run = reach("AWAITING_RESPONSE").advanceDays(40);
    expect(allowedEvents(run.case, actors.respondent, run.now, run.rules)).toEqual([]);
    expect(allowedEvents(run.case, actors.system, run.now, run.rules)).toEqual(["RESPONSE_WINDOW_EXPIRED"]);
  });

  it("offers only SUBMIT before a case exists", () => {
    const run = reach("SUBMITTED");
    expect(allowedEvents(null, actors.complainant, run.now, run.rules)).toEqual(["SUBMIT"]);
    expect(allowedEvents(null, actors.system, run.now, run.rules)).toEqual([]);
  });
});
