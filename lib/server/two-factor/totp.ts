import "server-only";
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { hasAnyRole, ROLES, type Role } from "@/lib/domain/roles";
import { resolveAuthSecret } from "../auth-secret";

/** RFC 6238 defaults every authenticator app supports: SHA-1, 6 digits, 30-second steps. */
const PERIOD_SECONDS = 30;
const ISSUER = "Docket (CCMC)";

/** Accounts that can see confidential case material or change the registry: every role but CCM. */
export const TWO_FACTOR_ROLES: readonly Role[] = ROLES.filter((role) => role !== "CCM");

/**
 * A code is asked of anyone who turned two-factor on, and, in production, of every staff,
 * committee and admin account: those without a key set one up at their next sign-in.
 */
export function secondFactorNeeded(person: { roles: readonly Role[]; totpEnabledAt: Date | null }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (person.totpEnabledAt) return true;
  return env.NODE_ENV === "production" && hasAnyRole(person.roles, TWO_FACTOR_ROLES);
}

export function newTotpKey(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(base32Key: string, label = "account"): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(base32Key) });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(base32Key: string, email: string): string {
  return totpFor(base32Key, email).toString();
}

/** The current code (demo installs show it for the public demo key; tests type it). */
export function currentTotpCode(base32Key: string, now = new Date()): string {
  return totpFor(base32Key).generate({ timestamp: now.getTime() });
}

/**
 * The 30-second step a code belongs to, accepting one step of clock drift either way, or null when
 * the code is wrong. Callers refuse a step at or before the last one accepted (no replays).
 */
export function matchTotpStep(base32Key: string, code: string, now = new Date()): number | null {
  const delta = totpFor(base32Key).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

// Keys are stored encrypted (AES-256-GCM, key derived from AUTH_SECRET): a copy of the database
// alone does not let anyone mint codes. Rotating AUTH_SECRET means enrolling again.
function storageKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("docket:totp-storage:v1").digest();
}

export function encryptTotpKey(base32Key: string, secret = resolveAuthSecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", storageKey(secret), iv);
  const body = Buffer.concat([cipher.update(base32Key, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(".");
}

/** The key, or null when the stored value was written under another AUTH_SECRET or altered. */
export function decryptTotpKey(stored: string, secret = resolveAuthSecret()): string | null {
  const [version, iv, tag, body] = stored.split(".");
  if (version !== "v1" || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", storageKey(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
