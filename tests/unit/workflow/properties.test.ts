import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { certificationStatusFor, isOnProbation, type CertificationStatus } from "@/lib/domain/certification";
import { SANCTION_INFO } from "@/lib/domain/sanctions";
import {
  CASE_STATES,
  EVENT_TYPES,
  allowedEvents,
  applyTransition,
  automaticEventFor,
  decide,
  defaultProcedureRules,
  sanctionsInEffect,
  timedEventFor,
  transitionSpec,
  type Actor,
  type CaseSnapshot,
  type DecideResult,
  type EventType,
} from "@/lib/workflow";
import { T0, days } from "./support/harness";
import { randomPayload } from "./support/random-payloads";
import { APPEAL_BODY, COMMITTEE, RESPONDENT_CERT, actors, withRoster } from "./support/world";

/**
 * Random event sequences from filing onwards, sent by random actors (including recused and
 * unauthorised ones), with time passing and the scheduler firing timed events. Every accepted
 * decision is applied to an in-memory model; invariants are checked after every step.
 */

const POOL: Actor[] = Object.values(actors);
const COMPLAINANT_EVENTS: EventType[] = ["SUBMIT", "COMPLAINANT_CURED", "INFO_RECEIVED", "REQUEST_WITHDRAWAL"];
const RESPONDENT_EVENTS: EventType[] = [
  "REQUEST_EXTENSION", "SUBMIT_RESPONSE", "INFO_RECEIVED", "COMMENT_ON_ADVERSE_MATERIAL",
  "ACCEPT_DISPOSITION", "REQUEST_HEARING", "FILE_APPEAL", "PETITION_REOPEN",
];
const NEVER_ACT = new Set(["admin-1", "other-ccm", "nobody"]);

interface Model {
  snapshot: CaseSnapshot | null;
  now: Date;
  audit: { from: string | null; to: string; type: EventType }[];
  certification: { status: CertificationStatus; onProbation: boolean };
  decisions: number;
  ids: number;
}

const isRespondentActor = (actor: Actor) => actor === actors.respondent || actor === actors.representative;

function checkAccepted(model: Model, actor: Actor, result: Extract<DecideResult, { ok: true }>): void {
  const before = model.snapshot;
  const type = result.event.type;
  // Only authorised, non-recused actors change a case.
  if (actor.kind === "person") {
    expect(before?.recusedPersonIds.includes(actor.personId) ?? false, `recused ${actor.personId} sent ${type}`).toBe(false);
    expect(NEVER_ACT.has(actor.personId), `${actor.personId} sent ${type}`).toBe(false);
    if (isRespondentActor(actor)) expect(RESPONDENT_EVENTS).toContain(type);
  }
  if (actor.kind === "complainant") expect(COMPLAINANT_EVENTS).toContain(type);
  // The edge exists in the table.
  expect(transitionSpec(before?.state ?? "NEW", type)?.to).toContain(result.to);
  // No sanction without a decision recorded with it.
  const kinds = result.effects.map((e) => e.type);
  if (kinds.includes("CREATE_SANCTIONS")) expect(kinds).toContain("RECORD_DECISION");
  // Nothing becomes final early, and only finality publishes.
  if (result.to === "FINAL") {
    const s = before!;
    const ok =
      (s.state === "DECIDED" && s.decidedActions !== null && (s.decidedActions.length === 0 || s.acceptedInWriting)) ||
      (s.state === "APPEAL_WINDOW" && s.openDeadlines.some((d) => d.kind === "APPEAL" && d.dueAt < model.now && d.pausedAt === null)) ||
      (s.state === "APPEAL_DECIDED" && s.appealOutcome !== null && s.appealOutcome !== "REMAND");
    expect(ok, `FINAL from ${s.state}`).toBe(true);
  } else {
    expect(kinds).not.toContain("MAKE_SANCTIONS_FINAL");
    expect(kinds).not.toContain("PUBLISH_SANCTIONS");
  }
  for (const effect of result.effects) {
    if (effect.type === "PUBLISH_SANCTIONS") expect(effect.sanctionTypes.every((t) => SANCTION_INFO[t].isPublic)).toBe(true);
  }
}

function apply(model: Model, result: Extract<DecideResult, { ok: true }>): void {
  const next = applyTransition(model.snapshot, result, {
    newId: () => `id-${++model.ids}`,
    caseId: "case-p",
    lifecycleFor: (id) => (id === RESPONDENT_CERT ? "ACTIVE" : null),
  });
  model.snapshot = model.snapshot ? next : withRoster(next);
  model.audit.push({ from: result.from, to: result.to, type: result.event.type });
  for (const effect of result.effects) {
    if (effect.type === "SET_CERTIFICATION_STATUS") model.certification = { status: effect.status, onProbation: effect.onProbation };
    if (effect.type === "RECORD_DECISION" && effect.actions.length > 0) model.decisions += 1;
  }
}

