import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyComplainantSession } from "@/lib/server/complainant-session";
import { codeDigest, randomAccessCode } from "@/lib/server/intake/codes";
import { handleLostCode, handleSignIn, lockedMessage, WRONG_CODE_MESSAGE } from "@/lib/server/intake/status/handlers";
import { signInWithAccessCode } from "@/lib/server/intake/status/sign-in";
import { makeCase, T0 } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { formOf, freshContext } from "./support";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

const MINUTE = 60_000;

async function caseWithCode(email = "pat.complainant@example.org") {
  const code = randomAccessCode();
  const made = await makeCase(testDb.db, {
    to: "SUBMITTED",
    complaint: { complainant: { name: "Pat Complainant", email, relationship: "CLIENT", shareWithRespondent: false, accessCodeHash: codeDigest(code) } },
  });
  return { ...made, code };
}

describe("status page sign-in with reference and access code", () => {
  it("opens the case with the right code, typed in any case and spacing", async () => {
    const { db } = testDb;
    const made = await caseWithCode();
    const typed = made.code.toLowerCase().replace(/-/g, " ");
    const { outcome, session } = await handleSignIn(db, formOf({ reference: made.reference.toLowerCase(), accessCode: typed }), freshContext(T0));
    expect(outcome).toEqual({ kind: "redirect", to: "/complaints/status" });
    expect(session?.complaintId).toBe(made.id);
  });

  it("a wrong code gets a clear message that names the lock, and the code is not echoed back", async () => {
    const made = await caseWithCode();
    const { outcome, session } = await handleSignIn(testDb.db, formOf({ reference: made.reference, accessCode: "AAAA-AAAA-AAAA-AAAA" }), freshContext(T0));
    expect(session).toBeUndefined();
    expect(outcome).toEqual({
      kind: "state",
      state: { status: "error", message: "", fieldErrors: { accessCode: [WRONG_CODE_MESSAGE] }, values: { reference: made.reference } },
    });
  });

  it("five wrong codes lock the reference for 30 minutes, even against the right code; then it opens and the count restarts", async () => {
    const { db } = testDb;
    const made = await caseWithCode();
    const attempt = (accessCode: string, now: Date) => signInWithAccessCode(db, { reference: made.reference, accessCode: accessCode.replace(/-/g, "") }, freshContext(now));
    for (let i = 0; i < 4; i += 1) expect(await attempt("AAAAAAAAAAAAAAAA", T0)).toEqual({ ok: false, reason: "wrong" });
    expect(await attempt("AAAAAAAAAAAAAAAA", T0)).toEqual({ ok: false, reason: "locked", retryAfterSeconds: 1800 });
    expect(await attempt(made.code, new Date(T0.getTime() + 10 * MINUTE))).toEqual({ ok: false, reason: "locked", retryAfterSeconds: 1200 });
    const row = await db.complainant.findUniqueOrThrow({ where: { complaintId: made.id } });
    expect(row.accessCodeLockedUntil?.getTime()).toBe(T0.getTime() + 30 * MINUTE);
    expect(await db.auditEvent.count({ where: { complaintId: made.id, type: "ACCESS_CODE_LOCKED" } })).toBe(1);

    const later = new Date(T0.getTime() + 31 * MINUTE);
    expect(await attempt(made.code, later)).toMatchObject({ ok: true, complaintId: made.id });
    expect(await db.complainant.findUniqueOrThrow({ where: { complaintId: made.id } })).toMatchObject({ accessCodeFailures: 0, accessCodeLockedUntil: null });
    expect(await attempt("AAAAAAAAAAAAAAAA", later)).toEqual({ ok: false, reason: "wrong" });
  });

  it("the locked message comes through the form handler", async () => {
    const made = await caseWithCode();
    const context = freshContext(T0);
    for (let i = 0; i < 5; i += 1) await handleSignIn(testDb.db, formOf({ reference: made.reference, accessCode: "BBBB-BBBB-BBBB-BBBB" }), context);
    const { outcome } = await handleSignIn(testDb.db, formOf({ reference: made.reference, accessCode: made.code }), context);
    expect(outcome).toMatchObject({ kind: "state", state: { message: lockedMessage(1800) } });
  });

  it("an unknown reference answers exactly like a real one, lock included", async () => {
    const attempt = () => signInWithAccessCode(testDb.db, { reference: "EPC-2026-9999", accessCode: "AAAAAAAAAAAAAAAA" }, freshContext(T0));
    for (let i = 0; i < 4; i += 1) expect(await attempt()).toEqual({ ok: false, reason: "wrong" });
    expect(await attempt()).toEqual({ ok: false, reason: "locked", retryAfterSeconds: 1800 });
  });

  it("attempts are limited per address across references", async () => {
    const context = freshContext(T0);
    const results = [];
    for (let i = 0; i < 31; i += 1) {
      results.push(await signInWithAccessCode(testDb.db, { reference: `EPC-2026-${String(5000 + i)}`, accessCode: "AAAAAAAAAAAAAAAA" }, context));
    }
    expect(results.slice(0, 30).every((r) => !r.ok && r.reason === "wrong")).toBe(true);
    expect(results[30]).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 900 });
  });

  it("malformed input is refused before any lookup", async () => {
    const { outcome } = await handleSignIn(testDb.db, formOf({ reference: "my complaint", accessCode: "" }), freshContext(T0));
    expect(outcome).toMatchObject({
      kind: "state",
      state: { fieldErrors: { reference: [expect.stringMatching(/like EPC-2026-0001/)], accessCode: ["Enter your access code"] } },
    });
  });
});

