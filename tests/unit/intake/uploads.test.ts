import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "@/lib/server/documents/content-disposition";
import { cleanFilename, sanitiseFilename } from "@/lib/server/documents/filename";
import { checkUploads, filesFrom, type IncomingFile } from "@/lib/server/documents/validate-upload";
import { SAMPLE } from "@/tests/support/sample-files";

const file = (name: string, data: Buffer | Uint8Array): IncomingFile => new File([new Uint8Array(data)], name);
/** A file that claims a size without holding the bytes (the check must not read it). */
const claimed = (name: string, size: number): IncomingFile => ({
  name,
  size,
  arrayBuffer: () => Promise.reject(new Error("an oversize file must not be read")),
});

describe("checkUploads", () => {
  it("accepts good files with sniffed types, sha256 and safe names", async () => {
    const pdf = SAMPLE.pdf();
    const result = await checkUploads([file("letter.pdf", pdf), file("photo.png", SAMPLE.png())]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.files[0]).toMatchObject({
      filename: "letter.pdf",
      mimeType: "application/pdf",
      size: pdf.length,
      sha256: createHash("sha256").update(pdf).digest("hex"),
    });
    expect(result.files[1]?.mimeType).toBe("image/png");
  });

  it("a lying extension gets the extension of what the bytes are", async () => {
    const result = await checkUploads([file("invoice.pdf", SAMPLE.png()), file("notes.exe", SAMPLE.text())]);
    expect(result.ok && result.files.map((f) => [f.filename, f.mimeType])).toEqual([
      ["invoice.png", "image/png"],
      ["notes.txt", "text/plain; charset=utf-8"],
    ]);
  });

  it("refuses a file whose bytes are not an accepted type, naming it", async () => {
    const result = await checkUploads([file("setup.pdf", Buffer.from("MZ\x90\x00binary", "latin1"))]);
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^setup\.pdf is not a file type we accept/)] });
  });

  it("refuses an empty file with its own message", async () => {
    const result = await checkUploads([file("blank.txt", new Uint8Array())]);
    expect(result).toEqual({ ok: false, errors: ["blank.txt is empty. Choose a file with something in it."] });
  });

  it("refuses an oversize file without reading it", async () => {
    const result = await checkUploads([claimed("scan.pdf", 10 * 1024 * 1024 + 1)]);
    expect(result).toEqual({ ok: false, errors: ["scan.pdf is larger than 10 MB. Choose a smaller file, or split it into parts."] });
  });

  it("accepts a file of exactly 10 MB", async () => {
    const data = Buffer.concat([SAMPLE.pdf(), Buffer.alloc(10 * 1024 * 1024 - SAMPLE.pdf().length, 0x20)]);
    expect((await checkUploads([file("big.pdf", data)])).ok).toBe(true);
  });

  it("refuses too many files, counting those already added", async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => file(`f${i}.txt`, SAMPLE.text()));
    expect(await checkUploads(eleven)).toEqual({ ok: false, errors: ["You can send up to 10 files at once. You selected 11."] });
    expect(await checkUploads(eleven.slice(0, 3), { alreadyStored: 8 })).toEqual({
      ok: false,
      errors: ["You can send up to 10 files. You have already added 8, so select 2 or fewer."],
    });
    expect((await checkUploads(eleven.slice(0, 1), { alreadyStored: 10 })).ok).toBe(false);
  });

  it("is all or nothing: one bad file rejects the batch, with a message per problem", async () => {
    const result = await checkUploads([file("ok.pdf", SAMPLE.pdf()), file("empty.pdf", new Uint8Array()), file("x.bin", Buffer.from([0, 1, 2]))]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toHaveLength(2);
  });

  it("filesFrom ignores the empty entry a form sends when no file was chosen", () => {
    const form = new FormData();
    form.append("files", new File([], ""));
    form.append("files", new File([], "undefined"));
    form.append("files", new Blob([]));
    expect(filesFrom(form, "files")).toEqual([]);
    form.append("files", new File(["x"], "a.txt"));
    expect(filesFrom(form, "files").map((f) => f.name)).toEqual(["a.txt"]);
  });
});

describe("file names", () => {
  it("strips folders, control and bidi-override characters and reserved characters", () => {
    expect(sanitiseFilename("C:\\Users\\me\\Desktop\\report.pdf", "pdf")).toBe("report.pdf");
    expect(sanitiseFilename("../../etc/passwd", "txt")).toBe("passwd.txt");
    expect(sanitiseFilename("invoice\u202Efdp.exe", "png")).toBe("invoicefdp.png");
    expect(sanitiseFilename("a\u0000b\u0007c<>:\"|?*.pdf", "pdf")).toBe("abc_______.pdf");
    expect(sanitiseFilename("...", "pdf")).toBe("file.pdf");
    expect(sanitiseFilename("", "txt")).toBe("file.txt");
  });

  it("keeps accented and non-Latin names, and caps the length", () => {
    expect(sanitiseFilename("Déclaration – Müller.docx", "docx")).toBe("Déclaration – Müller.docx");
    expect(sanitiseFilename(`${"a".repeat(300)}.pdf`, "pdf")).toBe(`${"a".repeat(120)}.pdf`);
    expect(cleanFilename("folder/na\u200Bme.pdf")).toBe("name.pdf");
  });

  it("Content-Disposition is an attachment with an ASCII fallback and the RFC 5987 name", () => {
    expect(attachmentDisposition("report.pdf")).toBe(`attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`);
    expect(attachmentDisposition('Müller "final"; 100%.pdf')).toBe(
      `attachment; filename="Muller _final__ 100_.pdf"; filename*=UTF-8''M%C3%BCller%20_final_%3B%20100%25.pdf`,
    );
    expect(attachmentDisposition("a\r\nSet-Cookie: x.pdf")).not.toMatch(/[\r\n]/);
  });
});