function checkModel(model: Model): void {
  const s = model.snapshot;
  if (!s) return;
  // Exactly one audited transition per accepted change.
  expect(s.version).toBe(model.audit.length);
  // The certification record follows the sanctions in effect.
  const inEffect = sanctionsInEffect(s.sanctions);
  expect(model.certification.status, "certification status").toBe(certificationStatusFor("ACTIVE", inEffect));
  expect(model.certification.onProbation, "probation flag").toBe(isOnProbation(inEffect));
  if (s.sanctions.length > 0) expect(model.decisions, "sanctions without a decision").toBeGreaterThan(0);
  // Before finality a sanction is in effect only where the appeal stay does not apply (R2/R4).
  if (s.finalAt === null && inEffect.length > 0) {
    expect(s.allegedRuleIds.some((r) => r === "R2" || r === "R4"), "sanction in effect before FINAL").toBe(true);
  }
}

function send(model: Model, actor: Actor, event: unknown): DecideResult {
  const result = decide({ case: model.snapshot, actor, event, now: model.now, rules: defaultProcedureRules });
  if (result.ok) {
    checkAccepted(model, actor, result);
    apply(model, result);
    for (let i = 0; i < 10 && model.snapshot; i++) {
      const next = automaticEventFor(model.snapshot);
      if (!next) break;
      const auto = decide({ case: model.snapshot, actor: actors.system, event: next, now: model.now, rules: defaultProcedureRules });
      if (!auto.ok) break;
      checkAccepted(model, actors.system, auto);
      apply(model, auto);
    }
  } else {
    expect(result.message.length).toBeGreaterThan(0);
  }
  checkModel(model);
  return result;
}

const step = fc.record({
  kind: fc.constantFrom("act", "act", "act", "act", "any", "tick", "recuse"),
  actor: fc.nat({ max: POOL.length - 1 }),
  pick: fc.nat({ max: 1000 }),
  variant: fc.nat({ max: 10_000 }),
  // Mostly no time at all (so early actions get tried), sometimes days, now and then past a deadline.
  advance: fc.oneof(
    { weight: 4, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 7 }) },
    { weight: 1, arbitrary: fc.integer({ min: 20, max: 60 }) },
  ),
});

type Step = { kind: string; actor: number; pick: number; variant: number; advance: number };

function run(steps: Step[]): Model {
  const model: Model = { snapshot: null, now: T0, audit: [], certification: { status: "ACTIVE", onProbation: false }, decisions: 0, ids: 0 };
  send(model, actors.complainant, randomPayload("SUBMIT", null, 1, model.now));
  for (const s of steps) {
    model.now = days(s.advance, model.now);
    const actor = POOL[s.actor]!;
    if (s.kind === "tick") {
      for (const deadline of model.snapshot?.openDeadlines ?? []) {
        const event = deadline.dueAt < model.now && deadline.pausedAt === null ? timedEventFor(deadline) : null;
        if (event) send(model, actors.system, event);
      }
    } else if (s.kind === "recuse" && model.snapshot) {
      const people = [...COMMITTEE, ...APPEAL_BODY];
      model.snapshot = { ...model.snapshot, recusedPersonIds: [...new Set([...model.snapshot.recusedPersonIds, people[s.pick % people.length]!])] };
    } else if (s.kind === "act") {
      // Something some actor is offered now: keeps sequences moving through the procedure.
      const offers = POOL.flatMap((who) => allowedEvents(model.snapshot, who, model.now, defaultProcedureRules).map((type) => [who, type] as const));
      const [who, type] = offers.length > 0 ? offers[s.pick % offers.length]! : [actor, EVENT_TYPES[s.pick % EVENT_TYPES.length]!];
      send(model, who, randomPayload(type, model.snapshot, s.variant, model.now));
    } else {
      // Anything, from anyone: mostly refused, and must change nothing when it is.
      const type = EVENT_TYPES[s.pick % EVENT_TYPES.length]!;
      send(model, actor, randomPayload(type, model.snapshot, s.variant, model.now));
    }
  }
  return model;
}

describe("workflow invariants under random event sequences", () => {
  it("hold for every step of every sequence", () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 80 }), (steps) => {
        const model = run(steps);
        for (const entry of model.audit) reached.add(entry.to);
      }),
      { numRuns: 300, seed: 20260302 },
    );
    // The sequences must actually get deep into the procedure for the invariants to mean much.
    expect(CASE_STATES.filter((state) => !reached.has(state))).toEqual([]);
    // 300 sequences take ~2 s on an idle core; allow for a loaded 2-core CI machine.
  }, 60_000);
});
