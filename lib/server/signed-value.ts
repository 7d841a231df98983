import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { resolveAuthSecret } from "./auth-secret";

/**
 * Tamper-evident values for cookies and in-process tickets: `<base64url JSON>.<HMAC-SHA256>`, with
 * a key derived from AUTH_SECRET per purpose, so a value minted for one use is never accepted for
 * another. Signed, not encrypted: put nothing in it the holder may not read.
 */
function keyFor(purpose: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`docket:${purpose}`).digest();
}

function signature(purpose: string, payload: string, secret: string): string {
  return createHmac("sha256", keyFor(purpose, secret)).update(payload).digest("base64url");
}

export function sealValue(purpose: string, data: Record<string, unknown>, secret = resolveAuthSecret()): string {
  const payload = Buffer.from(JSON.stringify(data)).toString("base64url");
  return `${payload}.${signature(purpose, payload, secret)}`;
}

/** The data sealed for `purpose`, or null when the value is forged, malformed or for another purpose. */
export function openValue(purpose: string, value: string | undefined, secret = resolveAuthSecret()): Record<string, unknown> | null {
  if (!value) return null;
  const [payload, given, extra] = value.split(".");
  if (!payload || !given || extra !== undefined) return null;
  const expected = Buffer.from(signature(purpose, payload, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  try {
    const data: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return data && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
