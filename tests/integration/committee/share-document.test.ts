import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ShareDocumentSchema } from "@/lib/domain/committee/record-forms";
import { AppError } from "@/lib/server/errors";
import { shareDocumentWithRespondent } from "@/lib/server/committee/records";
import { loadPortalCase } from "@/lib/server/portal/case-view";
import { getWorld, makeCase, type MadeCase, type World } from "@/tests/factories";
import { createTestDb, type TestDb } from "../../support/test-db";

let t: TestDb;
let world: World;
let made: MadeCase;

beforeAll(async () => {
  t = await createTestDb();
  world = await getWorld(t.db);
  made = await makeCase(t.db, { to: "COMMITTEE_REVIEW" });
});
afterAll(async () => {
  await t?.close();
});

/** A file the complainant sent, stored for the committee only (as intake and answers to requests store them). */
async function committeeOnlyFile(caseId: string, filename: string, kind: "INFO_REPLY" | "LETTER" = "INFO_REPLY") {
  const data = randomBytes(64);
  const row = await t.db.document.create({
    data: {
      complaintId: caseId,
      kind,
      audience: "COMMITTEE_ONLY",
      filename,
      mimeType: "application/pdf",
      size: data.byteLength,
      sha256: randomBytes(32).toString("hex"),
      uploaderKind: "COMPLAINANT",
      blob: { create: { data } },
    },
    select: { id: true },
  });
  return row.id;
}

const portalFilenames = async (caseId: string) => {
  const view = await loadPortalCase(caseId, world.respondent, { db: t.db, now: made.clock.now() });
  return JSON.stringify(view);
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? { code: error.code, message: error.message } : { code: "?", message: String(error) }),
  );

describe("sharing a stored document with the case manager", () => {
  it("makes a committee-only file visible in the CCM's portal, audited, once", async () => {
    const id = await committeeOnlyFile(made.id, "reply-to-request.pdf");
    expect(await portalFilenames(made.id)).not.toContain("reply-to-request.pdf");

    await shareDocumentWithRespondent(t.db, world.staff.actor, made.id, id, made.clock.now());

    expect(await t.db.document.findUniqueOrThrow({ where: { id }, select: { audience: true } })).toEqual({ audience: "COMMITTEE_AND_RESPONDENT" });
    expect(await portalFilenames(made.id)).toContain("reply-to-request.pdf");
    const audit = await t.db.auditEvent.findMany({ where: { complaintId: made.id, type: "DOCUMENT_SHARED" }, select: { actorId: true, payload: true } });
    expect(audit).toEqual([{ actorId: world.staff.id, payload: { documentId: id, from: "COMMITTEE_ONLY", to: "COMMITTEE_AND_RESPONDENT" } }]);
    // The CCM is told to look, in the same transaction; the email never names the file.
    const notices = await t.db.notice.findMany({ where: { complaintId: made.id, template: "document-shared" }, select: { recipientKind: true, recipientPersonId: true, subject: true, bodyText: true } });
    expect(notices).toEqual([expect.objectContaining({ recipientKind: "RESPONDENT", recipientPersonId: world.respondent.personId, subject: `A document was shared with you (${made.reference})` })]);
    expect(notices[0]?.bodyText).not.toContain("reply-to-request");

    expect(await refusal(shareDocumentWithRespondent(t.db, world.staff.actor, made.id, id))).toEqual({ code: "VALIDATION", message: "That document is already shared with the case manager." });
  });

  it("is for staff only, and never for a letter or another case's file", async () => {
    const id = await committeeOnlyFile(made.id, "staff-only.pdf");
    expect(await refusal(shareDocumentWithRespondent(t.db, world.members[0].actor, made.id, id))).toMatchObject({ code: "FORBIDDEN" });
    const letter = await committeeOnlyFile(made.id, "letter.pdf", "LETTER");
    expect(await refusal(shareDocumentWithRespondent(t.db, world.staff.actor, made.id, letter))).toEqual({ code: "VALIDATION", message: "Choose a document from the list." });
    const other = await makeCase(t.db, { to: "COMMITTEE_REVIEW" });
    const elsewhere = await committeeOnlyFile(other.id, "other-case.pdf");
    expect(await refusal(shareDocumentWithRespondent(t.db, world.staff.actor, made.id, elsewhere))).toEqual({ code: "VALIDATION", message: "Choose a document from the list." });
    const audiences = await t.db.document.findMany({ where: { id: { in: [id, letter, elsewhere] } }, select: { audience: true } });
    expect(new Set(audiences.map((d) => d.audience))).toEqual(new Set(["COMMITTEE_ONLY"]));
    expect(await refusal(shareDocumentWithRespondent(t.db, world.staff.actor, "no-such-case", id))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("records two coordinators sharing the same file at once as one share", async () => {
    const id = await committeeOnlyFile(made.id, "raced.pdf");
    const results = await Promise.all([0, 1].map(() => refusal(shareDocumentWithRespondent(t.db, world.staff.actor, made.id, id))));
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.find((r) => r !== null)?.code).toMatch(/^(VALIDATION|CONFLICT)$/);
    const audit = await t.db.auditEvent.findMany({ where: { complaintId: made.id, type: "DOCUMENT_SHARED" }, select: { payload: true } });
    expect(audit.filter((e) => (e.payload as { documentId: string }).documentId === id)).toHaveLength(1);
  });

  it("asks staff to confirm they checked the file, and to choose one", () => {
    const result = ShareDocumentSchema.safeParse({ caseId: "c", shareDocumentId: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["shareDocumentId", "Choose the document to share"],
      ["confirmShare", "Confirm that you checked the document"],
    ]);
  });
});
