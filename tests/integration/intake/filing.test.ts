import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/server/audit/verify";
import { codeDigest, derivedAccessCode } from "@/lib/server/intake/codes";
import { findDraft } from "@/lib/server/intake/drafts";
import { loadConfirmation } from "@/lib/server/intake/confirmation";
import { SAMPLE } from "@/tests/support/sample-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { fileOf, fillDraft, NOW, prepare, submit } from "./support";

let testDb: TestDb;
let registry: { certificationId: string; number: string };

beforeAll(async () => {
  testDb = await createTestDb();
  registry = await prepare(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

describe("filing a complaint through the intake", () => {
  it("creates one SUBMITTED complaint with everything typed, the files, the audit event, the deadline and the acknowledgement", async () => {
    const { db } = testDb;
    const files = [fileOf("letter.pdf", SAMPLE.pdf()), fileOf("photo.jpeg", SAMPLE.png()), fileOf("notes.txt", SAMPLE.text())];
    const code = await fillDraft(db, { registryNumber: registry.number, files, witnesses: 2 });
    expect(await db.intakeDraftFile.count()).toBe(3);

    expect(await submit(db, code)).toEqual({ kind: "redirect", to: "/complaints/new/confirmation" });

    const draft = await findDraft(db, code, NOW);
    const complaint = await db.complaint.findUniqueOrThrow({
      where: { id: draft!.data.submitted!.complaintId },
      include: {
        complainant: true,
        documents: { where: { kind: "EVIDENCE" }, include: { blob: true }, orderBy: { createdAt: "asc" } },
        witnesses: true,
        proceedings: true,
        consents: true,
        provisions: true,
        deadlines: true,
        notices: true,
      },
    });
    expect(complaint).toMatchObject({
      reference: "EPC-2026-0001",
      state: "SUBMITTED",
      channel: "WEB",
      idempotencyKey: draft!.data.idempotencyKey,
      respondentName: "Casey Manager " + registry.number.slice(1).toLowerCase(),
      respondentCcmNumber: registry.number,
      respondentEmployer: "Riverside Home Health",
      codeVersion: 2023,
      settingRegion: "OH",
      noRegistryMatch: false,
      lateFiling: false,
      possibleDuplicateOfId: null,
    });
    expect(complaint.registrySnapshot).toMatchObject({ number: registry.number, status: "ACTIVE", matchedBy: "COMPLAINANT" });
    expect(complaint.conductFrom?.toISOString()).toBe("2026-01-05T00:00:00.000Z");
    expect(complaint.complainant).toMatchObject({
      name: "Pat Complainant",
      email: "pat@example.org",
      shareWithRespondent: false,
      accommodationNeeds: "Large print letters, please.",
      accessCodeHash: codeDigest(derivedAccessCode(draft!.data.idempotencyKey)),
    });
    expect(complaint.documents.map((d) => [d.filename, d.mimeType, d.uploaderKind, d.kind])).toEqual([
      ["letter.pdf", "application/pdf", "COMPLAINANT", "EVIDENCE"],
      ["photo.png", "image/png", "COMPLAINANT", "EVIDENCE"],
      ["notes.txt", "text/plain; charset=utf-8", "COMPLAINANT", "EVIDENCE"],
    ]);
    for (const document of complaint.documents) {
      expect(document.sha256).toBe(createHash("sha256").update(document.blob!.data).digest("hex"));
    }
    expect(complaint.witnesses).toHaveLength(2);
    expect(complaint.proceedings).toEqual([expect.objectContaining({ kind: "LICENSING_BOARD", body: "Ohio Board of Nursing", reference: "OH-123" })]);
    expect(complaint.consents.every((c) => c.signedName === "Pat Complainant")).toBe(true);
    expect(complaint.provisions).toEqual([expect.objectContaining({ provisionId: "2023:S11", source: "ALLEGED" })]);
    expect(complaint.deadlines).toEqual([expect.objectContaining({ kind: "ACKNOWLEDGE", status: "OPEN" })]);
    expect(complaint.notices.map((n) => n.template)).toContain("complaint-acknowledged");
    expect(complaint.notices.find((n) => n.template === "complaint-acknowledged")?.toAddress).toBe("pat@example.org");

    const submitEvent = await db.auditEvent.findFirstOrThrow({ where: { complaintId: complaint.id } });
    expect(submitEvent).toMatchObject({ type: "SUBMIT", fromState: null, toState: "SUBMITTED", actorKind: "COMPLAINANT" });
    expect((await verifyAuditChain(db)).firstBreak).toBeNull();

    // The files moved into the complaint; the draft keeps only what the confirmation needs, briefly.
    expect(await db.intakeDraftFile.count()).toBe(0);
    expect(draft!.expiresAt.getTime() - NOW.getTime()).toBe(120 * 60_000);
    const confirmation = await loadConfirmation(db, draft!);
    expect(confirmation).toMatchObject({ reference: "EPC-2026-0001", accessCode: derivedAccessCode(draft!.data.idempotencyKey), email: "pat@example.org" });
    expect(confirmation?.acknowledgeBy?.toISOString()).toBe("2026-03-16T23:59:59.999Z");
  });

  it("the same submission twice, or two at once, gives one complaint and the same access code", async () => {
    const { db } = testDb;
    const code = await fillDraft(db, { registryNumber: registry.number, files: [fileOf("a.pdf", SAMPLE.pdf())] });
    const before = await db.complaint.count();
    const draft = await findDraft(db, code, NOW);
    const outcomes = await Promise.all([submit(db, code), submit(db, code)]);
    expect(outcomes).toEqual([
      { kind: "redirect", to: "/complaints/new/confirmation" },
      { kind: "redirect", to: "/complaints/new/confirmation" },
    ]);
    expect(await submit(db, code)).toEqual({ kind: "redirect", to: "/complaints/new/confirmation" });
    expect(await db.complaint.count()).toBe(before + 1);
    const complaint = await db.complaint.findUniqueOrThrow({
      where: { idempotencyKey: draft!.data.idempotencyKey },
      include: { documents: { where: { kind: "EVIDENCE" } }, complainant: true },
    });
    expect(complaint.documents).toHaveLength(1);
    expect(complaint.complainant?.accessCodeHash).toBe(codeDigest(derivedAccessCode(draft!.data.idempotencyKey)));
  });
});
