import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { ACCESS_CODE_ALPHABET, formatAccessCode, normaliseAccessCode } from "@/lib/domain/intake/access-code";
import { resolveAuthSecret } from "../auth-secret";
import { digestToken } from "../tokens";

/** Crockford base32 of the leading `chars * 5` bits of `bytes`. */
function base32(bytes: Uint8Array, chars: number): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += ACCESS_CODE_ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length === chars) break;
  }
  return out;
}

/**
 * The access code for a filing, derived from its idempotency key with the app secret: a repeated
 * submit of the same draft shows the same code, yet only the code's digest is ever stored.
 */
export function derivedAccessCode(idempotencyKey: string, secret = resolveAuthSecret()): string {
  const mac = createHmac("sha256", secret).update(`docket:access-code:v1:${idempotencyKey}`).digest();
  return formatAccessCode(base32(mac, 16));
}

/** A fresh random access code (re-issue after a lost code). */
export function randomAccessCode(): string {
  return formatAccessCode(base32(randomBytes(10), 16));
}

/** A resume code for an intake draft: 20 characters (100 bits), shown in groups of four. */
export function randomResumeCode(): string {
  return formatAccessCode(base32(randomBytes(13), 20));
}

/** The digest stored for a code, whatever spacing or case it was typed in. */
export function codeDigest(code: string): string {
  return digestToken(normaliseAccessCode(code));
}

/** Two digests compared in constant time. */
export function sameDigest(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
