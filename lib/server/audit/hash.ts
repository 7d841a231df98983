import { createHash } from "node:crypto";

/** The first link of every stream points at this. */
export const GENESIS_HASH = "0".repeat(64);

/** The fields an audit event's hash covers: everything but its own id and hash. */
export type HashedAuditFields = {
  stream: string;
  seq: number;
  at: Date;
  actorKind: string;
  actorId: string | null;
  complaintId: string | null;
  type: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  payload: unknown;
  prevHash: string;
};

/**
 * JSON with object keys sorted at every level, so the same value hashes the same whether it
 * comes from the application or back from a jsonb column (which reorders keys).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function auditHash(fields: HashedAuditFields): string {
  const material = canonicalJson({ ...fields, at: fields.at.toISOString() });
  return createHash("sha256").update(material, "utf8").digest("hex");
}

/** Payloads are stored as JSON: normalise (dates to ISO strings, undefined dropped) before hashing. */
export function toJsonValue<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value ?? {}));
}
