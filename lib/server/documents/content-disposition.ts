import { cleanFilename } from "./filename";

/**
 * `Content-Disposition: attachment` with a plain ASCII fallback name and the real name in RFC 5987
 * form (filename*=UTF-8''…): the browser saves the file instead of rendering it.
 */
export function attachmentDisposition(filename: string): string {
  return disposition("attachment", filename);
}

/** `Content-Disposition: inline` with the same names: only for types a browser shows safely (see download.ts). */
export function inlineDisposition(filename: string): string {
  return disposition("inline", filename);
}

function disposition(type: "attachment" | "inline", filename: string): string {
  const name = cleanFilename(filename) || "file";
  const fallback =
    name
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;%]/g, "_")
      .trim() || "file";
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
