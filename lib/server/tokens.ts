import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A URL-safe random token with `bytes` of entropy. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Digest stored in place of a high-entropy token (access codes, one-time links). */
export function digestToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
