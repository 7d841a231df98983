import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCase } from "@/lib/server/cases/create-case";
import { sampleNewCase } from "@/lib/server/cases/case-paths";
import { getWorld, T0, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "@/tests/support/test-db";

let testDb: TestDb;
let world: World;

beforeAll(async () => {
  testDb = await createTestDb();
  world = await getWorld(testDb.db);
});
afterAll(async () => {
  await testDb?.close();
});

const db = () => testDb.db;
const counts = async () => ({
  complaints: await db().complaint.count(),
  audit: await db().auditEvent.count(),
  notices: await db().notice.count(),
  documents: await db().document.count(),
  counter: (await db().referenceCounter.findUnique({ where: { year: 2026 } }))?.last ?? 0,
});

describe("createCase", () => {
  it("files a web complaint with everything submitted, the acknowledgement clock and notices", async () => {
    const evidence = Buffer.from("appointment log", "utf8");
    const created = await createCase(
      sampleNewCase({
        witnesses: [{ name: "Wendy Witness", contact: "wendy@example.org" }],
        proceedings: [{ kind: "LICENSING_BOARD", body: "State board", status: "open" }],
        documents: [{ filename: "log.txt", mimeType: "text/plain", size: evidence.length, sha256: createHash("sha256").update(evidence).digest("hex"), data: evidence }],
      }),
      { db: db(), now: T0 },
    );
    expect(created).toMatchObject({ created: true, version: 1 });
    expect(created.reference).toMatch(/^EPC-2026-\d{4}$/);

    const row = await db().complaint.findUniqueOrThrow({
      where: { id: created.id },
      include: { complainant: true, consents: true, provisions: true, witnesses: true, proceedings: true, documents: { include: { blob: true } }, deadlines: true },
    });
    expect(row).toMatchObject({ state: "SUBMITTED", channel: "WEB", ownMotion: false, lateFiling: false, receivedAt: T0 });
    expect(row.complainant).toMatchObject({ email: "pat.complainant@example.org", shareWithRespondent: false });
    expect(row.consents).toHaveLength(4);
    expect(row.provisions).toMatchObject([{ provisionId: "2023:S11", source: "ALLEGED" }]);
    expect(row.witnesses).toHaveLength(1);
    expect(row.proceedings).toHaveLength(1);
    // Besides the evidence, the acknowledgement letter (lib/server/letters) is stored with the filing.
    const filed = row.documents.filter((d) => d.kind !== "LETTER");
    expect(filed).toMatchObject([{ kind: "EVIDENCE", uploaderKind: "COMPLAINANT", filename: "log.txt" }]);
    expect(Buffer.from(filed[0]!.blob!.data).toString("utf8")).toBe("appointment log");
    expect(row.documents.filter((d) => d.kind === "LETTER")).toMatchObject([{ letterKind: "ACKNOWLEDGEMENT", audience: "COMMITTEE_AND_COMPLAINANT" }]);
    expect(row.deadlines).toMatchObject([{ kind: "ACKNOWLEDGE", status: "OPEN", waitingOn: "COMMITTEE" }]);

    const notices = await db().notice.findMany({ where: { complaintId: created.id } });
    expect(notices.filter((n) => n.template === "complaint-received")).toHaveLength(world.committeeIds.length);
    expect(notices.filter((n) => n.template === "complaint-acknowledged")).toMatchObject([
      { recipientKind: "COMPLAINANT", toAddress: "pat.complainant@example.org", letterKind: "ACKNOWLEDGEMENT", status: "PENDING" },
    ]);
    for (const notice of notices) {
      expect(notice.subject).toContain(created.reference);
      // No personal data in an email: not the complainant's name, not the narrative.
      expect(notice.bodyText).not.toMatch(/Pat Complainant|handover/);
    }

    expect(await db().auditEvent.findMany({ where: { stream: `case:${created.id}` } })).toMatchObject([
      { seq: 1, type: "SUBMIT", fromState: null, toState: "SUBMITTED", actorKind: "COMPLAINANT", actorId: created.id },
    ]);
  });

  it("allocates consecutive references per year", async () => {
    const a = await createCase(sampleNewCase(), { db: db(), now: T0 });
    const b = await createCase(sampleNewCase(), { db: db(), now: T0 });
    const next = (reference: string) => Number(reference.slice(-4));
    expect(next(b.reference)).toBe(next(a.reference) + 1);
    const nextYear = await createCase(sampleNewCase(), { db: db(), now: new Date("2027-01-05T10:00:00Z") });
    expect(nextYear.reference).toBe("EPC-2027-0001");
  });

  it("gives filings made at the same moment distinct consecutive references", async () => {
    const filed = await Promise.all(Array.from({ length: 6 }, () => createCase(sampleNewCase(), { db: db(), now: T0 })));
    const numbers = filed.map((created) => Number(created.reference.slice(-4))).sort((a, b) => a - b);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    const rows = await db().complaint.findMany({ where: { id: { in: filed.map((created) => created.id) } }, select: { reference: true } });
    expect(rows.map((row) => row.reference).sort()).toEqual(filed.map((created) => created.reference).sort());
  });

  it("is idempotent on the form's key, also when the same submit races itself", async () => {
    const input = sampleNewCase({ idempotencyKey: "form-key-1234" });
    const first = await createCase(input, { db: db(), now: T0 });
    const before = await counts();
    const again = await createCase(input, { db: db(), now: T0 });
    expect(again).toEqual({ ...first, created: false });
    expect(await counts()).toEqual(before);

    const racing = sampleNewCase({ idempotencyKey: "form-key-race-5678" });
    const results = await Promise.all(Array.from({ length: 5 }, () => createCase(racing, { db: db(), now: T0 })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db().complaint.count({ where: { idempotencyKey: "form-key-race-5678" } })).toBe(1);
  });

  it("opens an own-motion case for the Committee with no complainant to notify", async () => {
    const created = await createCase(
      sampleNewCase({ channel: "OWN_MOTION", complainant: undefined, consents: { releaseOfInformation: false, confidentiality: true, truthfulnessAttestation: true, signedName: "Chris Chair" } }),
      { db: db(), now: T0, actor: world.chair.actor },
    );
    const row = await db().complaint.findUniqueOrThrow({ where: { id: created.id }, include: { complainant: true } });
    expect(row).toMatchObject({ channel: "OWN_MOTION", ownMotion: true, complainant: null });
    expect(await db().notice.count({ where: { complaintId: created.id, recipientKind: "COMPLAINANT" } })).toBe(0);
  });

  it("flags a complaint filed more than a year after the complainant learned of the conduct", async () => {
    const input = sampleNewCase();
    const created = await createCase({ ...input, allegation: { ...input.allegation, learnedAt: new Date("2024-01-10T00:00:00Z") } }, { db: db(), now: T0 });
    expect((await db().complaint.findUniqueOrThrow({ where: { id: created.id } })).lateFiling).toBe(true);
  });

  it("refuses incomplete or mis-channelled filings and writes nothing", async () => {
    const before = await counts();
    await expect(createCase(sampleNewCase({ complainant: undefined }), { db: db(), now: T0 })).rejects.toMatchObject({
      code: "VALIDATION",
      details: { issues: [expect.objectContaining({ path: ["complainant"] })] },
    });
    await expect(createCase(sampleNewCase({ channel: "STAFF_ENTERED" }), { db: db(), now: T0 })).rejects.toMatchObject({ code: "GUARD_FAILED" });
    await expect(createCase(sampleNewCase({ channel: "OWN_MOTION", complainant: undefined }), { db: db(), now: T0, actor: world.staff.actor })).rejects.toMatchObject({
      code: "GUARD_FAILED",
    });
    const bytes = Buffer.from("x");
    await expect(
      createCase(sampleNewCase({ documents: [{ filename: "x.txt", mimeType: "text/plain", size: 1, sha256: "0".repeat(64), data: bytes }] }), { db: db(), now: T0 }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    // The failed filing's transaction took its reference number back with it.
    expect(await counts()).toEqual(before);
  });
});
