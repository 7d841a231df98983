import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { constants, inflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isViewable } from "@/lib/domain/viewable-documents";
import { downloadResponse, type Download } from "@/lib/server/documents/download";
import { createDraft } from "@/lib/server/intake/drafts";
import { handleStep } from "@/lib/server/intake/handlers";
import { MAX_FILE_BYTES } from "@/lib/domain/intake/uploads";
import { checkUploads } from "@/lib/server/documents/validate-upload";
import { HOSTILE_FILES, bombStream, docxBomb, pdfAtLimit, type HostileFile } from "@/tests/support/hostile-files";
import { SAMPLE } from "@/tests/support/sample-files";
import { createTestDb, type TestDb } from "@/tests/support/test-db";
import { fileOf, fillDraft, formOf, freshContext, NOW, prepare, submit } from "../intake/support";
import { databaseFingerprint } from "./support";

/**
 * Hostile uploads through the complaint form's evidence page (the same checks serve the status
 * page's answers and the portal): each is refused with a message and nothing kept, or stored
 * under a safe name with the type its bytes really are, byte for byte, and served as an
 * attachment that no browser will sniff, render as a page or run script in.
 */
let signedInCase = "";
vi.mock("@/lib/server/documents/request-actors", () => ({
  requestActors: async () => [{ kind: "complainant", complaintId: signedInCase }],
}));

let testDb: TestDb;
let registryNumber: string;
const outcomes: string[] = [];

beforeAll(async () => {
  testDb = await createTestDb();
  (globalThis as { __docketDb?: unknown }).__docketDb = testDb.db;
  registryNumber = (await prepare(testDb.db)).number;
});
afterAll(async () => {
  process.stdout.write(`hostile uploads: ${outcomes.length} files tried\n${outcomes.map((line) => `  ${line}`).join("\n")}\n`);
  delete (globalThis as { __docketDb?: unknown }).__docketDb;
  await testDb?.close();
});

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const upload = (code: string, files: File[]) => handleStep(testDb.db, code, formOf({ step: "evidence", intent: "upload" }, files), freshContext());

/** The headers every download must carry, whatever was uploaded. */
async function expectServedSafely(download: Download, inline: boolean) {
  const response = downloadResponse(download, { inline });
  const disposition = response.headers.get("content-disposition") ?? "";
  const shownInline = inline && isViewable(download.mimeType);
  expect(disposition).toMatch(shownInline ? /^inline; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/ : /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%._~!-]+$/);
  expect(disposition).not.toMatch(/[\r\n\0]/);
  expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  expect(response.headers.get("content-type")).toBe(download.mimeType);
  const csp = response.headers.get("content-security-policy") ?? "";
  expect(csp).toContain("default-src 'none'");
  if (!(shownInline && download.mimeType === "application/pdf")) expect(csp).toMatch(/^sandbox;/);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(download.data));
}

