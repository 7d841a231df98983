/**
 * File names as people see them, made safe to store and to send back: no folders, no control or
 * bidirectional-override characters (which can disguise "evil‮fdp.exe" as "evilexe.pdf"), no
 * characters that mean something to a file system, a sane length, and an extension that matches
 * the type the bytes really are.
 */
const MAX_BASE = 120;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
const RESERVED = /[<>:"/\\|?*]/g;

const truncate = (text: string, max: number) => ([...text].length > max ? [...text].slice(0, max).join("").trim() : text);

/** The name as typed, without folders or hidden characters (for messages about the file). */
export function cleanFilename(original: string): string {
  const lastSegment = original.split(/[\\/]/).pop() ?? "";
  const cleaned = lastSegment.normalize("NFC").replace(CONTROL, "").replace(INVISIBLE, "").replace(RESERVED, "_").trim();
  return truncate(cleaned.replace(/\s+/g, " "), MAX_BASE + 10);
}

/** The name a stored file gets: the cleaned base name with the extension of its real type. */
export function sanitiseFilename(original: string, extension: string): string {
  let base = cleanFilename(original);
  const dot = base.lastIndexOf(".");
  if (dot > 0) base = base.slice(0, dot);
  base = truncate(base.replace(/^[.\s]+|[.\s]+$/g, ""), MAX_BASE);
  return `${base || "file"}.${extension}`;
}
