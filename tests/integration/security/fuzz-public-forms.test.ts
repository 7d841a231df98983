import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { codeDigest, randomAccessCode } from "@/lib/server/intake/codes";
import { handleInfoReply, handleLostCode, handleMessage, handleSignIn, handleWithdraw } from "@/lib/server/intake/status/handlers";
import { digestToken, newToken } from "@/lib/server/tokens";
import { makeCase, makeCertification, makePerson, T0 } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { freshContext } from "../intake/support";
import { asOutcome, FuzzTally, fuzzForm } from "./support";

/**
 * Fuzzing the other public forms: the complaint status page (sign-in, messages, answers,
 * withdrawal, lost code; lib/server/intake/status/handlers.ts), the CCM activation request, the
 * invitation's set-password form. The actions that read the request's
 * address get it from a minimal next/headers stand-in.
 */
let addresses = 0;
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": `203.0.113.${(addresses += 1)}` }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined, has: () => false }),
}));
// The set-password action shares the admin forms' error mapping, whose module also imports the
// sign-in check (next-auth, which Vitest cannot load here); the public form never calls it.
vi.mock("@/lib/server/authz", () => ({ requireActionRole: () => Promise.reject(new Error("not used by public forms")) }));

const RUNS = 15;
/** Each schema-valid password is hashed with argon2id before the link is checked: slow on purpose. */
const PASSWORD_RUNS = 8;
const tally = new FuzzTally();
let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
  (globalThis as { __docketDb?: unknown }).__docketDb = testDb.db;
});
afterAll(async () => {
  tally.print("status page and account forms");
  delete (globalThis as { __docketDb?: unknown }).__docketDb;
  await testDb?.close();
});

async function caseWithCode(to: "SUBMITTED" | "AWAITING_COMPLAINANT_INFO") {
  const code = randomAccessCode();
  const email = `pat.${(addresses += 1)}@example.org`;
  const made = await makeCase(testDb.db, {
    to,
    complaint: { complainant: { name: "Pat Complainant", email, relationship: "CLIENT", shareWithRespondent: false, accessCodeHash: codeDigest(code) } },
  });
  return { ...made, code, email };
}

describe("the status page refuses hostile input cleanly", () => {
  it("sign-in with a reference and access code", async () => {
    const made = await caseWithCode("SUBMITTED");
    const { db } = testDb;
    await fuzzForm({
      db,
      surface: "status sign-in",
      tally,
      valid: { reference: made.reference, accessCode: made.code },
      fields: ["reference", "accessCode"],
      numRuns: RUNS,
      run: async (form) => (await handleSignIn(db, form, freshContext(T0))).outcome,
    });
  });

  it.each([
    ["message", handleMessage, "SUBMITTED", { body: "When will I hear back?" }],
    ["answer to a request", handleInfoReply, "AWAITING_COMPLAINANT_INFO", { answer: "The dates were 3 and 5 March." }],
    ["withdrawal", handleWithdraw, "SUBMITTED", { reason: "We settled it.", confirm: "yes" }],
  ] as const)("a signed-in %s", async (name, handler, to, valid) => {
    const made = await caseWithCode(to);
    const { db } = testDb;
    await fuzzForm({
      db,
      surface: `status ${name}`,
      tally,
      valid,
      fields: [...Object.keys(valid), "files"],
      numRuns: RUNS,
      run: (form) => handler(db, made.id, form, freshContext(made.clock.now())),
    });
  });

  it("a lost access code", async () => {
    const made = await caseWithCode("SUBMITTED");
    const { db } = testDb;
    await fuzzForm({
      db,
      surface: "status lost code",
      tally,
      valid: { reference: made.reference, email: made.email },
      fields: ["reference", "email"],
      numRuns: RUNS,
      run: (form) => handleLostCode(db, form, freshContext(made.clock.now())),
    });
  });
});

describe("the account forms refuse hostile input cleanly", () => {
  it("a CCM's request for an activation link", async () => {
    const { requestActivationAction } = await import("@/app/(public)/activate-ccm/actions");
    const certification = await makeCertification(testDb.db, { withAccount: false, email: "jamie.case@example.org" });
    await fuzzForm({
      db: testDb.db,
      surface: "CCM activation request",
      tally,
      valid: { ccmNumber: certification.number, email: "jamie.case@example.org" },
      fields: ["ccmNumber", "email"],
      numRuns: RUNS,
      run: async (form) => asOutcome(await requestActivationAction({ status: "idle" }, form)),
    });
  });

  it("setting a password from an invitation link", async () => {
    const { setPasswordAction } = await import("@/app/(public)/activate/[token]/actions");
    const person = await makePerson(testDb.db, { roles: ["STAFF"] });
    const token = newToken();
    await testDb.db.authToken.create({ data: { personId: person.id, kind: "INVITE", tokenHash: digestToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });
    const password = "correct horse battery staple";
    await fuzzForm({
      db: testDb.db,
      surface: "set password",
      tally,
      valid: { token, password, confirm: password },
      fields: ["token", "password", "confirm"],
      numRuns: PASSWORD_RUNS,
      run: async (form) => asOutcome(await setPasswordAction({ status: "idle" }, form)),
    });
    expect(tally.get("set password").runs).toBe(PASSWORD_RUNS);
  });
});
