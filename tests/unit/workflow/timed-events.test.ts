import { describe, expect, it } from "vitest";
import { DEADLINE_KINDS, DEADLINE_INFO, EVENT_ACTORS, TIMED_EVENTS, automaticEventFor, timedEventFor } from "@/lib/workflow";
import { reach } from "./support/scenarios";
import { actors } from "./support/world";

describe("TIMED_EVENTS", () => {
  it("maps each expiring clock to the system event DOMAIN §3 names", () => {
    expect(TIMED_EVENTS).toMatchObject({
      CURE: "CURE_PERIOD_EXPIRED",
      RESPONSE: "RESPONSE_WINDOW_EXPIRED",
      INFO: "INFO_WINDOW_EXPIRED",
      ELECTION: "ELECTION_WINDOW_EXPIRED",
      APPEAL: "FINALIZE",
      DEFERRAL_REVIEW: "DEFERRAL_REVIEW_DUE",
      SANCTION_TERM: "SANCTION_TERM_ENDED",
      ACKNOWLEDGE: null,
    });
  });

  it("only fires events the system may send, and every party clock has help for latecomers", () => {
    for (const kind of DEADLINE_KINDS) {
      const type = TIMED_EVENTS[kind];
      if (type) expect(EVENT_ACTORS[type]).toContain("SYSTEM");
      if (DEADLINE_INFO[kind].partyClock) expect(DEADLINE_INFO[kind].lateHelp.length).toBeGreaterThan(20);
    }
  });

  it("builds the event with the sanction it belongs to", () => {
    expect(timedEventFor({ kind: "SANCTION_TERM", ref: "s-9" })).toEqual({ type: "SANCTION_TERM_ENDED", sanctionId: "s-9" });
    expect(timedEventFor({ kind: "SANCTION_TERM", ref: null })).toBeNull();
    expect(timedEventFor({ kind: "PRELIMINARY_REVIEW", ref: null })).toBeNull();
  });

  it("fires, for the cure clock, the abandonment of the complaint", () => {
    const run = reach("AWAITING_COMPLAINANT_INFO").advanceDays(45);
    const deadline = run.case.openDeadlines.find((d) => d.kind === "CURE")!;
    run.send(actors.system, timedEventFor(deadline)!);
    expect(run.state).toBe("CLOSED_ABANDONED");
  });
});

describe("automaticEventFor", () => {
  it("moves on from the resting states and nowhere else", () => {
    expect(automaticEventFor(reach("DECIDED").case)).toEqual({ type: "APPEAL_WINDOW_OPENS", delivery: "ELECTRONIC" });
    expect(automaticEventFor(reach("APPEAL_DECIDED").case)).toEqual({ type: "FINALIZE" });
    expect(automaticEventFor(reach("FINAL").case)).toEqual({ type: "ACTIVATE_SANCTION" });
    expect(automaticEventFor(reach("SANCTION_ACTIVE").case)).toBeNull();
    expect(automaticEventFor(reach("COMMITTEE_REVIEW").case)).toBeNull();
  });
});
