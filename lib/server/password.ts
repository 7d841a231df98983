import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id, slow on purpose (OWASP: m=19 MiB, t=2, p=1). Only passwords use it;
// random high-entropy tokens use a SHA-256 digest (lib/server/tokens.ts).
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  if (!stored) {
    // Spend comparable time so unknown accounts are not distinguishable by timing.
    await hash(password, OPTIONS);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
