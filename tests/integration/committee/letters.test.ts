import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeCase } from "@/tests/factories";
import { createTestDb, type TestDb } from "../../support/test-db";
import { pdfText } from "@/tests/support/pdf-text";

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

  it("never prints a withheld complainant's name in a letter to the CCM, even where the narrative names them", async () => {
    const name = "Ottoline Pemberton";
    const made = await makeCase(t.db, {
      to: "APPEAL_FILED",
      complaint: {
        complainant: { name, email: "o.p@example.org", relationship: "CLIENT", shareWithRespondent: false, accessCodeHash: "c".repeat(64) },
        allegation: { narrative: "Ms Pemberton asked for a handover; Ottoline was ignored.", allegedProvisions: [{ codeVersion: 2023, code: "S11" }] },
      },
    });
    const all = await letters(made.id);
    expect(all.map((l) => l.letterKind)).toEqual(
      expect.arrayContaining(["ACKNOWLEDGEMENT", "NOTICE_OF_COMPLAINT", "PROPOSED_DISPOSITION", "NOTICE_OF_HEARING", "DECISION", "APPEAL_ACK"]),
    );
    for (const letter of all) {
      const data = Buffer.from(letter.blob!.data);
      expect(letter.sha256).toBe(createHash("sha256").update(data).digest("hex"));
      const text = pdfText(data);
      if (letter.audience === "COMMITTEE_AND_RESPONDENT") {
        expect(text, letter.letterKind ?? "").not.toMatch(/Ottoline|Pemberton/);
      } else {
        expect(letter.audience).toBe("COMMITTEE_AND_COMPLAINANT");
      }
    }
    const notice = pdfText(Buffer.from(all.find((l) => l.letterKind === "NOTICE_OF_COMPLAINT")!.blob!.data));
    expect(notice).toContain("[the complainant]");
    expect(notice).toContain("Notice of Complaint");
    const ack = pdfText(Buffer.from(all.find((l) => l.letterKind === "ACKNOWLEDGEMENT")!.blob!.data));
    expect(ack).toContain("Dear Ottoline Pemberton");
  });

  it("names the complainant to the CCM where they agreed to share their identity", async () => {
    const made = await makeCase(t.db, {
      to: "AWAITING_RESPONSE",
      complaint: { complainant: { name: "Wilhelmina Open", email: "w.o@example.org", relationship: "EMPLOYER", shareWithRespondent: true, accessCodeHash: "d".repeat(64) } },
    });
    const notice = (await letters(made.id)).find((l) => l.letterKind === "NOTICE_OF_COMPLAINT")!;
    expect(pdfText(Buffer.from(notice.blob!.data))).toContain("Wilhelmina Open");
  });

  it("prints the letterhead and signatory from the procedure settings", async () => {
    const stored = await t.db.procedureSettings.findUnique({ where: { id: "current" } });
    const data = { ...((stored?.data as object) ?? {}), letterhead: { organisation: "Test Certification Board", signatoryName: "Dana Signer", signatoryTitle: "Acting Chair" } };
    await t.db.procedureSettings.upsert({ where: { id: "current" }, create: { id: "current", data }, update: { data } });
    const made = await makeCase(t.db, { to: "SUBMITTED" });
    const text = pdfText(Buffer.from((await letters(made.id))[0]!.blob!.data));
    expect(text).toContain("Test Certification Board");
    expect(text).toContain("Dana Signer");
    expect(text).toContain("Acting Chair");
  });
});
