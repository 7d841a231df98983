import { describe, expect, it } from "vitest";
import {
  CASE_STATES,
  EVENT_TYPES,
  STATE_INFO,
  decide,
  defaultProcedureRules,
  eventsDefinedIn,
  transitionSpec,
  type CaseState,
  type EventType,
} from "@/lib/workflow";
import { EXPECTED_TRANSITIONS } from "./support/expected-transitions";
import { CaseRun, T0 } from "./support/harness";
import { SAMPLE_EVENTS } from "./support/samples";
import { reach } from "./support/scenarios";
import { actors } from "./support/world";

const pairs = CASE_STATES.flatMap((state) => EVENT_TYPES.map((type) => [state, type] as [CaseState, EventType]));
const allowedPairs = pairs.filter(([state, type]) => EXPECTED_TRANSITIONS[state][type] !== undefined);
const refusedPairs = pairs.filter(([state, type]) => EXPECTED_TRANSITIONS[state][type] === undefined);

// Reaching a state replays a dozen events; build each start once and copy it per test.
const starts = new Map<CaseState, CaseRun>();
function startAt(state: CaseState): CaseRun {
  let run = starts.get(state);
  if (!run) {
    run = reach(state);
    starts.set(state, run);
  }
  const copy = new CaseRun(run.now, run.rules);
  copy.snapshot = run.snapshot;
  return copy;
}

describe("transition table", () => {
  it("defines exactly the (state, event) pairs of the specification", () => {
    const defined = pairs.filter(([state, type]) => transitionSpec(state, type) !== undefined).map(([s, t]) => `${s}.${t}`);
    expect(defined).toEqual(allowedPairs.map(([s, t]) => `${s}.${t}`));
  });

  it("has samples that parse for every event type, so refusals below are about state", () => {
    for (const type of EVENT_TYPES) {
      const result = decide({ case: null, actor: actors.system, event: SAMPLE_EVENTS[type], now: T0, rules: defaultProcedureRules });
      expect(result.ok || result.code !== "INVALID_EVENT", `${type}: ${result.ok ? "" : result.message}`).toBe(true);
    }
  });

  it("covers every state and every event type at least once", () => {
    const usedEvents = new Set(allowedPairs.map(([, type]) => type));
    expect(EVENT_TYPES.filter((type) => !usedEvents.has(type) && type !== "SUBMIT")).toEqual([]);
    const reachable = new Set<CaseState>(allowedPairs.map(([state]) => state));
    for (const [state, type] of allowedPairs) reachable.add(EXPECTED_TRANSITIONS[state][type]!.to);
    expect(CASE_STATES.filter((state) => !reachable.has(state))).toEqual([]);
  });
});

describe.each(allowedPairs)("%s + %s (allowed)", (state, type) => {
  const spec = EXPECTED_TRANSITIONS[state][type]!;

  it(`leads to ${spec.to} with its key effects`, () => {
    const run = spec.start ? spec.start() : startAt(state);
    spec.prepare?.(run);
    expect(run.state).toBe(state);
    const event = typeof spec.event === "function" ? spec.event(run) : (spec.event ?? SAMPLE_EVENTS[type]);
    const result = run.attempt(spec.actor, event);
    if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
    expect(result.from).toBe(state);
    expect(result.to).toBe(spec.to);
    const kinds = result.effects.map((effect) => effect.type);
    for (const kind of spec.effects) expect(kinds, `missing ${kind}`).toContain(kind);
    for (const kind of spec.absent ?? []) expect(kinds, `unexpected ${kind}`).not.toContain(kind);
  });
});

describe.each(refusedPairs)("%s + %s (refused)", (state, type) => {
  it("is an invalid transition naming the state and the events allowed there", () => {
    const run = startAt(state);
    const result = decide({ case: run.case, actor: actors.chair, event: SAMPLE_EVENTS[type], now: run.now, rules: run.rules });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("INVALID_TRANSITION");
    expect(result.message).toContain(state);
    expect(result.message).toContain(STATE_INFO[state].label);
    const allowed = eventsDefinedIn(state);
    expect(result.allowed).toEqual(allowed);
    for (const event of allowed) expect(result.message).toContain(event);
    if (allowed.length === 0) expect(result.message).toContain("closed");
  });
});

describe("a complaint not yet filed", () => {
  it("accepts only SUBMIT", () => {
    const result = decide({ case: null, actor: actors.staff, event: SAMPLE_EVENTS.START_INTAKE, now: T0, rules: defaultProcedureRules });
    expect(result).toMatchObject({ ok: false, code: "INVALID_TRANSITION", allowed: ["SUBMIT"] });
  });

  it("files a complaint as SUBMITTED with an acknowledgement and the intake clock", () => {
    const result = decide({ case: null, actor: actors.complainant, event: SAMPLE_EVENTS.SUBMIT, now: T0, rules: defaultProcedureRules });
    expect(result).toMatchObject({ ok: true, from: null, to: "SUBMITTED" });
    if (!result.ok) return;
    expect(result.effects).toContainEqual({ type: "NOTIFY", template: "complaint-acknowledged", to: "COMPLAINANT", letter: "ACKNOWLEDGEMENT" });
    expect(result.effects.some((e) => e.type === "OPEN_DEADLINE" && e.kind === "ACKNOWLEDGE")).toBe(true);
  });
});

describe("malformed events", () => {
  it("are INVALID_EVENT with the failing field named", () => {
    const result = decide({ case: null, actor: actors.complainant, event: { type: "SUBMIT", ownMotion: false }, now: T0, rules: defaultProcedureRules });
    expect(result).toMatchObject({ ok: false, code: "INVALID_EVENT" });
    const unknown = decide({ case: null, actor: actors.complainant, event: { type: "TELEPORT" }, now: T0, rules: defaultProcedureRules });
    expect(unknown).toMatchObject({ ok: false, code: "INVALID_EVENT" });
  });
});
