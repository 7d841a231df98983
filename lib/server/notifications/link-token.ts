import "server-only";
import { createHmac } from "node:crypto";
import { digestToken } from "../tokens";

/**
 * The token in a sent notice's link (/n/<token>). Derived from the notice id with a server secret,
 * so every retry of the same notice carries the same link and nothing but its digest is stored:
 * reading the outbox (which shows the stored bodies, without tracking links) cannot forge an open.
 */
export function linkTokenFor(noticeId: string, secret: string): string {
  return createHmac("sha256", secret).update(`docket-notice-link:${noticeId}`, "utf8").digest("base64url");
}

/** What Notice.linkTokenHash stores for `token`. */
export const linkTokenDigest = digestToken;

/** A token's shape: 32 bytes of base64url. Anything else is refused before a database lookup. */
export function isLinkToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}

export function trackedLinkUrl(base: string, token: string): string {
  return `${base}/n/${token}`;
}
