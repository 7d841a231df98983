import { gzipSync } from "node:zlib";

/**
 * The JavaScript files a first visit to `path` downloads (every script the HTML names), gzipped:
 * Next's "First Load JS". The inline RSC payload is the page's data, not code, and is left out.
 */
async function firstLoadBytes(serverUrl: string, path: string): Promise<{ bytes: number; scripts: number }> {
  const html = await (await fetch(`${serverUrl}${path}`)).text();
  const sources = new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&")));
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, serverUrl))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { bytes, scripts: sources.size };
}

/**
 * G. First-load JavaScript of `/complaints/new` against an empty page of the same build: the
 * not-found page, which has the root layout and nothing else (Next renders it for any unknown path).
 */
export async function firstLoadJs(serverUrl: string): Promise<{ page: { bytes: number; scripts: number }; baseline: { bytes: number; scripts: number } }> {
  return {
    page: await firstLoadBytes(serverUrl, "/complaints/new"),
    baseline: await firstLoadBytes(serverUrl, "/bench-empty-page-that-does-not-exist"),
  };
}
