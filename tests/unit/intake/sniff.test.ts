import { describe, expect, it } from "vitest";
import { sniffFileType } from "@/lib/server/documents/sniff";
import { zipEntryNames } from "@/lib/server/documents/zip-names";
import { makeZip, SAMPLE } from "@/tests/support/sample-files";

describe("sniffFileType: the type comes from the bytes", () => {
  it.each([
    ["pdf", "application/pdf", "pdf"],
    ["png", "image/png", "png"],
    ["jpeg", "image/jpeg", "jpg"],
    ["gif", "image/gif", "gif"],
    ["webp", "image/webp", "webp"],
    ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
    ["text", "text/plain; charset=utf-8", "txt"],
  ] as const)("recognises %s", (kind, mimeType, extension) => {
    expect(sniffFileType(SAMPLE[kind]())).toMatchObject({ kind, mimeType, extension });
  });

  it("accepts GIF87a as well as GIF89a", () => {
    expect(sniffFileType(Buffer.from("GIF87a\x01\x00\x01\x00", "latin1"))?.kind).toBe("gif");
  });

  it("refuses an empty file", () => {
    expect(sniffFileType(new Uint8Array())).toBeNull();
  });

  it("refuses executables, HTML-looking binaries and other formats whatever they are called", () => {
    expect(sniffFileType(Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"))).toBeNull();
    expect(sniffFileType(Buffer.from("\x7fELF\x02\x01\x01", "latin1"))).toBeNull();
    expect(sniffFileType(Buffer.from("RIFF\x10\x00\x00\x00WAVEfmt ", "latin1"))).toBeNull();
  });

  it("refuses a ZIP that is not a Word document (a renamed archive or .xlsx)", () => {
    expect(sniffFileType(makeZip({ "payload.exe": "MZ" }))).toBeNull();
    expect(sniffFileType(makeZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }))).toBeNull();
  });

  it("refuses a truncated or corrupt ZIP that starts like one", () => {
    const docx = SAMPLE.docx();
    expect(sniffFileType(docx.subarray(0, docx.length - 30))).toBeNull();
    const corrupt = Buffer.from(docx);
    corrupt.writeUInt32LE(0xffffff00, corrupt.length - 6); // central directory offset past the end
    expect(sniffFileType(corrupt)).toBeNull();
  });

  it("refuses text with NUL or other control bytes, and invalid UTF-8", () => {
    expect(sniffFileType(Buffer.from("hello\u0000world"))).toBeNull();
    expect(sniffFileType(Buffer.from("bell \u0007 here"))).toBeNull();
    expect(sniffFileType(Buffer.from([0x68, 0x69, 0xc3, 0x28]))).toBeNull();
  });

  it("accepts UTF-8 text with a BOM, tabs and accents", () => {
    expect(sniffFileType(Buffer.from("\ufeffNom:\tJosé Müller\r\n", "utf8"))?.kind).toBe("text");
  });

  describe("polyglots are exactly one type: the leading signature", () => {
    it("a PNG with HTML and script appended is a PNG (served as image/png, never as HTML)", () => {
      const polyglot = Buffer.concat([SAMPLE.png(), Buffer.from("<html><script>alert(1)</script></html>")]);
      expect(sniffFileType(polyglot)?.mimeType).toBe("image/png");
    });

    it("a GIF with a ZIP (GIFAR) appended is a GIF", () => {
      expect(sniffFileType(Buffer.concat([SAMPLE.gif(), SAMPLE.docx()]))?.kind).toBe("gif");
    });

    it("a PDF that is also a Word ZIP is a PDF", () => {
      expect(sniffFileType(Buffer.concat([SAMPLE.pdf(), SAMPLE.docx()]))?.kind).toBe("pdf");
    });

    it("HTML sent as text is plain text (served as text/plain with nosniff), never text/html", () => {
      expect(sniffFileType(Buffer.from("<!doctype html><script>alert(1)</script>"))?.mimeType).toBe("text/plain; charset=utf-8");
    });
  });
});

describe("zipEntryNames", () => {
  it("lists the central directory's names", () => {
    expect(zipEntryNames(makeZip({ "a.txt": "a", "word/b.xml": "b" }))).toEqual(["a.txt", "word/b.xml"]);
  });

  it("returns null for anything that is not a ZIP", () => {
    expect(zipEntryNames(SAMPLE.pdf())).toBeNull();
    expect(zipEntryNames(new Uint8Array(5))).toBeNull();
  });
});
