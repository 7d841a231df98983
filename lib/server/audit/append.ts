import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseState } from "@/lib/generated/prisma/enums";
import { GENESIS_HASH, auditHash, toJsonValue } from "./hash";

export type AuditActor = { kind: "PERSON"; id: string } | { kind: "COMPLAINANT"; id?: string | null } | { kind: "SYSTEM"; id?: string | null };

export type AuditEntry = {
  /** "case:<complaintId>" for a case; e.g. "admin", "registry", "settings" otherwise. */
  stream: string;
  actor: AuditActor;
  type: string;
  complaintId?: string | null;
  fromState?: CaseState | null;
  toState?: CaseState | null;
  reason?: string | null;
  payload?: unknown;
  at?: Date;
};

export const caseStream = (complaintId: string) => `case:${complaintId}`;

/**
 * Appends one event to its stream's hash chain, inside the caller's transaction so the event
 * commits or rolls back with the change it records. A transaction-scoped advisory lock per
 * stream serialises appenders, so two writers never take the same sequence number.
 */
export async function appendAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<{ seq: number; hash: string }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${entry.stream}))`;
  const last = await tx.auditEvent.findFirst({
    where: { stream: entry.stream },
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true },
  });
  const fields = {
    stream: entry.stream,
    seq: (last?.seq ?? 0) + 1,
    at: entry.at ?? new Date(),
    actorKind: entry.actor.kind,
    actorId: entry.actor.id ?? null,
    complaintId: entry.complaintId ?? null,
    type: entry.type,
    fromState: entry.fromState ?? null,
    toState: entry.toState ?? null,
    reason: entry.reason ?? null,
    payload: toJsonValue(entry.payload),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = auditHash(fields);
  await tx.auditEvent.create({ data: { ...fields, payload: fields.payload as Prisma.InputJsonValue, hash } });
  return { seq: fields.seq, hash };
}
