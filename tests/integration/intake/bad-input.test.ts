import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, findDraft } from "@/lib/server/intake/drafts";
import { BOT_MESSAGE, HONEYPOT_FIELD } from "@/lib/server/intake/form-result";
import { EXPIRED_PATH, handleStart, handleStep, handleSubmit } from "@/lib/server/intake/handlers";
import { SAMPLE } from "@/tests/support/sample-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { answers, fileOf, filingRows, fillDraft, formOf, freshContext, NOW, prepare, submit } from "./support";

let testDb: TestDb;
let registryNumber: string;

beforeAll(async () => {
  testDb = await createTestDb();
  registryNumber = (await prepare(testDb.db)).number;
});
afterAll(async () => {
  await testDb?.close();
});

const errorsOf = (outcome: unknown) => (outcome as { state?: { fieldErrors?: Record<string, string[]> } }).state?.fieldErrors;
const messageOf = (outcome: unknown) => (outcome as { state?: { message?: string } }).state?.message;

/** Posts one page of a fresh draft and returns the outcome, the draft afterwards and the rows. */
async function post(step: string, fields: Record<string, string | string[]>, files: File[] = []) {
  const { db } = testDb;
  const { code } = await createDraft(db, NOW);
  const before = await filingRows(db);
  const outcome = await handleStep(db, code, formOf({ step, intent: "continue", ...fields }, files), freshContext());
  return { outcome, draft: await findDraft(db, code, NOW), before, after: await filingRows(db), files: await db.intakeDraftFile.count() };
}

