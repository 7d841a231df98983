import { cleanFilename } from "./filename";

/**
 * `Content-Disposition: attachment` with a plain ASCII fallback name and the real name in RFC 5987
 * form (filename*=UTF-8''…), so no browser ever renders the file inline.
 */
export function attachmentDisposition(filename: string): string {
  const name = cleanFilename(filename) || "file";
  const fallback =
    name
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;%]/g, "_")
      .trim() || "file";
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
