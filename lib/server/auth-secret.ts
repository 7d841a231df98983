import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * AUTH_SECRET signs session cookies. Production with PostgreSQL (several instances) must set
 * it explicitly so every instance agrees. A zero-set-up local install gets one generated once
 * and kept beside the embedded database in `.data/`.
 */
export function resolveAuthSecret(): string {
  const fromEnv = process.env.AUTH_SECRET;
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  if (fromEnv) throw new Error("AUTH_SECRET must be at least 32 characters long.");
  if (process.env.DATABASE_URL && process.env.NODE_ENV === "production") {
    throw new Error("AUTH_SECRET is required when running in production on PostgreSQL.");
  }
  const dir = path.join(process.cwd(), ".data");
  const file = path.join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
