import "server-only";
import { appendAudit, caseStream } from "../audit/append";
import { conflictError } from "../cases/decide-error";
import { revalidateCase } from "../cases/revalidate";
import { db as defaultDb, type Db, type TxClient } from "../db";
import { requireRespondentCase } from "./scope";
import type { PersonActor } from "./viewer";

export interface CaseRecordContext {
  tx: TxClient;
  caseId: string;
  reference: string;
  state: string;
  now: Date;
  actor: PersonActor;
}

export interface CaseRecordInput<T> {
  db?: Db;
  actor: PersonActor;
  caseId: string;
  expectedVersion: number;
  now?: Date;
  /** Audit event type, e.g. MEMBER_CHALLENGED. */
  type: string;
  work: (ctx: CaseRecordContext) => Promise<T>;
  /** Ids and codes only: free text stays in its own row, never in the audit log. */
  payload: (result: T) => Record<string, unknown>;
}

/**
 * What the respondent adds to a case without changing its state (a challenge, hearing material,
 * a postponement request, compliance evidence, a representative): in one transaction, the case
 * is re-checked as theirs and locked, the page's version must still be current (else CONFLICT),
 * the rows are written and an audit event is appended to the case's hash chain.
 */
export async function recordOnCase<T>(input: CaseRecordInput<T>): Promise<T> {
  const db = input.db ?? defaultDb;
  const now = input.now ?? new Date();
  const result = await db.$transaction(
    async (tx) => {
      const handle = await requireRespondentCase(input.caseId, input.actor, tx);
      // Holds off a concurrent transition until this record commits.
      const locked = await tx.$queryRaw<{ version: number; state: string }[]>`
        SELECT "version", "state"::text AS "state" FROM "Complaint" WHERE "id" = ${handle.id} FOR UPDATE`;
      const current = locked[0];
      if (!current || current.version !== input.expectedVersion) throw conflictError();
      const ctx = { tx, caseId: handle.id, reference: handle.reference, state: current.state, now, actor: input.actor };
      const value = await input.work(ctx);
      await appendAudit(tx, {
        stream: caseStream(handle.id),
        actor: { kind: "PERSON", id: input.actor.personId },
        type: input.type,
        complaintId: handle.id,
        payload: input.payload(value),
        at: now,
      });
      return value;
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
  await revalidateCase(input.caseId);
  return result;
}
