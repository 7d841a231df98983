import {
  applyTransition,
  automaticEventFor,
  decide,
  defaultProcedureRules,
  type Actor,
  type CaseSnapshot,
  type CaseState,
  type DecideResult,
  type EventInput,
  type ProcedureRules,
} from "@/lib/workflow";
import { RESPONDENT_CERT, withRoster } from "./world";

/** Monday 2 March 2026, 09:00 UTC. */
export const T0 = new Date("2026-03-02T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

export type Ok = Extract<DecideResult, { ok: true }>;

/** Replays events through decide() and applyTransition(), the way the server and factories do. */
export class CaseRun {
  snapshot: CaseSnapshot | null = null;
  readonly accepted: Ok[] = [];
  private ids = 0;

  constructor(
    public now: Date = T0,
    public readonly rules: ProcedureRules = defaultProcedureRules,
  ) {}

  get state(): CaseState {
    if (!this.snapshot) throw new Error("The case has not been filed");
    return this.snapshot.state;
  }

  get case(): CaseSnapshot {
    if (!this.snapshot) throw new Error("The case has not been filed");
    return this.snapshot;
  }

  advanceDays(days: number): this {
    this.now = new Date(this.now.getTime() + days * DAY);
    return this;
  }

  at(date: Date): this {
    this.now = date;
    return this;
  }

  attempt(actor: Actor, event: EventInput | Record<string, unknown>): DecideResult {
    return decide({ case: this.snapshot, actor, event, now: this.now, rules: this.rules });
  }

  /** Sends an event that must be accepted, applies it, then runs the automatic follow-ups. */
  send(actor: Actor, event: EventInput, options: { automatic?: boolean } = {}): Ok {
    const result = this.attempt(actor, event);
    if (!result.ok) throw new Error(`${event.type} refused in ${this.snapshot?.state ?? "NEW"}: ${result.code} ${result.message}`);
    this.apply(result);
    if (options.automatic ?? true) this.runAutomatic();
    return result;
  }

  apply(result: Ok): void {
    const next = applyTransition(this.snapshot, result, {
      newId: () => `id-${++this.ids}`,
      caseId: "case-1",
      lifecycleFor: (id) => (id === RESPONDENT_CERT ? "ACTIVE" : null),
    });
    this.snapshot = this.snapshot ? next : withRoster(next);
    this.accepted.push(result);
  }

  runAutomatic(): void {
    for (let guard = 0; guard < 10 && this.snapshot; guard++) {
      const event = automaticEventFor(this.snapshot);
      if (!event) return;
      const result = this.attempt({ kind: "system" }, event);
      if (!result.ok) return;
      this.apply(result);
    }
  }

  /** Patches case data that comes from outside the workflow (roster, recusals, registry). */
  patch(fields: Partial<CaseSnapshot>): this {
    this.snapshot = { ...this.case, ...fields };
    return this;
  }
}

export const days = (n: number, from: Date) => new Date(from.getTime() + n * DAY);
