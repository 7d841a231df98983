import type { Actor, Event } from "@/lib/workflow";
import type { AuditActor } from "../audit/append";

/**
 * The audit log is kept permanently, longer than the case's personal data (DOMAIN §8), so an event
 * is logged without free text: strings survive only under keys known to hold ids, codes or enums.
 * The text itself lives in the case record (decisions, statements, notes), which retention purges.
 */

const CODE_KEYS = new Set([
  "type",
  "channel",
  "reasonCode",
  "format",
  "from",
  "requestedBy",
  "delivery",
  "ruling",
  "kind",
  "code",
  "choice",
  "grounds",
]);

const isIdKey = (key: string) => /(Id|Ids)$/.test(key);

function redact(value: unknown, key: string, path: string, omitted: Set<string>): unknown {
  if (value === null || value === undefined || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") {
    if (CODE_KEYS.has(key) || isIdKey(key)) return value;
    omitted.add(path);
    return undefined;
  }
  if (Array.isArray(value)) {
    // Array items inherit their key: ids in `documentIds`, codes in `grounds`.
    return value.map((item) => redact(item, key, path, omitted)).filter((item) => item !== undefined);
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [childKey, child] of Object.entries(value)) {
      const redacted = redact(child, childKey, path ? `${path}.${childKey}` : childKey, omitted);
      if (redacted !== undefined) out[childKey] = redacted;
    }
    return out;
  }
  return undefined;
}

export function auditPayload(event: Event, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const omitted = new Set<string>();
  const redacted = redact(event, "", "", omitted);
  return { event: redacted, ...(omitted.size > 0 && { textOmitted: [...omitted].sort() }), ...extra };
}

/** The reason column holds a code, never prose. */
export function auditReason(event: Event): string | null {
  if ("reasonCode" in event) return event.reasonCode;
  if (event.type === "DECIDE_APPEAL") return event.outcome.kind;
  if (event.type === "RULE_ON_REOPEN") return event.ruling;
  return null;
}

export function auditActorFor(actor: Actor): AuditActor {
  if (actor.kind === "person") return { kind: "PERSON", id: actor.personId };
  if (actor.kind === "complainant") return { kind: "COMPLAINANT", id: actor.complaintId ?? null };
  return { kind: "SYSTEM", id: null };
}
