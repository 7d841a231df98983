import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyAuditChain } from "@/lib/server/audit/verify";
import { getProcedureRules } from "@/lib/server/admin/settings";
import { setLegalHold } from "@/lib/server/retention/legal-hold";
import { runRetentionPurge } from "@/lib/server/retention/purge";
import { retentionReport } from "@/lib/server/retention/report";
import { makeCase, T0, type MadeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
let db: PrismaClient;
let dismissed: MadeCase;
let held: MadeCase;
let violation: MadeCase;
let open: MadeCase;
let adminActor: { kind: "PERSON"; id: string };

const years = (n: number, days = 0) => new Date(T0.getTime() + (n * 365.25 + days) * 86_400_000);

beforeAll(async () => {
  testDb = await createTestDb();
  db = testDb.db;
  dismissed = await makeCase(db, { to: "CLOSED_DISMISSED" });
  held = await makeCase(db, { to: "CLOSED_DISMISSED" });
  violation = await makeCase(db, { to: "CLOSED", actions: [{ type: "LETTER_OF_INSTRUCTION", conditions: [] }] });
  open = await makeCase(db, { to: "PRELIMINARY_REVIEW" });
  adminActor = { kind: "PERSON", id: dismissed.world.admin.id };
  await db.witness.create({ data: { complaintId: dismissed.id, name: "Wendy Witness", contact: "wendy@example.org" } });
  await db.message.create({ data: { complaintId: dismissed.id, thread: "COMPLAINANT", authorKind: "COMPLAINANT", body: "My private message" } });
  const document = await db.document.create({
    data: { complaintId: dismissed.id, kind: "EVIDENCE", audience: "COMMITTEE_ONLY", filename: "records.pdf", mimeType: "application/pdf", size: 3, sha256: "0".repeat(64), uploaderKind: "COMPLAINANT" },
  });
  await db.documentBlob.create({ data: { documentId: document.id, data: Buffer.from("pdf") } });
}, 300_000);
afterAll(async () => {
  await testDb?.close();
});

describe("retention purge", () => {
  it("lists nothing before the retention period ends, and never the open or violation cases", async () => {
    const rules = await getProcedureRules(db);
    const report = await retentionReport(db, rules, years(4));
    expect(report.due).toEqual([]);
    expect(report.held).toEqual([]);
    const later = await retentionReport(db, rules, years(50));
    const listed = [...later.due, ...later.held].map((candidate) => candidate.id);
    expect(listed).not.toContain(violation.id);
    expect(listed).not.toContain(open.id);
    expect(later.permanent).toBeGreaterThanOrEqual(1);
  });

  it("purges a dismissed case past retention, keeps the held one, writes a statistic and audits, leaving the chain intact", async () => {
    await setLegalHold(db, { reference: held.reference, hold: true, reason: "Litigation pending" }, adminActor);
    const rules = await getProcedureRules(db);
    const now = years(5, 30);
    const statsBefore = await db.caseStatistic.count();
    const eventsBefore = await db.auditEvent.count({ where: { complaintId: dismissed.id } });
    const heldBefore = await db.complaint.findUniqueOrThrow({ where: { id: held.id }, include: { complainant: true } });
    // The evidence file plus the letters the workflow stored with the case.
    const blobs = await db.documentBlob.count({ where: { document: { complaintId: dismissed.id } } });
    expect(blobs).toBeGreaterThanOrEqual(1);

    const dryRun = await retentionReport(db, rules, now);
    expect(dryRun.due.map((candidate) => candidate.reference)).toEqual([dismissed.reference]);
    expect(dryRun.held.map((candidate) => candidate.reference)).toEqual([held.reference]);
    expect(await db.caseStatistic.count()).toBe(statsBefore);

    const result = await runRetentionPurge(db, rules, adminActor, now);
    expect(result).toEqual({ purged: [dismissed.reference], held: [held.reference], skipped: [] });

    const purged = await db.complaint.findUniqueOrThrow({
      where: { id: dismissed.id },
      include: { complainant: true, witnesses: true, messages: true, notes: true, documents: { include: { blob: true } } },
    });
    expect(purged.purgedAt?.toISOString()).toBe(now.toISOString());
    expect(purged.complainant).toBeNull();
    expect(purged.witnesses).toEqual([]);
    expect(purged.messages).toEqual([]);
    expect(purged.notes).toEqual([]);
    expect(purged.narrative).toMatch(/^\[Removed under the retention schedule/);
    expect(purged.respondentName).toBe("[removed]");
    expect(purged.documents.every((document) => document.blob === null && document.purgedAt !== null)).toBe(true);
    expect(purged.state).toBe("CLOSED_DISMISSED");
    expect(purged.reference).toBe(dismissed.reference);

    expect(await db.caseStatistic.count()).toBe(statsBefore + 1);
    const statistic = await db.caseStatistic.findFirstOrThrow({ orderBy: { purgedAt: "desc" } });
    expect(statistic).toMatchObject({ receivedYear: 2026, finalState: "CLOSED_DISMISSED" });
    expect(JSON.stringify(statistic)).not.toContain("Pat Complainant");

    const heldAfter = await db.complaint.findUniqueOrThrow({ where: { id: held.id }, include: { complainant: true } });
    expect(heldAfter).toEqual(heldBefore);

    expect(await db.auditEvent.count({ where: { complaintId: dismissed.id } })).toBe(eventsBefore + 1);
    const purgeEvent = await db.auditEvent.findFirstOrThrow({ where: { complaintId: dismissed.id, type: "CASE_PURGED" } });
    expect(purgeEvent.payload).toMatchObject({ retentionClass: "DISMISSED", removed: { complainant: 1, witnesses: 1, messages: 1, documentBlobs: blobs } });
    expect(await db.auditEvent.count({ where: { stream: "retention", type: "RETENTION_PURGE_RUN" } })).toBe(1);
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();
  });

  it("a second run purges nothing more; releasing the hold lets the next run purge it", async () => {
    const rules = await getProcedureRules(db);
    const now = years(5, 31);
    const stats = await db.caseStatistic.count();
    expect((await runRetentionPurge(db, rules, adminActor, now)).purged).toEqual([]);
    expect(await db.caseStatistic.count()).toBe(stats);

    await setLegalHold(db, { reference: held.reference, hold: false, reason: "Litigation settled" }, adminActor);
    expect((await runRetentionPurge(db, rules, adminActor, now)).purged).toEqual([held.reference]);
    expect(await db.caseStatistic.count()).toBe(stats + 1);
    const types = (await db.auditEvent.findMany({ where: { complaintId: held.id }, orderBy: { seq: "asc" } })).map((event) => event.type);
    expect(types.slice(-3)).toEqual(["LEGAL_HOLD_PLACED", "LEGAL_HOLD_RELEASED", "CASE_PURGED"]);
  });
});
