import "server-only";
import { hitThrottle, type ThrottleRule, type ThrottleVerdict } from "../throttle";

/**
 * Public lookups per client address: generous for people and employers, a brake on scraping.
 * hitThrottle locks when the count reaches `limit`, so `limit - 1` requests pass: 60 per
 * minute for the API and 30 for the page, as the README documents.
 */
export const VERIFY_API_RULE: ThrottleRule = { limit: 61, windowSeconds: 60, lockSeconds: 60 };
export const VERIFY_PAGE_RULE: ThrottleRule = { limit: 31, windowSeconds: 60, lockSeconds: 60 };

export async function throttleVerification(kind: "api" | "page", address: string): Promise<ThrottleVerdict> {
  return hitThrottle(`verify:${kind}:${address}`, kind === "api" ? VERIFY_API_RULE : VERIFY_PAGE_RULE);
}
