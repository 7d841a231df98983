import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  automaticEventFor,
  decide,
  isTerminalState,
  mayFollowAutomatically,
  type Actor,
  type CaseSnapshot,
  type CaseState,
  type DecideResult,
  type Effect,
  type EventType,
  type ProcedureRules,
} from "@/lib/workflow";
import { appendAudit, caseStream } from "../audit/append";
import { db as defaultDb, type Db, type DbOrTx, type TxClient } from "../db";
import { AppError } from "../errors";
import { applyEffects } from "./apply-effects";
import { auditActorFor, auditPayload, auditReason } from "./audit-payload";
import { conflictError, refusalError } from "./decide-error";
import { recordEvent } from "./records";
import { storeAttachments, type TransitionAttachment } from "./records/documents";
import { revalidateCase } from "./revalidate";
import { loadCaseSnapshot, type Roster } from "./snapshot";
import { loadForTransition } from "./transition-load";

export type { TransitionAttachment } from "./records/documents";

export interface RunTransitionInput {
  caseId: string;
  actor: Actor;
  /** Parsed here with the workflow's zod union; anything malformed is a VALIDATION error. */
  event: unknown;
  /** The version the actor's page showed; a different current version is a CONFLICT. */
  expectedVersion?: number;
  /** The clock (tests, factories and the scheduler inject it). */
  now?: Date;
  db?: Db;
  /** Run inside the caller's transaction instead of opening one (the caller then owns commit and revalidation). */
  tx?: TxClient;
  /** Files sent with the event, stored in the same transaction. */
  attachments?: readonly TransitionAttachment[];
}

export interface TransitionStep {
  event: EventType;
  from: CaseState;
  to: CaseState;
  /** Sent by the system because the state called for it (automaticEventFor). */
  automatic: boolean;
}

export interface TransitionResult {
  caseId: string;
  /** State before the actor's event. */
  from: CaseState;
  /** State after it and every automatic follow-up. */
  to: CaseState;
  version: number;
  /** Effects of every step, in order. */
  effects: Effect[];
  steps: TransitionStep[];
}

type Accepted = Extract<DecideResult, { ok: true }>;

const SYSTEM: Actor = { kind: "system" };
/** DECIDED → APPEAL_WINDOW/FINAL → SANCTION_ACTIVE → CLOSED is the longest automatic chain. */
const MAX_AUTOMATIC_STEPS = 10;

/**
 * The only writer of a case's state (ARCHITECTURE §5): load the case as the actor may see it,
 * let the machine decide, then in one transaction make the conditional update on (id, version),
 * append the audit event and apply every effect; then run the automatic follow-ups the new state
 * calls for, each its own audited transition in the same transaction. Refusals write nothing.
 */
export async function runTransition(input: RunTransitionInput): Promise<TransitionResult> {
  const db: DbOrTx = input.tx ?? input.db ?? defaultDb;
  const now = input.now ?? new Date();
  const loaded = await loadForTransition(db, input.caseId, input.actor, now, { inTransaction: input.tx !== undefined });
  // A recused member's handle is not null: the machine refuses their event, as for anyone else.
  if (!loaded) throw new AppError("NOT_FOUND", "There is no case with that reference that you can see.");
  const { snapshot, roster, rules } = loaded;
  if (input.expectedVersion !== undefined && input.expectedVersion !== snapshot.version) throw conflictError();

  const decided = decide({ case: snapshot, actor: input.actor, event: input.event, now, rules });
  if (!decided.ok) throw refusalError(decided, input.event);

  const work = (tx: TxClient) => commitChain(tx, { snapshot, decided, actor: input.actor, now, rules, roster, attachments: input.attachments ?? [] });
  if (input.tx) return work(input.tx);
  const result = await inTransaction(input.db ?? defaultDb, work);
  await revalidateCase(input.caseId);
  return result;
}

