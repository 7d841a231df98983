import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { derivedAccessCode } from "@/lib/server/intake/codes";
import { loadConfirmation } from "@/lib/server/intake/confirmation";
import { addDraftFiles } from "@/lib/server/intake/draft-files";
import { ALREADY_SENT, deleteDraft, findDraft, purgeExpiredDrafts, saveDraft } from "@/lib/server/intake/drafts";
import { FILING_LEASE_SECONDS } from "@/lib/domain/intake/filing";
import { fileAcceptedComplaints, overdueFilings } from "@/lib/server/intake/file-accepted";
import { signInWithAccessCode } from "@/lib/server/intake/status/sign-in";
import { startWorker } from "@/lib/server/scheduler/worker-loop";
import { SAMPLE } from "@/tests/support/sample-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { accept, fileOf, fillDraft, freshContext, NOW, prepare } from "./support";

let testDb: TestDb;
let registry: { certificationId: string; number: string };
const db = () => testDb.db;
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

beforeAll(async () => {
  testDb = await createTestDb();
  registry = await prepare(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

async function accepted(options: { files?: File[] } = {}) {
  const code = await fillDraft(db(), { registryNumber: registry.number, files: options.files ?? [] });
  expect(await accept(db(), code)).toEqual({ kind: "redirect", to: "/complaints/new/confirmation" });
  const draft = (await findDraft(db(), code, NOW))!;
  return { code, draft, key: draft.data.idempotencyKey, reference: draft.data.submitted!.reference };
}

const complaintOf = (key: string) => db().complaint.findUnique({ where: { idempotencyKey: key }, include: { deadlines: true, documents: { where: { kind: "EVIDENCE" } } } });

describe("the intake accepts a complaint and files it behind the response (ADR 0030)", () => {
  it("accepting takes the reference and shows the confirmation; the worker files the complaint as received then", async () => {
    const { code, draft, key, reference } = await accepted({ files: [fileOf("letter.pdf", SAMPLE.pdf())] });
    expect(draft.step).toBe("accepted");
    expect(draft.data.submitted).toEqual({ reference, at: NOW.toISOString() });
    expect(reference).toMatch(/^EPC-2026-\d{4}$/);
    expect(await complaintOf(key)).toBeNull();

    const confirmation = (await loadConfirmation(db(), draft))!;
    expect(confirmation).toMatchObject({ reference, accessCode: derivedAccessCode(key), receivedAt: NOW, email: "pat@example.org" });

    // Expiry, "start again" and "I have saved my code" never delete a complaint still to be filed;
    // the last two only expire it, so the confirmation is not shown again.
    await purgeExpiredDrafts(db(), later(3 * 86_400));
    await deleteDraft(db(), draft.id, later(2));
    expect(await db().intakeDraft.count({ where: { id: draft.id } })).toBe(1);
    expect(await findDraft(db(), code, later(3))).toBeNull();

    expect(await fileAcceptedComplaints(db(), { now: () => later(5) })).toBe(1);
    const complaint = (await complaintOf(key))!;
    expect(complaint).toMatchObject({ reference, state: "SUBMITTED", receivedAt: NOW });
    expect(complaint.documents.map((d) => d.filename)).toEqual(["letter.pdf"]);
    expect(complaint.deadlines.find((d) => d.kind === "ACKNOWLEDGE")?.dueAt).toEqual(confirmation.acknowledgeBy);
    const filed = await db().intakeDraft.findUniqueOrThrow({ where: { id: draft.id } });
    expect(filed.step).toBe("submitted");
    expect(filed.data).toMatchObject({ submitted: { reference, complaintId: complaint.id } });
    expect(await db().intakeDraftFile.count({ where: { draftId: draft.id } })).toBe(0);
    expect(await fileAcceptedComplaints(db(), { now: () => later(6) })).toBe(0);
    // Filed, the finished draft goes with the next purge.
    expect(await purgeExpiredDrafts(db(), later(7))).toBeGreaterThanOrEqual(1);
    expect(await db().intakeDraft.count({ where: { id: draft.id } })).toBe(0);
  });

  it("a filer that stops mid-filing leaves the draft to be claimed again when its lease runs out", async () => {
    const { draft, key } = await accepted();
    await db().intakeDraft.update({ where: { id: draft.id }, data: { step: "filing", updatedAt: later(1) } });
    expect(await fileAcceptedComplaints(db(), { now: () => later(FILING_LEASE_SECONDS - 5) })).toBe(0);
    expect(await complaintOf(key)).toBeNull();
    expect(await fileAcceptedComplaints(db(), { now: () => later(FILING_LEASE_SECONDS + 5) })).toBe(1);
    expect(await complaintOf(key)).not.toBeNull();
  });

  it("two workers at once file every accepted complaint once", async () => {
    const drafts = [await accepted(), await accepted(), await accepted(), await accepted()];
    const counts = await Promise.all([fileAcceptedComplaints(db()), fileAcceptedComplaints(db())]);
    expect(counts[0]! + counts[1]!).toBe(4);
    const references = await db().complaint.findMany({ where: { idempotencyKey: { in: drafts.map((d) => d.key) } }, select: { reference: true } });
    expect(references.map((r) => r.reference).sort()).toEqual(drafts.map((d) => d.reference).sort());
  });

  it("signing in on the status page before the worker got to it files the complaint then", async () => {
    const { key, reference } = await accepted();
    const result = await signInWithAccessCode(db(), { reference, accessCode: derivedAccessCode(key) }, freshContext(later(2)));
    expect(result).toMatchObject({ ok: true });
    expect((await complaintOf(key))?.reference).toBe(reference);
  });

  it("a wrong access code before filing is refused like an unknown reference and files nothing", async () => {
    const { key, reference } = await accepted();
    const result = await signInWithAccessCode(db(), { reference, accessCode: "AAAAAAAAAAAAAAAA" }, freshContext(later(2)));
    expect(result).toEqual({ ok: false, reason: "wrong" });
    expect(await db().complaint.count({ where: { idempotencyKey: key } })).toBe(0);
    expect(await fileAcceptedComplaints(db(), { now: () => later(3) })).toBe(1);
    expect(await db().complaint.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("a page saved or a file uploaded from another window after the submit is refused, and the acceptance stands", async () => {
    const code = await fillDraft(db(), { registryNumber: registry.number });
    const stale = (await findDraft(db(), code, NOW))!;
    expect(await accept(db(), code)).toEqual({ kind: "redirect", to: "/complaints/new/confirmation" });
    await expect(saveDraft(db(), stale, stale.data, "about-you", later(1))).rejects.toThrow(ALREADY_SENT);
    await expect(addDraftFiles(db(), stale.id, [{ filename: "late.pdf", mimeType: "application/pdf", size: 3, sha256: "0".repeat(64), data: Buffer.from("abc") }], later(1))).rejects.toThrow(ALREADY_SENT);
    const draft = (await findDraft(db(), code, later(2)))!;
    expect(draft.step).toBe("accepted");
    expect(draft.data.submitted?.reference).toMatch(/^EPC-2026-/);
    expect(await db().intakeDraftFile.count({ where: { draftId: draft.id } })).toBe(0);
    expect(await fileAcceptedComplaints(db(), { now: () => later(3) })).toBe(1);
  });

  it("administrators are told of complaints accepted more than 5 minutes ago and still not filed", async () => {
    const { reference } = await accepted();
    expect(await overdueFilings(db(), later(4 * 60))).toEqual({ count: 0, oldestAcceptedAt: null });
    expect(await overdueFilings(db(), later(6 * 60))).toEqual({ count: 1, oldestAcceptedAt: NOW });
    // A filing that keeps failing is still overdue, however often it is claimed again.
    await db().intakeDraft.updateMany({ where: { data: { path: ["submitted", "reference"], equals: reference } }, data: { step: "filing", updatedAt: later(6 * 60) } });
    expect((await overdueFilings(db(), later(6 * 60))).count).toBe(1);
    expect(await fileAcceptedComplaints(db(), { now: () => later(7 * 60) })).toBe(1);
    expect((await overdueFilings(db(), later(8 * 60))).count).toBe(0);
  });

  it("the worker loop files what the intake accepted", async () => {
    const { key } = await accepted();
    const worker = startWorker({ db: db(), transport: null, delivery: { linkSecret: "unused-without-smtp-0123456789abcdef", from: "x@y", appUrl: "http://h" }, pollMs: 20 });
    await worker.idle();
    await worker.stop();
    expect(await complaintOf(key)).not.toBeNull();
  });
});
