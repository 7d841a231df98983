import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCaseView } from "@/lib/server/cases/case-view";
import { actorForPerson } from "@/lib/server/cases/actor";
import { runTransition } from "@/lib/server/cases/run-transition";
import { getWorld, makeCase, type MadeCase, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
let world: World;
let made: MadeCase;

const evidence = Buffer.from("my diary", "utf8");

beforeAll(async () => {
  testDb = await createTestDb();
  world = await getWorld(testDb.db);
  made = await makeCase(testDb.db, {
    to: "COMMITTEE_REVIEW",
    complaint: {
      documents: [{ filename: "diary.txt", mimeType: "text/plain", size: evidence.length, sha256: createHash("sha256").update(evidence).digest("hex"), data: evidence }],
    },
  });
  await runTransition({
    caseId: made.id,
    actor: world.chair.actor,
    event: {
      type: "PROPOSE_DISPOSITION",
      findings: "Services ended without notice.",
      provisions: [{ codeVersion: 2023, code: "S11" }],
      actions: [{ type: "PRIVATE_REPRIMAND" }],
      reasons: "Confidential deliberation summary.",
      votes: world.committeeIds.map((personId) => ({ personId, choice: "FOR" as const })),
    },
    now: made.clock.advanceDays(1),
    db: testDb.db,
  });
  await testDb.db.internalNote.create({ data: { complaintId: made.id, authorId: world.staff.id, body: "Called the employer." } });
  await testDb.db.recusal.create({ data: { complaintId: made.id, personId: world.members[2].id, decidedById: world.chair.id, reason: "Conflict", source: "DECLARATION" } });
});
afterAll(async () => {
  await testDb?.close();
});

const view = (actor: Parameters<typeof loadCaseView>[1]) => loadCaseView(made.id, actor, { db: testDb.db });

describe("loadCaseView cuts the record to what each actor may see", () => {
  it("gives staff everything, internal notes and votes included", async () => {
    const { detail } = await view(world.staff.actor);
    expect(detail?.complainant?.name).toBe("Pat Complainant");
    expect(detail?.notes).toHaveLength(1);
    expect(detail?.decisions[0]?.votes.length).toBe(world.committeeIds.length);
    // Formal letters (lib/server/letters) are documents too: the acknowledgement, the Notice of Complaint, the proposal.
    expect(detail?.documents.map((d) => d.kind).filter((kind) => kind !== "LETTER").sort()).toEqual(["EVIDENCE", "RESPONSE"]);
  });

  it("gives the respondent the issued proposal without the complainant's identity, their documents and no notes", async () => {
    const { access, detail } = await view(world.respondent);
    expect(access.kind).toBe("RESPONDENT");
    expect(detail?.complainant).toBeNull();
    expect(detail?.notes).toBeNull();
    // Their letters (Notice of Complaint, Proposed Disposition) and their response; nothing of the complainant's.
    expect(detail?.documents.map((d) => d.kind).sort()).toEqual(["LETTER", "LETTER", "RESPONSE"]);
    expect(detail?.documents.every((d) => d.kind !== "LETTER" || d.audience === "COMMITTEE_AND_RESPONDENT")).toBe(true);
    expect(detail?.decisions).toMatchObject([{ stage: "PROPOSED", findings: "Services ended without notice." }]);
    expect(detail?.deadlines.every((d) => d.waitingOn === "CCM")).toBe(true);

    // A decision not yet issued (its letter not sent) is not shown to a party, votes least of all.
    await testDb.db.decision.updateMany({ where: { complaintId: made.id }, data: { issuedAt: null } });
    expect((await view(world.respondent)).detail?.decisions).toEqual([]);
    await testDb.db.decision.updateMany({ where: { complaintId: made.id }, data: { issuedAt: made.clock.now() } });
  });

  it("gives the complainant their own submission and milestones, never the CCM's response or the deliberations", async () => {
    const { access, detail } = await view(made.complainant);
    expect(access.kind).toBe("COMPLAINANT");
    expect(detail?.documents.filter((d) => d.kind !== "LETTER").map((d) => d.filename)).toEqual(["diary.txt"]);
    expect(detail?.documents.filter((d) => d.kind === "LETTER").map((d) => d.audience)).toEqual(["COMMITTEE_AND_COMPLAINANT"]);
    expect(detail?.decisions).toEqual([]);
    expect(detail?.notes).toBeNull();
    expect(JSON.stringify(detail)).not.toContain("Confidential deliberation");
  });

  it("gives a recused member the reference only, and strangers nothing", async () => {
    expect(await view(world.members[2].actor)).toEqual({ id: made.id, reference: made.reference, access: expect.objectContaining({ kind: "RECUSED" }), detail: null });
    await expect(view(world.otherCcm)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("builds actors from the database, not from what a client says", async () => {
    expect(await actorForPerson(world.respondent.personId, { db: testDb.db })).toEqual(world.respondent);
    await testDb.db.person.update({ where: { id: world.admin.id }, data: { active: false } });
    expect(await actorForPerson(world.admin.id, { db: testDb.db })).toBeNull();
  });
});
