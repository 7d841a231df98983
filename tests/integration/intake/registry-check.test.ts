import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toChoice } from "@/app/(public)/complaints/registry-choice";
import { findRegistryCandidate, searchRegistryCandidates } from "@/lib/server/intake/registry";
import { makeCertification } from "@/tests/factories";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

describe("'Is this for us?': the register check", () => {
  it("keeps an expired or retired CCM in scope for conduct while certified, and says so", async () => {
    for (const lifecycleStatus of ["EXPIRED", "RETIRED"] as const) {
      const made = await makeCertification(t.db, { lifecycleStatus, withAccount: false });
      const found = await findRegistryCandidate(t.db, made.number.toLowerCase());
      expect(found, lifecycleStatus).toMatchObject({ number: made.number, status: lifecycleStatus, currentlyCertified: false });
      expect(toChoice(found!).scope).toBe(
        "Not certified now. We can still consider a complaint about their conduct while they were certified (certification valid through 31 January 2030).",
      );
    }
  });

  it("finds a certified CCM by number and by name, in scope now", async () => {
    const made = await makeCertification(t.db, { withAccount: false });
    const byNumber = await findRegistryCandidate(t.db, made.number);
    expect(byNumber).toMatchObject({ status: "ACTIVE", currentlyCertified: true });
    expect(toChoice(byNumber!).scope).toBe("Certified now: we can consider a complaint about their conduct.");
    const byName = await searchRegistryCandidates(t.db, byNumber!.name);
    expect(byName).toMatchObject({ kind: "results", results: [expect.objectContaining({ number: made.number })] });
  });

  it("finds nobody for a person who never held a certification", async () => {
    expect(await findRegistryCandidate(t.db, "NEVER-CERTIFIED-1")).toBeNull();
    expect(await searchRegistryCandidates(t.db, "Nobody Evercertified")).toEqual({ kind: "results", results: [] });
  });
});
