import { describe, expect, it } from "vitest";
import { decodeComplainantSession, encodeComplainantSession } from "@/lib/server/complainant-session";
import { derivedAccessCode, randomAccessCode, randomResumeCode, codeDigest } from "@/lib/server/intake/codes";

const SECRET = "test-secret-test-secret-test-secret-0123";
const NOW = new Date("2026-03-02T09:00:00Z");

describe("complainant session cookie", () => {
  const session = { complaintId: "c1", codeIssuedAt: 1_700_000_000_000, expiresAt: NOW.getTime() + 60_000 };

  it("round-trips a signed session", () => {
    expect(decodeComplainantSession(encodeComplainantSession(session, SECRET), NOW, SECRET)).toEqual(session);
  });

  it("refuses a tampered payload, a wrong key, an expired session and garbage", () => {
    const value = encodeComplainantSession(session, SECRET);
    const [payload, signature] = value.split(".");
    const forged = Buffer.from(JSON.stringify({ c: "someone-else", i: session.codeIssuedAt, e: session.expiresAt })).toString("base64url");
    expect(decodeComplainantSession(`${forged}.${signature}`, NOW, SECRET)).toBeNull();
    expect(decodeComplainantSession(value, NOW, `${SECRET}x`)).toBeNull();
    expect(decodeComplainantSession(value, new Date(session.expiresAt), SECRET)).toBeNull();
    expect(decodeComplainantSession(`${payload}`, NOW, SECRET)).toBeNull();
    expect(decodeComplainantSession("a.b.c", NOW, SECRET)).toBeNull();
    expect(decodeComplainantSession(undefined, NOW, SECRET)).toBeNull();
  });
});

describe("access and resume codes", () => {
  it("derives the same readable code from the same idempotency key, and different ones otherwise", () => {
    const code = derivedAccessCode("key-one-0123456789", SECRET);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(derivedAccessCode("key-one-0123456789", SECRET)).toBe(code);
    expect(derivedAccessCode("key-two-0123456789", SECRET)).not.toBe(code);
    expect(derivedAccessCode("key-one-0123456789", `${SECRET}x`)).not.toBe(code);
  });

  it("digests a code the same however it is typed", () => {
    const code = randomAccessCode();
    expect(codeDigest(code.toLowerCase().replace(/-/g, " "))).toBe(codeDigest(code));
    expect(randomResumeCode()).toMatch(/^([0-9A-Z]{4}-){4}[0-9A-Z]{4}$/);
  });
});
