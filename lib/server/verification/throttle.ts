import "server-only";
import { checkThrottle, recordThrottleEvent, type ThrottleRule, type ThrottleVerdict } from "../throttle";

/** Public lookups per client address: generous for people and employers, a brake on scraping. */
export const VERIFY_API_RULE: ThrottleRule = { limit: 60, windowSeconds: 60, lockSeconds: 60 };
export const VERIFY_PAGE_RULE: ThrottleRule = { limit: 30, windowSeconds: 60, lockSeconds: 60 };

export async function throttleVerification(kind: "api" | "page", address: string): Promise<ThrottleVerdict> {
  const key = `verify:${kind}:${address}`;
  const locked = await checkThrottle(key);
  if (!locked.allowed) return locked;
  return recordThrottleEvent(key, kind === "api" ? VERIFY_API_RULE : VERIFY_PAGE_RULE);
}
