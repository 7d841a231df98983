import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { StatusCorrectionSchema } from "@/lib/domain/registry";
import { correctCertificationStatus } from "@/lib/server/registry/correct-status";
import { recomputeCertificationStatus } from "@/lib/server/registry/certification-status";
import { updateCertification } from "@/lib/server/registry/records";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
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

describe("an administrator's status correction", () => {
  it("cannot clear a sanction-driven suspension: the lifecycle changes underneath, the status stays SUSPENDED", async () => {
    const { actor } = await makeAdmin(db);
    const { id } = await makeCertification(db, actor);
    const { complaint, decision } = await makeComplaintWithDecision(db, id);
    await db.sanction.create({
      data: { complaintId: complaint.id, decisionId: decision.id, certificationId: id, type: "SUSPENSION", status: "ACTIVE", isPublic: true, termMonths: 12, startsAt: new Date() },
    });
    await db.$transaction((tx) => recomputeCertificationStatus(tx, { certificationId: id, reason: "Suspension in force", actor: { kind: "SYSTEM" }, complaintId: complaint.id }));
    const suspended = await db.certification.findUniqueOrThrow({ where: { id } });
    expect(suspended.status).toBe("SUSPENDED");

    for (const lifecycleStatus of ["EXPIRED", "ACTIVE"] as const) {
      const current = await db.certification.findUniqueOrThrow({ where: { id } });
      const result = await correctCertificationStatus(db, { certificationId: id, version: current.version, lifecycleStatus, reason: "Trying to lift the suspension" }, actor);
      expect(result).toEqual({ status: "SUSPENDED", disciplinaryOverride: true });
      const after = await db.certification.findUniqueOrThrow({ where: { id } });
      expect(after).toMatchObject({ status: "SUSPENDED", lifecycleStatus });
    }
    const history = await db.certificationStatusChange.findMany({ where: { certificationId: id }, orderBy: { at: "asc" } });
    expect(history.map((change) => change.toStatus)).toEqual(["ACTIVE", "SUSPENDED"]);
    const corrections = await db.auditEvent.count({ where: { stream: `certification:${id}`, type: "CERTIFICATION_LIFECYCLE_CORRECTED" } });
    expect(corrections).toBe(2);
  });

  it("refuses SUSPENDED or REVOKED as a correction and a missing reason, at the schema", () => {
    for (const lifecycleStatus of ["SUSPENDED", "REVOKED"]) {
      const parsed = StatusCorrectionSchema.safeParse({ certificationId: "x", version: "1", lifecycleStatus, reason: "Because I can" });
      expect(parsed.success).toBe(false);
    }
    const noReason = StatusCorrectionSchema.safeParse({ certificationId: "x", version: "1", lifecycleStatus: "EXPIRED", reason: " " });
    expect(noReason.error?.issues[0]?.path).toEqual(["reason"]);
  });

  it("corrects an undisciplined record and refuses a stale version", async () => {
    const { actor } = await makeAdmin(db);
    const { id } = await makeCertification(db, actor);
    const { version } = await db.certification.findUniqueOrThrow({ where: { id } });
    expect(await correctCertificationStatus(db, { certificationId: id, version, lifecycleStatus: "RETIRED", reason: "Elected CCM-R" }, actor)).toEqual({
      status: "RETIRED",
      disciplinaryOverride: false,
    });
    await expect(correctCertificationStatus(db, { certificationId: id, version, lifecycleStatus: "ACTIVE", reason: "Stale form" }, actor)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.certification.findUniqueOrThrow({ where: { id } })).status).toBe("RETIRED");
  });

  it("edits a record's facts with a version check, refusing a number already in use", async () => {
    const { actor } = await makeAdmin(db);
    const a = await makeCertification(db, actor);
    const b = await makeCertification(db, actor);
    const current = await db.certification.findUniqueOrThrow({ where: { id: a.id } });
    const edit = {
      certificationId: a.id,
      version: current.version,
      number: b.number,
      firstName: "Casey",
      lastName: "Renamed",
      email: null,
      phone: null,
      employer: null,
      city: null,
      region: null,
      issuedAt: "2023-01-15",
      validThrough: "2029-01-31",
    };
    await expect(updateCertification(db, edit, actor)).rejects.toMatchObject({ field: "number" });
    await updateCertification(db, { ...edit, number: a.number }, actor);
    const saved = await db.certification.findUniqueOrThrow({ where: { id: a.id }, include: { certificant: true } });
    expect(saved.certificant.lastName).toBe("Renamed");
    expect(saved.version).toBe(current.version + 1);
    await expect(updateCertification(db, { ...edit, number: a.number }, actor)).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { stream: `certification:${a.id}`, type: "CERTIFICATION_UPDATED" } });
    expect(audit.payload).toMatchObject({ changed: ["validThrough", "lastName"], before: { lastName: "Manager" }, after: { lastName: "Renamed" } });
  });
});
