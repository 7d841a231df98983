import { describe, expect, it } from "vitest";
import { GENESIS_HASH, auditHash, canonicalJson } from "@/lib/server/audit/hash";

const base = {
  stream: "case:abc",
  seq: 1,
  at: new Date("2026-01-02T03:04:05.678Z"),
  actorKind: "PERSON",
  actorId: "p1",
  complaintId: "abc",
  type: "SUBMIT",
  fromState: null,
  toState: "SUBMITTED",
  reason: null,
  payload: { b: 1, a: { d: [1, 2], c: "x" } },
  prevHash: GENESIS_HASH,
};

describe("audit hash", () => {
  it("is independent of object key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    expect(auditHash(base)).toBe(auditHash({ ...base, payload: { a: { c: "x", d: [1, 2] }, b: 1 } }));
  });

  it("changes when any covered field changes", () => {
    const h = auditHash(base);
    expect(auditHash({ ...base, seq: 2 })).not.toBe(h);
    expect(auditHash({ ...base, toState: "INTAKE" })).not.toBe(h);
    expect(auditHash({ ...base, payload: { b: 2, a: { d: [1, 2], c: "x" } } })).not.toBe(h);
    expect(auditHash({ ...base, at: new Date("2026-01-02T03:04:05.679Z") })).not.toBe(h);
    expect(auditHash({ ...base, prevHash: "f".repeat(64) })).not.toBe(h);
  });
});
