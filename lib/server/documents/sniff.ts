import { zipEntryNames } from "./zip-names";

/**
 * The file types evidence may have, decided from the bytes alone (never the name or the browser's
 * claim). Each leading signature is checked at offset 0, so a file is exactly one type: a PDF is a
 * PDF even when a ZIP is appended (served as a PDF attachment, never interpreted as anything else).
 */
export const SNIFFED_TYPES = {
  pdf: { mimeType: "application/pdf", extension: "pdf", label: "PDF" },
  png: { mimeType: "image/png", extension: "png", label: "PNG image" },
  jpeg: { mimeType: "image/jpeg", extension: "jpg", label: "JPEG image" },
  gif: { mimeType: "image/gif", extension: "gif", label: "GIF image" },
  webp: { mimeType: "image/webp", extension: "webp", label: "WebP image" },
  docx: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    extension: "docx",
    label: "Word document",
  },
  text: { mimeType: "text/plain; charset=utf-8", extension: "txt", label: "Text file" },
} as const;

export type SniffedKind = keyof typeof SNIFFED_TYPES;
export type SniffedType = (typeof SNIFFED_TYPES)[SniffedKind] & { kind: SniffedKind };

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const PDF = ascii("%PDF-");
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii("GIF87a");
const GIF89 = ascii("GIF89a");
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];

function isDocx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ZIP_LOCAL)) return false;
  const names = zipEntryNames(bytes);
  if (!names) return false;
  return names.includes("[Content_Types].xml") && names.some((name) => name.startsWith("word/"));
}

/** UTF-8 (a BOM allowed) with no NUL or control characters other than tab, CR and LF. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

function kindOf(bytes: Uint8Array): SniffedKind | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return "gif";
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "webp";
  if (startsWith(bytes, ZIP_LOCAL)) return isDocx(bytes) ? "docx" : null;
  return isPlainText(bytes) ? "text" : null;
}

export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  const kind = kindOf(bytes);
  return kind ? { kind, ...SNIFFED_TYPES[kind] } : null;
}

/** The MIME types this module can produce: anything else is served as application/octet-stream. */
export const SERVABLE_MIME_TYPES: readonly string[] = Object.values(SNIFFED_TYPES).map((type) => type.mimeType);
