/**
 * Just enough MIME to read what nodemailer sends in these tests: headers (unfolded), multipart
 * bodies, base64 and quoted-printable parts. Not a general parser.
 */
export interface MimePart {
  headers: Map<string, string>;
  /** Decoded body of a leaf part. */
  body: Buffer;
  parts: MimePart[];
}

function splitHead(raw: string): { head: string; body: string } {
  const index = raw.search(/\r?\n\r?\n/);
  if (index < 0) return { head: raw, body: "" };
  const separator = raw.slice(index).match(/^\r?\n\r?\n/)![0];
  return { head: raw.slice(0, index), body: raw.slice(index + separator.length) };
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function param(value: string | undefined, name: string): string | null {
  const match = value?.match(new RegExp(`${name}="?([^";]+)"?`, "i"));
  return match ? match[1]! : null;
}

function decode(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? "7bit").toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64");
    case "quoted-printable":
      return Buffer.from(
        body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        "latin1",
      );
    default:
      return Buffer.from(body, "utf8");
  }
}

export function parseMime(raw: string): MimePart {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const boundary = param(headers.get("content-type"), "boundary");
  if (!boundary) return { headers, body: decode(body, headers.get("content-transfer-encoding")), parts: [] };
  const chunks = body.split(`--${boundary}`).slice(1);
  const parts = chunks.filter((chunk) => !chunk.startsWith("--")).map((chunk) => parseMime(chunk.replace(/^\r?\n/, "").replace(/\r?\n$/, "")));
  return { headers, body: Buffer.alloc(0), parts };
}

export function leaves(part: MimePart): MimePart[] {
  return part.parts.length === 0 ? [part] : part.parts.flatMap(leaves);
}

export function filenameOf(part: MimePart): string | null {
  return param(part.headers.get("content-disposition"), "filename") ?? param(part.headers.get("content-type"), "name");
}