describe("every bad input gets a clear message, keeps what was typed and writes nothing", () => {
  it.each([
    ["about-you", {}, { name: "Enter your full name", email: "Enter your email address", relationship: "Select how you know the case manager" }],
    ["about-you", { ...answers(null)["about-you"], email: "pat at example" }, { email: "Enter an email address in the correct format, like name@example.com" }],
    ["case-manager", { match: "NOT_LISTED" }, { name: "Enter the case manager's name, or find them in the register" }],
    ["case-manager", { match: "99999999" }, { match: "Select the case manager from the list, or choose that they are not listed" }],
    ["what-happened", { ...answers(null)["what-happened"], "conductFrom-day": "31", "conductFrom-month": "2" }, { conductFrom: "The date it started must be a real date" }],
    ["what-happened", { ...answers(null)["what-happened"], narrative: "x".repeat(10_001) }, { narrative: "The description of what happened must be 10,000 characters or fewer" }],
    ["rules", { provisions: ["S11", "P1"] }, { provisions: "Select Rules and Standards from the list" }],
    ["other-proceedings", { kind: "TWITTER", body: "posted online" }, { kind: "Select where else it was reported" }],
    ["witnesses", { witnessContact: "555-0100" }, { witnessName: "Enter the witness's name" }],
    ["consents", { releaseOfInformation: "yes", signedName: " " }, { confidentiality: "Confirm that you will keep the process confidential", signedName: "Type your full name to sign the declaration" }],
  ] as const)("%s %#", async (step, fields, expected) => {
    const { outcome, draft, before, after } = await post(step, fields as Record<string, string | string[]>);
    expect(outcome.kind).toBe("state");
    for (const [field, message] of Object.entries(expected)) expect(errorsOf(outcome)?.[field]?.[0]).toBe(message);
    // Everything typed comes back to refill the form.
    for (const [field, value] of Object.entries(fields)) {
      if (typeof value === "string") expect((outcome as { state: { values: Record<string, string> } }).state.values[field]).toBe(value);
    }
    expect(draft?.data.answers).toEqual({});
    expect(draft?.data.witnesses).toEqual([]);
    expect(draft?.data.proceedings).toEqual([]);
    expect(after).toEqual(before);
  });

  it.each([
    ["wrong type", [fileOf("invoice.pdf", Buffer.from("MZ\x90\x00not a pdf", "latin1"))], /^invoice\.pdf is not a file type we accept/],
    ["empty", [fileOf("blank.pdf", new Uint8Array())], /^blank\.pdf is empty/],
    ["oversize", [fileOf("huge.pdf", Buffer.concat([SAMPLE.pdf(), Buffer.alloc(10 * 1024 * 1024)]))], /^huge\.pdf is larger than 10 MB\. Choose a smaller file/],
    ["too many", Array.from({ length: 11 }, (_, i) => fileOf(`page-${i}.txt`, SAMPLE.text())), /^You can send up to 10 files at once/],
    ["one good, one bad", [fileOf("ok.pdf", SAMPLE.pdf()), fileOf("bad.docx", Buffer.from("PK\x03\x04 not really", "latin1"))], /^bad\.docx is not a file type/],
  ])("a rejected upload (%s) keeps no file and leaves no complaint behind", async (_name, files, message) => {
    const { outcome, draft, before, after, files: stored } = await post("evidence", {}, files);
    expect(errorsOf(outcome)?.files?.[0]).toMatch(message);
    expect(stored).toBe(0);
    expect(draft?.data.answers.evidence).toBeUndefined();
    expect(after).toEqual(before);
  });

  it("the honeypot refuses bots on every form without saying why", async () => {
    const { db } = testDb;
    const before = await filingRows(db);
    const drafts = await db.intakeDraft.count();
    const start = await handleStart(db, formOf({ [HONEYPOT_FIELD]: "http://spam.example" }), freshContext());
    expect(start).toEqual({ outcome: { kind: "state", state: { status: "error", message: BOT_MESSAGE, values: {} } } });
    expect(await db.intakeDraft.count()).toBe(drafts);

    const { outcome, draft } = await post("about-you", { ...answers(null)["about-you"], [HONEYPOT_FIELD]: "spam" });
    expect(messageOf(outcome)).toBe(BOT_MESSAGE);
    expect(draft?.data.answers).toEqual({});

    const code = await fillDraft(db, { registryNumber });
    const key = (await findDraft(db, code, NOW))!.data.idempotencyKey;
    const rowsBefore = await filingRows(db);
    const filed = await handleSubmit(db, code, formOf({ idempotencyKey: key, [HONEYPOT_FIELD]: "x" }), freshContext());
    expect(messageOf(filed)).toBe(BOT_MESSAGE);
    expect(await filingRows(db)).toEqual(rowsBefore);
    expect(rowsBefore.complaints).toBe(before.complaints);
  });

  it("an incomplete draft cannot be filed: the missing pages are named", async () => {
    const { db } = testDb;
    const { code } = await createDraft(db, NOW);
    await handleStep(db, code, formOf({ step: "about-you", ...answers(null)["about-you"] }), freshContext());
    const before = await filingRows(db);
    const outcome = await submit(db, code);
    expect(messageOf(outcome)).toBe("Some questions still need an answer before you can submit.");
    expect(Object.keys(errorsOf(outcome) ?? {})).toEqual(["case-manager", "what-happened", "rules", "other-proceedings", "evidence", "witnesses", "consents"]);
    expect(await filingRows(db)).toEqual(before);
  });

  it("a form from an out-of-date page (another draft's key) is refused", async () => {
    const { db } = testDb;
    const code = await fillDraft(db, { registryNumber });
    const before = await filingRows(db);
    const outcome = await handleSubmit(db, code, formOf({ idempotencyKey: "someone-elses-key-0000" }), freshContext());
    expect(messageOf(outcome)).toMatch(/out of date/);
    expect(await filingRows(db)).toEqual(before);
  });

  it("no draft, an unknown code or an expired draft sends the person back to the start", async () => {
    const { db } = testDb;
    expect(await handleStep(db, undefined, formOf({ step: "about-you" }), freshContext())).toEqual({ kind: "redirect", to: EXPIRED_PATH });
    expect(await handleStep(db, "AAAA-BBBB-CCCC-DDDD-EEEE", formOf({ step: "about-you" }), freshContext())).toEqual({ kind: "redirect", to: EXPIRED_PATH });
    const { code } = await createDraft(db, new Date(NOW.getTime() - 31 * 86_400_000));
    expect(await handleStep(db, code, formOf({ step: "about-you" }), freshContext())).toEqual({ kind: "redirect", to: EXPIRED_PATH });
    expect(messageOf(await handleStep(db, code, formOf({ step: "../admin" }), freshContext()))).toMatch(/does not exist/);
  });

  it("a file that changed after it was checked makes the whole filing roll back: no complaint, no reference used", async () => {
    const { db } = testDb;
    const code = await fillDraft(db, { registryNumber, files: [fileOf("a.pdf", SAMPLE.pdf()), fileOf("b.png", SAMPLE.png())] });
    const draft = await findDraft(db, code, NOW);
    const second = await db.intakeDraftFile.findFirstOrThrow({ where: { draftId: draft!.id, filename: "b.png" } });
    await db.intakeDraftFile.update({ where: { id: second.id }, data: { sha256: "0".repeat(64) } });
    const before = await filingRows(db);
    const outcome = await submit(db, code);
    expect(messageOf(outcome)).toBe("The file b.png did not arrive intact. Upload it again.");
    expect(await filingRows(db)).toEqual(before);
    expect((await findDraft(db, code, NOW))?.data.submitted).toBeUndefined();
  });

  it("filings are limited per address: past the limit nothing is filed", async () => {
    const { db } = testDb;
    const context = freshContext();
    const codes: string[] = [];
    for (let i = 0; i < 11; i += 1) codes.push(await fillDraft(db, { registryNumber, overrides: { "about-you": { email: `p${i}@example.org` } } }));
    for (const code of codes.slice(0, 10)) expect(await submit(db, code, context)).toMatchObject({ kind: "redirect" });
    const before = await filingRows(db);
    const refused = await submit(db, codes[10]!, context);
    expect(messageOf(refused)).toMatch(/^There have been too many complaints sent from your network/);
    expect(await filingRows(db)).toEqual(before);
    // Another address is not affected.
    expect(await submit(db, codes[10]!, freshContext())).toMatchObject({ kind: "redirect" });
  });
});
