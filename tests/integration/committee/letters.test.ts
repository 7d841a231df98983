import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "../../support/test-db";
import { pdfText } from "./pdf-text";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
});

async function letters(caseId: string) {
  return t.db.document.findMany({
    where: { complaintId: caseId, kind: "LETTER" },
    orderBy: { createdAt: "asc" },
    select: { id: true, letterKind: true, audience: true, sha256: true, size: true, mimeType: true, blob: { select: { data: true } } },
  });
}

describe("formal letters", () => {
  it("stores the acknowledgement as a PDF with its sha256, for the complainant, when the complaint is filed", async () => {
    const made = await makeCase(t.db, { to: "SUBMITTED" });
    const [ack] = await letters(made.id);
    expect(ack).toMatchObject({ letterKind: "ACKNOWLEDGEMENT", audience: "COMMITTEE_AND_COMPLAINANT", mimeType: "application/pdf" });
    const data = Buffer.from(ack!.blob!.data);
    expect(data.subarray(0, 5).toString()).toBe("%PDF-");
    expect(ack!.size).toBe(data.length);
    expect(ack!.sha256).toBe(createHash("sha256").update(data).digest("hex"));
    const text = pdfText(data);
    expect(text).toContain(made.reference);
    expect(text).toContain("Acknowledgement of your complaint");
    const notice = await t.db.notice.findFirst({ where: { complaintId: made.id, letterKind: "ACKNOWLEDGEMENT" }, select: { letterDocumentId: true } });
    expect(notice?.letterDocumentId).toBe(ack!.id);
  });
});
