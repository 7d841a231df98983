import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCaseSearch } from "@/lib/domain/committee/case-search";
import { listCases } from "@/lib/server/committee/case-list";
import { findDraft } from "@/lib/server/intake/drafts";
import { getWorld } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { fillDraft, freshContext, NOW, prepare, submit } from "./support";

let testDb: TestDb;
let registryNumber: string;

beforeAll(async () => {
  testDb = await createTestDb();
  registryNumber = (await prepare(testDb.db)).number;
});
afterAll(async () => {
  await testDb?.close();
});

const DAY = 86_400_000;

async function file(options: Parameters<typeof fillDraft>[1], now = NOW) {
  const { db } = testDb;
  const context = freshContext(now);
  const code = await fillDraft(db, { ...options, context });
  expect(await submit(db, code, context)).toMatchObject({ kind: "redirect" });
  const draft = await findDraft(db, code, now);
  return db.complaint.findUniqueOrThrow({ where: { id: draft!.data.submitted!.complaintId } });
}

describe("triage signals computed at filing, on the new case for staff", () => {
  it("no registry match: a case manager described instead of picked from the register", async () => {
    const complaint = await file({ registryNumber: null });
    expect(complaint).toMatchObject({ noRegistryMatch: true, respondentName: "Jo Unlisted", respondentCcmNumber: null, registrySnapshot: null });
  });

  it("possible duplicate: same complainant email and same CCM within 30 days (the email's case does not matter)", async () => {
    const first = await file({ registryNumber, overrides: { "about-you": { email: "dup@example.org" } } }, new Date(NOW.getTime() - 29 * DAY));
    const second = await file({ registryNumber, overrides: { "about-you": { email: "DUP@example.org" } } });
    expect(first.possibleDuplicateOfId).toBeNull();
    expect(second.possibleDuplicateOfId).toBe(first.id);
  });

  it("not a duplicate: another CCM, another complainant, or more than 30 days apart", async () => {
    await file({ registryNumber, overrides: { "about-you": { email: "old@example.org" } } }, new Date(NOW.getTime() - 31 * DAY));
    expect((await file({ registryNumber, overrides: { "about-you": { email: "old@example.org" } } })).possibleDuplicateOfId).toBeNull();
    expect((await file({ registryNumber, overrides: { "about-you": { email: "someone-else@example.org" } } })).possibleDuplicateOfId).toBeNull();
    const described = await file({ registryNumber: null, overrides: { "about-you": { email: "old@example.org" } } });
    expect(described.possibleDuplicateOfId).toBeNull();
  });

  it("duplicates of a described case manager match on the name when neither has a number", async () => {
    const first = await file({ registryNumber: null, overrides: { "about-you": { email: "named@example.org" } } });
    const second = await file({ registryNumber: null, overrides: { "about-you": { email: "named@example.org" }, "case-manager": { name: "jo unlisted" } } });
    expect(second.possibleDuplicateOfId).toBe(first.id);
  });

  it("late filing: learned of it more than a year ago, unless a Rule with no time limit is alleged", async () => {
    const learnedLongAgo = {
      "what-happened": {
        "conductFrom-day": "1",
        "conductFrom-month": "1",
        "conductFrom-year": "2024",
        "learnedAt-day": "1",
        "learnedAt-month": "2",
        "learnedAt-year": "2025",
      },
    };
    const late = await file({ registryNumber, overrides: { ...learnedLongAgo, "about-you": { email: "late@example.org" } } });
    expect(late).toMatchObject({ lateFiling: true, codeVersion: 2023 });
    const exempt = await file({ registryNumber, overrides: { ...learnedLongAgo, rules: { provisions: ["R2", "S21"] }, "about-you": { email: "r2@example.org" } } });
    expect(exempt.lateFiling).toBe(false);
    expect((await file({ registryNumber, overrides: { "about-you": { email: "recent@example.org" } } })).lateFiling).toBe(false);
  });

  it("cites the Code edition in force when the conduct happened", async () => {
    const complaint = await file({
      registryNumber,
      overrides: {
        "about-you": { email: "edition@example.org" },
        "what-happened": { "conductFrom-day": "1", "conductFrom-month": "6", "conductFrom-year": "2016", "learnedAt-day": "1", "learnedAt-month": "1", "learnedAt-year": "2026" },
      },
    });
    expect(complaint.codeVersion).toBe(2015);
    const provisions = await testDb.db.caseProvision.findMany({ where: { complaintId: complaint.id } });
    expect(provisions.map((p) => p.provisionId)).toEqual(["2015:S11"]);
  });

  it("each signal shows on the new case in the staff queue, and the queue filters by it", async () => {
    const staff = (await getWorld(testDb.db)).staff.actor;
    const learnedLongAgo = { "conductFrom-day": "1", "conductFrom-month": "1", "conductFrom-year": "2024", "learnedAt-day": "1", "learnedAt-month": "2", "learnedAt-year": "2025" };
    const late = await file({ registryNumber, overrides: { "what-happened": learnedLongAgo, "about-you": { email: "queue-late@example.org" } } });
    const unmatched = await file({ registryNumber: null, overrides: { "about-you": { email: "queue-nomatch@example.org" }, "case-manager": { name: "Quinn Queue" } } });
    const original = await file({ registryNumber, overrides: { "about-you": { email: "queue-dup@example.org" } } });
    const duplicate = await file({ registryNumber, overrides: { "about-you": { email: "queue-dup@example.org" } } });

    const intake = await listCases(testDb.db, staff, parseCaseSearch({ queue: "intake" }));
    const row = (id: string) => intake.rows.find((r) => r.id === id);
    expect(row(late.id)).toMatchObject({ state: "SUBMITTED", lateFiling: true, noRegistryMatch: false, possibleDuplicate: false });
    expect(row(unmatched.id)).toMatchObject({ state: "SUBMITTED", lateFiling: false, noRegistryMatch: true, possibleDuplicate: false, respondentName: "Quinn Queue" });
    expect(row(original.id)).toMatchObject({ lateFiling: false, noRegistryMatch: false, possibleDuplicate: false });
    expect(row(duplicate.id)).toMatchObject({ lateFiling: false, noRegistryMatch: false, possibleDuplicate: true });
    expect(row(duplicate.id)?.nextDeadline).toMatchObject({ kind: "ACKNOWLEDGE" });

    const flagged = async (flag: string) => (await listCases(testDb.db, staff, parseCaseSearch({ flags: flag }))).rows.map((r) => r.id);
    expect(await flagged("late")).toContain(late.id);
    expect(await flagged("late")).not.toContain(unmatched.id);
    expect(await flagged("nomatch")).toContain(unmatched.id);
    expect(await flagged("nomatch")).not.toContain(late.id);
    expect(await flagged("duplicate")).toContain(duplicate.id);
    expect(await flagged("duplicate")).not.toContain(original.id);
  });
});