/** A stored name: one path segment, printable, no bidi or reserved characters, the real type's extension. */
function expectSafeName(stored: string, mimeType: string) {
  expect(stored).not.toMatch(/[\\/\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/);
  expect(stored).not.toMatch(/^\./);
  expect([...stored].length).toBeLessThanOrEqual(130);
  const extension = { "application/pdf": "pdf", "image/png": "png", "image/gif": "gif", "text/plain; charset=utf-8": "txt" }[mimeType] ?? "docx";
  expect(stored.endsWith(`.${extension}`)).toBe(true);
}

describe("hostile uploads are refused, or stored and served safely", () => {
  it.each(HOSTILE_FILES.map((file) => [file.label, file] as const))("%s", async (_label, hostile: HostileFile) => {
    const { db } = testDb;
    const bytes = hostile.bytes();
    const { code, draft } = await createDraft(db, NOW);
    const before = await databaseFingerprint(db);
    const outcome = await upload(code, [new File([new Uint8Array(bytes)], hostile.name, hostile.type ? { type: hostile.type } : {})]);

    if ("rejected" in hostile.expect) {
      expect(outcome.kind === "state" && outcome.state.status === "error" && outcome.state.fieldErrors?.files?.[0]).toMatch(hostile.expect.rejected);
      expect(await databaseFingerprint(db)).toEqual(before);
      outcomes.push(`${hostile.label}: rejected`);
      return;
    }
    expect(outcome.kind).toBe("redirect");
    const stored = await db.intakeDraftFile.findFirstOrThrow({ where: { draftId: draft.id } });
    expect(stored.mimeType).toBe(hostile.expect.storedAs);
    expect(stored.sha256).toBe(sha256(bytes));
    expect(Buffer.from(stored.data).equals(bytes)).toBe(true);
    expectSafeName(stored.filename, stored.mimeType);
    const download = { filename: stored.filename, mimeType: stored.mimeType, data: stored.data };
    await expectServedSafely(download, false);
    await expectServedSafely(download, true);
    await db.intakeDraft.delete({ where: { id: draft.id } });
    outcomes.push(`${hostile.label}: stored as ${stored.mimeType} "${stored.filename.slice(0, 60)}", served as ${isViewable(stored.mimeType) ? "attachment (inline on request, sandboxed)" : "attachment only"}`);
  });

  it("a file of exactly the size limit passes the checks (one byte more is refused above)", async () => {
    const checked = await checkUploads([fileOf("limit.pdf", pdfAtLimit())]);
    expect(checked).toMatchObject({ ok: true, files: [{ filename: "limit.pdf", mimeType: "application/pdf", size: MAX_FILE_BYTES }] });
    outcomes.push("exactly the size limit: accepted (checked, not stored, to keep the run short)");
  });

  it("too many files: 11 at once, or one more after 10, are refused with nothing kept", async () => {
    const { db } = testDb;
    const { code, draft } = await createDraft(db, NOW);
    const texts = (n: number) => Array.from({ length: n }, (_, i) => fileOf(`page-${i}.txt`, SAMPLE.text()));
    const before = await databaseFingerprint(db);
    const eleven = await upload(code, texts(11));
    expect(eleven).toMatchObject({ state: { fieldErrors: { files: [expect.stringMatching(/^You can send up to 10 files at once/)] } } });
    expect(await databaseFingerprint(db)).toEqual(before);

    expect(await upload(code, texts(10))).toMatchObject({ kind: "redirect" });
    const full = await databaseFingerprint(db);
    const oneMore = await upload(code, texts(1));
    expect(oneMore).toMatchObject({ state: { fieldErrors: { files: [expect.stringMatching(/^You have already added 10 files/)] } } });
    expect(await databaseFingerprint(db)).toEqual(full);
    expect(await db.intakeDraftFile.count({ where: { draftId: draft.id } })).toBe(10);
    outcomes.push("11 files at once: rejected", "an 11th file after 10: rejected");
  });

  it("the DOCX bomb is real, yet is stored without being inflated: no server code decompresses or decodes an upload", () => {
    // 64 of its 2,048 deflate chunks alone inflate to 64 MiB; the archive is about 2 MB.
    expect(inflateRawSync(bombStream(64), { finishFlush: constants.Z_SYNC_FLUSH }).length).toBe(64 * 1024 * 1024);
    expect(docxBomb().length).toBeLessThan(3 * 1024 * 1024);

    const decoders = /from\s+["'](?:node:)?zlib["']|from\s+["'](?:sharp|jimp|jszip|yauzl|adm-zip|unzipper|mammoth|pdf-parse|pdfjs-dist|image-size|file-type|fflate|pako)["']/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const file = path.join(dir, entry);
        if (statSync(file).isDirectory()) {
          if (entry !== "generated") walk(file);
        } else if (/\.tsx?$/.test(entry) && decoders.test(readFileSync(file, "utf8"))) offenders.push(file);
      }
    };
    walk(path.resolve("lib"));
    walk(path.resolve("app"));
    expect(offenders).toEqual([]);
  });

  it("filed with a complaint, polyglots download through GET /api/documents/{id} as sandboxed attachments", async () => {
    const { GET } = await import("@/app/api/documents/[id]/route");
    const files = HOSTILE_FILES.filter((file) => /polyglot|HTML page|SVG/.test(file.label)).map((file) => new File([new Uint8Array(file.bytes())], file.name, file.type ? { type: file.type } : {}));
    const code = await fillDraft(testDb.db, { registryNumber, files });
    const filed = await submit(testDb.db, code);
    expect(filed.kind).toBe("redirect");
    const complaint = await testDb.db.complaint.findFirstOrThrow({ where: { documents: { some: { filename: "statement.pdf" } } }, select: { id: true } });
    signedInCase = complaint.id;
    const documents = await testDb.db.document.findMany({ where: { complaintId: complaint.id, kind: { not: "LETTER" } }, select: { id: true, mimeType: true } });
    expect(documents).toHaveLength(files.length);
    for (const document of documents) {
      for (const query of ["", "?view=inline"]) {
        const response = await GET(new Request(`http://localhost:3000/api/documents/${document.id}${query}`), { params: Promise.resolve({ id: document.id }) });
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe(document.mimeType);
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
        if (query === "" || document.mimeType !== "application/pdf") expect(response.headers.get("content-security-policy")).toMatch(/^sandbox;/);
        expect(response.headers.get("content-disposition")).toMatch(query && isViewable(document.mimeType) ? /^inline;/ : /^attachment;/);
      }
    }
  });
});
