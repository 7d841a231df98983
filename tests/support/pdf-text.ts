import { inflateSync } from "node:zlib";

/**
 * The text a PDF from @react-pdf/renderer shows, for assertions: every content stream is inflated
 * and the hex strings of its text operators (standard 14 fonts, one byte per character) decoded.
 * Words split across kerning adjustments are joined; lines end with a newline.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const out: string[] = [];
  const streamPattern = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streamPattern.exec(source)) !== null) {
    const start = match.index + match[0].length;
    const end = source.indexOf("endstream", start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(raw).toString("latin1");
    } catch {
      continue;
    }
    for (const operator of content.matchAll(/\[(.*?)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/gs)) {
      const hexes = operator[1] !== undefined ? [...operator[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : [operator[2]!];
      out.push(hexes.map((hex) => Buffer.from(hex, "hex").toString("latin1")).join(""));
    }
  }
  return out.join("\n");
}