async function inTransaction<T>(db: Db, work: (tx: TxClient) => Promise<T>): Promise<T> {
  try {
    // Generous waits: PGlite is one session, so concurrent callers queue for it.
    return await db.$transaction(work, { maxWait: 60_000, timeout: 60_000 });
  } catch (error) {
    // A serialisation failure or deadlock means another change won the race.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2034") throw conflictError();
    throw error;
  }
}

interface ChainInput {
  snapshot: CaseSnapshot;
  decided: Accepted;
  actor: Actor;
  now: Date;
  rules: ProcedureRules;
  /** Read before the transaction; a transition changes no one's roles, so it holds for the reloads. */
  roster: Roster;
  attachments: readonly TransitionAttachment[];
}

async function commitChain(tx: TxClient, input: ChainInput): Promise<TransitionResult> {
  const steps: TransitionStep[] = [];
  const effects: Effect[] = [];
  let current = input.snapshot;
  let decided = input.decided;
  let actor = input.actor;
  for (let step = 0; ; step += 1) {
    await commitStep(tx, { snapshot: current, decided, actor, now: input.now, attachments: step === 0 ? input.attachments : [] });
    steps.push({ event: decided.event.type, from: current.state, to: decided.to, automatic: step > 0 });
    effects.push(...decided.effects);

    // The guarded update moved the case to exactly (decided.to, version + 1); only a state where
    // something may follow automatically needs the case re-read to ask the machine.
    if (!mayFollowAutomatically(decided.to)) {
      return { caseId: current.id, from: input.snapshot.state, to: decided.to, version: current.version + 1, effects, steps };
    }
    const next = await loadCaseSnapshot(tx, current.id, input.now, input.roster);
    if (!next) throw new Error(`Case ${current.id} disappeared during a transition`);
    current = next;
    const event = automaticEventFor(current);
    if (!event) break;
    if (step >= MAX_AUTOMATIC_STEPS) throw new Error(`Automatic transitions on case ${current.id} did not settle`);
    const followUp = decide({ case: current, actor: SYSTEM, event, now: input.now, rules: input.rules });
    // The machine named this event for this state; a refusal is a bug, and rolls everything back.
    if (!followUp.ok) throw new Error(`Automatic ${event.type} refused in ${current.state}: ${followUp.message}`);
    decided = followUp;
    actor = SYSTEM;
  }
  return { caseId: current.id, from: input.snapshot.state, to: current.state, version: current.version, effects, steps };
}

interface StepInput {
  snapshot: CaseSnapshot;
  decided: Accepted;
  actor: Actor;
  now: Date;
  attachments: readonly TransitionAttachment[];
}

async function commitStep(tx: TxClient, { snapshot, decided, actor, now, attachments }: StepInput): Promise<void> {
  const reopened = isTerminalState(snapshot.state) && !isTerminalState(decided.to);
  const closing = isTerminalState(decided.to) ? { closedAt: now } : reopened ? { closedAt: null } : {};
  // The race guard: count 0 means someone else changed the case since it was loaded.
  const updated = await tx.complaint.updateMany({
    where: { id: snapshot.id, version: snapshot.version },
    data: { state: decided.to, version: { increment: 1 }, ...closing },
  });
  if (updated.count !== 1) throw conflictError();

  const auditActor = auditActorFor(actor);
  const ctx = {
    tx,
    caseId: snapshot.id,
    now,
    actor,
    auditActor,
    event: decided.event,
    before: snapshot,
    effects: decided.effects,
    progress: { decisionId: null, sanctionsChanged: false, reapplyNotBefore: null },
  };
  // The files first, so the audit entry names the documents the change brought in.
  const storedDocumentIds = attachments.length > 0 ? await storeAttachments(ctx, attachments) : [];
  await appendAudit(tx, {
    stream: caseStream(snapshot.id),
    actor: auditActor,
    type: decided.event.type,
    complaintId: snapshot.id,
    fromState: snapshot.state,
    toState: decided.to,
    reason: auditReason(decided.event),
    payload: auditPayload(decided.event, { version: snapshot.version + 1, ...(storedDocumentIds.length > 0 && { storedDocumentIds }) }),
    at: now,
  });
  await recordEvent(ctx);
  await applyEffects(ctx);
}