describe("a lost access code", () => {
  it("is re-issued only to the email on file: new code works, old code and its sessions end, the notice is in the outbox", async () => {
    const { db } = testDb;
    const made = await caseWithCode("lost@example.org");
    const before = await db.complainant.findUniqueOrThrow({ where: { complaintId: made.id } });
    const neutral = { kind: "redirect", to: "/complaints/status/lost-code?sent=1" };

    expect(await handleLostCode(db, formOf({ reference: made.reference, email: "someone@example.org" }), freshContext(T0))).toEqual(neutral);
    expect(await handleLostCode(db, formOf({ reference: "EPC-2026-8888", email: "lost@example.org" }), freshContext(T0))).toEqual(neutral);
    expect(await db.notice.count({ where: { template: "access-code-reissued" } })).toBe(0);

    const later = new Date(T0.getTime() + MINUTE);
    expect(await handleLostCode(db, formOf({ reference: made.reference, email: "LOST@example.org" }), freshContext(later))).toEqual(neutral);
    const notice = await db.notice.findFirstOrThrow({ where: { template: "access-code-reissued", complaintId: made.id } });
    expect(notice).toMatchObject({ toAddress: "lost@example.org", status: "PENDING", recipientKind: "COMPLAINANT" });
    const newCode = notice.bodyText.match(/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)?.[0];
    expect(newCode).toBeDefined();
    expect(await db.auditEvent.count({ where: { complaintId: made.id, type: "ACCESS_CODE_REISSUED" } })).toBe(1);

    const signIn = (code: string) => signInWithAccessCode(db, { reference: made.reference, accessCode: code.replace(/-/g, "") }, freshContext(later));
    expect(await signIn(made.code)).toEqual({ ok: false, reason: "wrong" });
    expect(await signIn(newCode!)).toMatchObject({ ok: true });
    const oldSession = { complaintId: made.id, codeIssuedAt: before.accessCodeIssuedAt.getTime(), expiresAt: later.getTime() + MINUTE };
    expect(await verifyComplainantSession(db, oldSession)).toBeNull();
    expect(await verifyComplainantSession(db, { ...oldSession, codeIssuedAt: later.getTime() })).toEqual({ complaintId: made.id });
  });

  it("requests are limited per address", async () => {
    const context = freshContext(T0);
    for (let i = 0; i < 5; i += 1) await handleLostCode(testDb.db, formOf({ reference: "EPC-2026-7777", email: "x@example.org" }), context);
    expect(await handleLostCode(testDb.db, formOf({ reference: "EPC-2026-7777", email: "x@example.org" }), context)).toMatchObject({
      kind: "state",
      state: { message: expect.stringMatching(/^Too many requests/) },
    });
  });
});
