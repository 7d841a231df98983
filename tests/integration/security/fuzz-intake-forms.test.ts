import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, findDraft } from "@/lib/server/intake/drafts";
import { HONEYPOT_FIELD } from "@/lib/server/intake/form-result";
import { handleResume, handleStart, handleStep, handleSubmit } from "@/lib/server/intake/handlers";
import { INTAKE_STEP_IDS } from "@/lib/domain/intake/steps";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { answers, fillDraft, freshContext, NOW, prepare } from "../intake/support";
import { FuzzTally, fuzzForm } from "./support";

/**
 * Fuzzing the public complaint form (lib/server/intake/handlers.ts, which the actions in
 * app/(public)/complaints/new/actions.ts call): every page, the start, the resume code and the
 * final submit, each posted with hostile values, wrong types and polluting keys.
 */
const RUNS = 15;
const tally = new FuzzTally();
let testDb: TestDb;
let registryNumber: string;

beforeAll(async () => {
  testDb = await createTestDb();
  registryNumber = (await prepare(testDb.db)).number;
});
afterAll(async () => {
  tally.print("intake forms");
  await testDb?.close();
});

const COMMON = ["intent", "return", HONEYPOT_FIELD];

function validPage(step: string): Record<string, string | readonly string[]> {
  const a = answers(registryNumber);
  const pages: Record<string, Record<string, string | readonly string[]>> = {
    ...a,
    "other-proceedings": { kind: "LICENSING_BOARD", body: "Ohio Board of Nursing", status: "Open", reference: "OH-123" },
    evidence: {},
    witnesses: { witnessName: "Sam Witness", witnessContact: "555-0100", witnessRelation: "Colleague" },
  };
  return { step, intent: "continue", ...pages[step] };
}

describe("the intake form refuses hostile input cleanly: a message, never a failure, nothing written", () => {
  it.each(INTAKE_STEP_IDS.map((step) => [step]))("the %s page", async (step) => {
    const { db } = testDb;
    const { code } = await createDraft(db, NOW);
    const valid = validPage(step);
    await fuzzForm({
      db,
      surface: `page ${step}`,
      tally,
      valid,
      fields: [...Object.keys(valid).filter((name) => name !== "step"), ...COMMON, "files"],
      numRuns: RUNS,
      run: (form) => handleStep(db, code, form, freshContext()),
    });
    expect(tally.get(`page ${step}`).runs).toBe(RUNS);
  });

  it("a page name that is not a page", async () => {
    const { db } = testDb;
    const { code } = await createDraft(db, NOW);
    await fuzzForm({
      db,
      surface: "unknown page",
      tally,
      valid: validPage("about-you"),
      fields: ["step"],
      numRuns: RUNS,
      run: (form) => handleStep(db, code, form, freshContext()),
    });
  });

  it("the start button", async () => {
    const { db } = testDb;
    await fuzzForm({
      db,
      surface: "start",
      tally,
      valid: { [HONEYPOT_FIELD]: "" },
      fields: [HONEYPOT_FIELD, "intent"],
      numRuns: RUNS,
      run: async (form) => (await handleStart(db, form, freshContext())).outcome,
    });
  });

  it("the resume code", async () => {
    const { db } = testDb;
    await fuzzForm({
      db,
      surface: "resume",
      tally,
      valid: { code: "ABCD-EFGH-JKMN-PQRS" },
      fields: ["code"],
      numRuns: RUNS,
      run: async (form) => (await handleResume(db, String(form.get("code") ?? ""), freshContext())).outcome,
    });
    expect(tally.get("resume").accepted).toBe(0);
  });

  it("the final submit, on a complete draft", async () => {
    const { db } = testDb;
    let code = await fillDraft(db, { registryNumber });
    const KEY = "the draft's own key";
    await fuzzForm({
      db,
      surface: "submit",
      tally,
      valid: { idempotencyKey: KEY, [HONEYPOT_FIELD]: "" },
      fields: ["idempotencyKey", HONEYPOT_FIELD, "step", "intent"],
      numRuns: RUNS,
      run: async (form) => {
        if (form.get("idempotencyKey") === KEY) form.set("idempotencyKey", (await findDraft(db, code, NOW))!.data.idempotencyKey);
        const outcome = await handleSubmit(db, code, form, freshContext());
        // An accepted filing uses up the draft: the next run gets a new one.
        if (outcome.kind === "redirect" && (await findDraft(db, code, NOW))?.data.submitted) code = await fillDraft(db, { registryNumber });
        return outcome;
      },
    });
  });
});
