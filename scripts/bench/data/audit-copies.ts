import type pg from "pg";
import { GENESIS_HASH, auditHash } from "@/lib/server/audit/hash";
import type { CopySpec } from "./replicate";

interface TemplateEvent {
  seq: number;
  at: Date;
  actorKind: string;
  actorId: string | null;
  type: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  payload: unknown;
}

/** Each template's own case stream, in order. */
export async function loadTemplateEvents(client: pg.Client, templateIds: readonly string[]): Promise<Map<string, TemplateEvent[]>> {
  const { rows } = await client.query<TemplateEvent & { complaintId: string }>(
    `SELECT "complaintId", seq, at, "actorKind", "actorId", type, "fromState", "toState", reason, payload
     FROM "AuditEvent" WHERE "complaintId" = ANY($1) AND stream = 'case:' || "complaintId" ORDER BY "complaintId", seq`,
    [templateIds],
  );
  const events = new Map<string, TemplateEvent[]>();
  for (const { complaintId, ...event } of rows) events.set(complaintId, [...(events.get(complaintId) ?? []), event]);
  return events;
}

const CHUNK = 5_000;

/**
 * The copies' audit streams: the template's events with the copy's stream, case id and shifted
 * times, each hash recomputed and chained as appendAudit does, so `npm run audit:verify` holds
 * over the copies too. Inserted inside the caller's transaction. Returns the number of events.
 */
export async function copyAuditStreams(client: pg.Client, batch: readonly CopySpec[], templates: Map<string, TemplateEvent[]>): Promise<number> {
  let rows: object[] = [];
  let total = 0;
  const flush = async () => {
    if (rows.length === 0) return;
    await client.query(
      `INSERT INTO "AuditEvent" (stream, seq, at, "actorKind", "actorId", "complaintId", type, "fromState", "toState", reason, payload, "prevHash", hash)
       SELECT stream, seq, at, "actorKind", "actorId", "complaintId", type, "fromState", "toState", reason, payload, "prevHash", hash
       FROM jsonb_to_recordset($1::jsonb) AS x(stream text, seq int, at timestamp, "actorKind" text, "actorId" text, "complaintId" text, type text,
         "fromState" "CaseState", "toState" "CaseState", reason text, payload jsonb, "prevHash" text, hash text)`,
      [JSON.stringify(rows)],
    );
    total += rows.length;
    rows = [];
  };
  for (const copy of batch) {
    const complaintId = `${copy.templateId}~${copy.n}`;
    const stream = `case:${complaintId}`;
    let prevHash = GENESIS_HASH;
    for (const event of templates.get(copy.templateId) ?? []) {
      const fields = {
        stream,
        seq: event.seq,
        at: new Date(event.at.getTime() + copy.shiftSeconds * 1000),
        actorKind: event.actorKind,
        actorId: event.actorId,
        complaintId,
        type: event.type,
        fromState: event.fromState,
        toState: event.toState,
        reason: event.reason,
        payload: event.payload,
        prevHash,
      };
      const hash = auditHash(fields);
      rows.push({ ...fields, at: fields.at.toISOString().replace("Z", ""), hash });
      prevHash = hash;
      if (rows.length >= CHUNK) await flush();
    }
  }
  await flush();
  return total;
}
