import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, findDraft, purgeExpiredDrafts } from "@/lib/server/intake/drafts";
import { handleResume, handleStart, handleStep } from "@/lib/server/intake/handlers";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { answers, formOf, freshContext, NOW } from "./support";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(async () => {
  await testDb?.close();
});

describe("drafts: save and come back later", () => {
  it("starting stores only the resume code's digest, and the code opens the draft", async () => {
    const { db } = testDb;
    const { outcome, code } = await handleStart(db, formOf({}), freshContext());
    expect(outcome).toEqual({ kind: "redirect", to: "/complaints/new/about-you" });
    const rows = await db.intakeDraft.findMany();
    expect(rows.some((row) => row.tokenHash === code)).toBe(false);
    expect(JSON.stringify(rows)).not.toContain(code!.replace(/-/g, ""));
    expect(await findDraft(db, code, NOW)).not.toBeNull();
  });

  it("'save and come back later' saves the page and shows the code; resuming goes to the first unanswered page", async () => {
    const { db } = testDb;
    const { code } = await createDraft(db, NOW);
    const saved = await handleStep(db, code, formOf({ step: "about-you", intent: "save", ...answers(null)["about-you"] }), freshContext());
    expect(saved).toEqual({ kind: "redirect", to: "/complaints/new/saved" });
    const typed = code.toLowerCase().replace(/-/g, " ");
    const resumed = await handleResume(db, typed, freshContext());
    expect(resumed.outcome).toEqual({ kind: "redirect", to: "/complaints/new/case-manager" });
    expect(resumed.code).toBe(code);
    expect((await findDraft(db, typed, NOW))?.data.answers["about-you"]).toMatchObject({ name: "Pat Complainant" });
  });

  it("a wrong code is a clear error; attempts are limited per address", async () => {
    const { db } = testDb;
    const context = freshContext();
    const wrong = await handleResume(db, "AAAA-BBBB-CCCC-DDDD-EEEE", context);
    expect(wrong.outcome).toMatchObject({ kind: "state", state: { fieldErrors: { code: [expect.stringMatching(/^There is no saved complaint with that code/)] } } });
    expect(wrong.code).toBeUndefined();
    for (let i = 0; i < 9; i += 1) await handleResume(db, "AAAA-BBBB-CCCC-DDDD-EEEE", context);
    const { code } = await createDraft(db, NOW);
    expect((await handleResume(db, code, context)).outcome).toMatchObject({ kind: "state", state: { message: expect.stringMatching(/^There have been too many attempts/) } });
  });

  it("expired drafts are purged with their files", async () => {
    const { db } = testDb;
    const old = await createDraft(db, new Date(NOW.getTime() - 40 * 86_400_000));
    await db.intakeDraftFile.create({ data: { draftId: old.draft.id, filename: "a.txt", mimeType: "text/plain", size: 1, sha256: "0".repeat(64), data: new Uint8Array([65]) } });
    expect(await purgeExpiredDrafts(db, NOW)).toBeGreaterThanOrEqual(1);
    expect(await db.intakeDraft.findUnique({ where: { id: old.draft.id } })).toBeNull();
    expect(await db.intakeDraftFile.count({ where: { draftId: old.draft.id } })).toBe(0);
  });
});
