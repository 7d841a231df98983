import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewCaseInput } from "@/lib/domain/new-case";
import { sampleNewCase } from "@/lib/server/cases/case-paths";
import { loadPortalCase } from "@/lib/server/portal/case-view";
import { loadPortalHome } from "@/lib/server/portal/home";
import { getWorld, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { caseForNewCcm } from "./support";

let testDb: TestDb;
let world: World;
const db = () => testDb.db;

beforeAll(async () => {
  testDb = await createTestDb();
  world = await getWorld(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

const NAME = "Quentin Withheldson";
const EMAIL = "quentin.withheld@example.org";
const ORGANISATION = "Hidden Valley Clinic";

function complaint(share: boolean): Partial<NewCaseInput> {
  const base = sampleNewCase();
  return {
    complainant: {
      name: NAME,
      email: EMAIL,
      organisation: ORGANISATION,
      phone: "+1 555 0100",
      relationship: "CLIENT",
      shareWithRespondent: share,
      accessCodeHash: base.complainant!.accessCodeHash,
    },
    consents: { ...base.consents, signedName: NAME },
    witnesses: [{ name: `${NAME} Senior`, contact: EMAIL }],
  };
}

/** Everything the portal loaders return for the case, as one string to search. */
async function everythingTheCcmGets(caseId: string, ccm: Parameters<typeof loadPortalCase>[1], now: Date) {
  return JSON.stringify([await loadPortalCase(caseId, ccm, { db: db(), now }), await loadPortalHome(ccm, { db: db(), now })]);
}

describe("the complainant's identity", () => {
  it("is absent from everything the portal returns when withheld, at every stage the CCM can see", async () => {
    const made = await caseForNewCcm(db(), { to: "APPEAL_WINDOW", complaint: complaint(false) });
    const serialised = await everythingTheCcmGets(made.id, made.ccm, made.clock.now());
    for (const secret of [NAME, "Quentin", "Withheldson", EMAIL, ORGANISATION, "555 0100"]) expect(serialised).not.toContain(secret);
    expect(serialised).toContain(made.reference);
    const view = await loadPortalCase(made.id, made.ccm, { db: db(), now: made.clock.now() });
    expect(view.complainant).toBeNull();
    expect(view.letters.length).toBeGreaterThan(0);
    expect(view.decisions.length).toBeGreaterThan(0);
  });

  it("is shown when the complainant agreed to share it", async () => {
    const made = await caseForNewCcm(db(), { to: "AWAITING_RESPONSE", complaint: complaint(true) });
    const view = await loadPortalCase(made.id, made.ccm, { db: db(), now: made.clock.now() });
    expect(view.complainant).toEqual({ name: NAME, organisation: ORGANISATION, relationship: "CLIENT" });
    // Contact details are never part of the portal's view, shared or not.
    expect(JSON.stringify(view)).not.toContain(EMAIL);
  });

  it("never includes internal notes or votes, and only documents shared with the CCM or sent by them", async () => {
    const made = await caseForNewCcm(db(), { to: "PROPOSED_DISPOSITION", complaint: complaint(false) });
    await db().internalNote.create({ data: { complaintId: made.id, authorId: world.chair.id, body: "INTERNAL: credibility concerns" } });
    const internal = await db().document.create({
      data: { complaintId: made.id, kind: "EVIDENCE", audience: "COMMITTEE_ONLY", filename: "internal-memo.pdf", mimeType: "application/pdf", size: 1, sha256: "0", uploaderKind: "STAFF" },
    });
    const shared = await db().document.create({
      data: { complaintId: made.id, kind: "EVIDENCE", audience: "COMMITTEE_AND_RESPONDENT", filename: "shared-record.pdf", mimeType: "application/pdf", size: 1, sha256: "0", uploaderKind: "STAFF" },
    });
    const view = await loadPortalCase(made.id, made.ccm, { db: db(), now: made.clock.now() });
    const serialised = JSON.stringify(view);
    expect(serialised).not.toContain("INTERNAL: credibility");
    expect(serialised).not.toContain("internal-memo.pdf");
    expect(serialised).not.toMatch(/"votes"|"choice"/);
    expect(view.documents.map((d) => d.id)).toContain(shared.id);
    expect(view.documents.map((d) => d.id)).not.toContain(internal.id);
    // The proposal was issued to the CCM, so they read its findings; the votes behind it stay internal.
    expect(view.decisions.find((d) => d.stage === "PROPOSED")?.findings).toBeTruthy();
  });

  it("is granted by disclosure later: the portal shows it from then on", async () => {
    const made = await caseForNewCcm(db(), { to: "COMMITTEE_REVIEW", complaint: complaint(false) });
    expect((await loadPortalCase(made.id, made.ccm, { db: db(), now: made.clock.now() })).complainant).toBeNull();
    await db().complaint.update({ where: { id: made.id }, data: { identityDisclosureGranted: true } });
    expect((await loadPortalCase(made.id, made.ccm, { db: db(), now: made.clock.now() })).complainant?.name).toBe(NAME);
  });
});
