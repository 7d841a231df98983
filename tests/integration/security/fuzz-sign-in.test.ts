import { afterAll, beforeAll, describe, it, vi } from "vitest";

vi.mock("next/headers", async () => (await import("./next-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./next-request")).nextCacheMock);

import { signInAction } from "@/app/(public)/login/actions";
import { twoFactorAction } from "@/app/(public)/login/two-factor/actions";
import { IDLE, type FormState } from "@/lib/domain/form-state";
import type { StepOutcome } from "@/lib/server/intake/form-result";
import { hashPassword } from "@/lib/server/password";
import { startPendingSignIn } from "@/lib/server/two-factor/pending";
import { encryptTotpKey, newTotpKey } from "@/lib/server/two-factor/totp";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { redirectTarget } from "./authz-outcome";
import { runInRequest } from "./next-request";
import { FuzzTally, fuzzForm } from "./support";

/**
 * The staff sign-in form and its code step, fuzzed through the real actions (next-auth's
 * Credentials provider included): a refusal is a message, never a failure, and writes nothing.
 */
process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
const PASSWORD = "a long enough passphrase";
// Every schema-valid password is checked with argon2id: slow on purpose.
const RUNS = 25;
const tally = new FuzzTally();
let testDb: TestDb;
let person: { id: string; email: string; sessionVersion: number };

beforeAll(async () => {
  testDb = await createTestDb();
  (globalThis as { __docketDb?: unknown }).__docketDb = testDb.db;
  person = await testDb.db.person.create({
    data: { email: "fuzz-staff@test.example", name: "Fuzz Staff", roles: ["STAFF"], passwordHash: await hashPassword(PASSWORD), totpSecret: encryptTotpKey(newTotpKey()), totpEnabledAt: new Date() },
    select: { id: true, email: true, sessionVersion: true },
  });
});
afterAll(async () => {
  tally.print("sign-in forms");
  delete (globalThis as { __docketDb?: unknown }).__docketDb;
  await testDb?.close();
});

/** Runs a form action in a request scope; Next's redirect() (a throw) is an accepted post. */
async function outcomeOf(call: () => Promise<FormState>): Promise<StepOutcome> {
  const { value, thrown } = await runInRequest(new Map(), call);
  if (thrown !== undefined) {
    const to = redirectTarget(thrown);
    if (to === null) throw thrown;
    return { kind: "redirect", to };
  }
  return { kind: "state", state: value as FormState };
}

describe("sign-in refuses hostile input cleanly", () => {
  it("the email and password form", async () => {
    await fuzzForm({
      db: testDb.db,
      surface: "sign-in",
      tally,
      valid: { email: person.email, password: PASSWORD, callbackUrl: "/committee" },
      fields: ["email", "password", "callbackUrl", "code", "ticket"],
      numRuns: RUNS,
      run: (form) => outcomeOf(() => signInAction(IDLE, form)),
    });
  });

  it("the authentication code step", async () => {
    await fuzzForm({
      db: testDb.db,
      surface: "two-factor code",
      tally,
      valid: { code: "123456" },
      fields: ["code", "ticket"],
      numRuns: RUNS,
      run: (form) =>
        outcomeOf(async () => {
          await startPendingSignIn({ personId: person.id, sessionVersion: person.sessionVersion });
          return twoFactorAction(IDLE, form);
        }),
    });
  });
});
