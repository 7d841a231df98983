import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getPublicCertification, searchPublicRegister } from "@/lib/server/verification/lookup";
import { VerifyQuerySchema } from "@/lib/domain/registry-verification";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { makeCase } from "@/tests/factories";
import { makeAdmin, makeCertification, makeComplaintWithDecision } from "./fixtures";

let testDb: TestDb;
let db: PrismaClient;

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
});
afterAll(async () => {
  await testDb?.close();
});

async function provision(code: string, title: string) {
  return db.codeProvision.upsert({
    where: { id: `2023:${code}` },
    update: {},
    create: { id: `2023:${code}`, codeVersion: 2023, code, kind: code.startsWith("R") ? "RULE" : "STANDARD", title, description: title, plainLanguage: title, sortOrder: Number(code.slice(1)) },
  });
}

describe("public verification", () => {
  it("shows final public sanctions with breached provisions, and nothing private, pending, stayed or reversed", async () => {
    const { actor } = await makeAdmin(db);
    const cert = await makeCertification(db, actor, { firstName: "Verity", lastName: "Publica" });
    const s3 = await provision("S3", "Competence");
    const s9 = await provision("S9", "Compliance with Proceedings");

    const sanction = async (type: string, status: string, isPublic: boolean, breached: string[] = []) => {
      const { complaint, decision } = await makeComplaintWithDecision(db, cert.id);
      for (const provisionId of breached) await db.caseProvision.create({ data: { complaintId: complaint.id, provisionId, source: "BREACHED", decisionId: decision.id } });
      await db.caseProvision.create({ data: { complaintId: complaint.id, provisionId: s9.id, source: "ALLEGED" } });
      await db.sanction.create({
        data: {
          complaintId: complaint.id,
          decisionId: decision.id,
          certificationId: cert.id,
          type: type as never,
          status: status as never,
          isPublic,
          startsAt: new Date("2026-03-01T00:00:00Z"),
          endsAt: type === "SUSPENSION" ? new Date("2027-03-01T00:00:00Z") : null,
        },
      });
      return complaint;
    };
    await sanction("SUSPENSION", "ACTIVE", true, [s3.id]);
    await sanction("PUBLIC_REPRIMAND", "COMPLETED", true);
    // Never public: private outcomes (even if mis-flagged), not yet final, stayed, set aside, unpublished.
    await sanction("LETTER_OF_INSTRUCTION", "ACTIVE", true);
    await sanction("PRIVATE_REPRIMAND", "ACTIVE", true);
    await sanction("REVOCATION", "PENDING_FINAL", true);
    await sanction("REVOCATION", "PROPOSED", true);
    await sanction("PROBATION", "STAYED", true);
    await sanction("PROBATION", "REVERSED", true);
    await sanction("PROBATION", "SUPERSEDED", true);
    await sanction("PUBLIC_REPRIMAND", "ACTIVE", false);
    // A pending complaint with no sanction at all.
    await makeComplaintWithDecision(db, cert.id);

    const record = await getPublicCertification(db, cert.number.toLowerCase());
    expect(record).not.toBeNull();
    expect(Object.keys(record!).sort()).toEqual(["name", "number", "onProbation", "publicSanctions", "status", "statusLabel", "validThrough"]);
    expect(record).toMatchObject({ number: cert.number, name: "Verity Publica", status: "ACTIVE", statusLabel: "Active", validThrough: "2028-01-31", onProbation: false });
    expect(record!.publicSanctions).toEqual([
      {
        type: "SUSPENSION",
        typeLabel: "Suspension",
        status: "ACTIVE",
        startsOn: "2026-03-01",
        endsOn: "2027-03-01",
        breachedProvisions: [{ code: "S3", codeVersion: 2023, title: "Competence" }],
      },
      { type: "PUBLIC_REPRIMAND", typeLabel: "Public reprimand", status: "COMPLETED", startsOn: "2026-03-01", endsOn: null, breachedProvisions: [] },
    ]);
    const json = JSON.stringify(record);
    for (const secret of ["EPC-", "narrative", "Letter of Instruction", "Private", "S9", "complaint"]) expect(json).not.toContain(secret);
  });

  it("finds by exact number or by name, refuses short queries and says when a name is too broad", async () => {
    const { actor } = await makeAdmin(db);
    const cert = await makeCertification(db, actor, { firstName: "Quentin", lastName: "Zyxwabble" });
    for (let index = 0; index < 51; index += 1) await makeCertification(db, actor, { firstName: `Common${index}`, lastName: "Broadname" });

    expect(await searchPublicRegister(db, cert.number)).toMatchObject({ kind: "results", results: [{ number: cert.number }] });
    expect(await searchPublicRegister(db, cert.number.slice(0, -1))).toEqual({ kind: "results", results: [] });
    expect(await searchPublicRegister(db, "quentin zyxw")).toMatchObject({ kind: "results", results: [{ name: "Quentin Zyxwabble" }] });
    expect(await searchPublicRegister(db, "Broadname")).toEqual({ kind: "too-broad", count: 51 });
    expect(await searchPublicRegister(db, "Common1 Broadname")).toMatchObject({ kind: "results" });
    expect(VerifyQuerySchema.safeParse("Zy").success).toBe(false);
    expect(VerifyQuerySchema.safeParse("  Zyx ").data).toBe("Zyx");
    expect(await getPublicCertification(db, "CCM-NOPE-404")).toBeNull();
  });

  it("through the real workflow: a final suspension shows; proposed, pending-appeal and dismissed cases never do", async () => {
    const suspended = await makeCase(db, { to: "SANCTION_ACTIVE" });
    await makeCase(db, { to: "CLOSED_DISMISSED" });
    await makeCase(db, { to: "PROPOSED_DISPOSITION", actions: [{ type: "REVOCATION" }] });
    await makeCase(db, { to: "APPEAL_FILED", actions: [{ type: "PUBLIC_REPRIMAND" }] });
    await makeCase(db, { to: "CLOSED", actions: [{ type: "PRIVATE_REPRIMAND" }] });
    const certification = await db.certification.findUniqueOrThrow({ where: { id: suspended.world.respondentCertificationId } });
    const record = await getPublicCertification(db, certification.number);
    expect(record).toMatchObject({ status: "SUSPENDED", statusLabel: "Suspended" });
    expect(record!.publicSanctions).toHaveLength(1);
    expect(record!.publicSanctions[0]).toMatchObject({ type: "SUSPENSION", status: "ACTIVE" });
    expect(record!.publicSanctions[0]!.breachedProvisions.length).toBeGreaterThan(0);
    const json = JSON.stringify(record);
    for (const hidden of ["REVOCATION", "PUBLIC_REPRIMAND", "PRIVATE_REPRIMAND", suspended.reference]) expect(json).not.toContain(hidden);
  }, 300_000);
});
