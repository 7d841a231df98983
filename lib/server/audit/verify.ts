import type { AuditEvent, PrismaClient } from "@/lib/generated/prisma/client";
import { GENESIS_HASH, auditHash } from "./hash";

export type ChainBreak = {
  stream: string;
  seq: number;
  id: string;
  problem: "hash-mismatch" | "broken-link" | "sequence-gap";
  detail: string;
};

export type ChainReport = { events: number; streams: number; firstBreak: ChainBreak | null };

const BATCH = 5_000;

/**
 * Walks every stream in (stream, seq) order, recomputing each hash and checking each link,
 * and stops at the first break. Keyset pagination keeps memory flat on millions of events.
 */
export async function verifyAuditChain(db: PrismaClient, options: { stream?: string } = {}): Promise<ChainReport> {
  let events = 0;
  let streams = 0;
  let cursor: { stream: string; seq: number } | null = null;
  let current: { stream: string; seq: number; hash: string } | null = null;

  for (;;) {
    const after: { stream: string; seq: number } | null = cursor;
    const rows: AuditEvent[] = await db.auditEvent.findMany({
      where: {
        ...(options.stream ? { stream: options.stream } : {}),
        ...(after ? { OR: [{ stream: { gt: after.stream } }, { stream: after.stream, seq: { gt: after.seq } }] } : {}),
      },
      orderBy: [{ stream: "asc" }, { seq: "asc" }],
      take: BATCH,
    });
    if (rows.length === 0) break;

    for (const row of rows) {
      events += 1;
      const startsStream: boolean = current === null || current.stream !== row.stream;
      if (startsStream) streams += 1;
      const expectedSeq: number = startsStream ? 1 : current!.seq + 1;
      const expectedPrev: string = startsStream ? GENESIS_HASH : current!.hash;
      const at = { stream: row.stream, seq: row.seq, id: row.id.toString() };
      if (row.seq !== expectedSeq) {
        return { events, streams, firstBreak: { ...at, problem: "sequence-gap", detail: `expected seq ${expectedSeq}` } };
      }
      if (row.prevHash !== expectedPrev) {
        return { events, streams, firstBreak: { ...at, problem: "broken-link", detail: "prevHash does not match the previous event's hash" } };
      }
      const recomputed = auditHash({
        stream: row.stream,
        seq: row.seq,
        at: row.at,
        actorKind: row.actorKind,
        actorId: row.actorId,
        complaintId: row.complaintId,
        type: row.type,
        fromState: row.fromState,
        toState: row.toState,
        reason: row.reason,
        payload: row.payload,
        prevHash: row.prevHash,
      });
      if (recomputed !== row.hash) {
        return { events, streams, firstBreak: { ...at, problem: "hash-mismatch", detail: "the event's content does not match its hash" } };
      }
      current = { stream: row.stream, seq: row.seq, hash: row.hash };
    }
    const lastRow = rows[rows.length - 1]!;
    cursor = { stream: lastRow.stream, seq: lastRow.seq };
    if (rows.length < BATCH) break;
  }
  return { events, streams, firstBreak: null };
}
