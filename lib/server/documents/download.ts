import "server-only";
import { isViewable } from "@/lib/domain/viewable-documents";
import type { Actor } from "@/lib/workflow";
import { findCaseForActor, seesDocument } from "../cases/visibility";
import type { DbOrTx } from "../db";
import { attachmentDisposition, inlineDisposition } from "./content-disposition";
import { SERVABLE_MIME_TYPES } from "./sniff";

export interface Download {
  filename: string;
  mimeType: string;
  data: Uint8Array;
}

/** Document ids are cuids: anything else (a NUL, which PostgreSQL refuses, or a huge string) is simply not found. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * A document's bytes for the first of `actors` that may open it (case visibility, then the
 * document's audience), or null: unknown, purged, not on a case, or not theirs to see all look
 * the same from outside (a 404).
 */
export async function findDownload(db: DbOrTx, documentId: string, actors: readonly Actor[]): Promise<Download | null> {
  if (actors.length === 0 || !DOCUMENT_ID.test(documentId)) return null;
  const document = await db.document.findUnique({
    where: { id: documentId },
    select: { complaintId: true, audience: true, uploaderKind: true, filename: true, mimeType: true, purgedAt: true },
  });
  if (!document?.complaintId || document.purgedAt) return null;
  let allowed = false;
  for (const actor of actors) {
    const handle = await findCaseForActor(document.complaintId, actor, { db });
    if (handle && seesDocument(handle.access, document)) {
      allowed = true;
      break;
    }
  }
  if (!allowed) return null;
  const blob = await db.documentBlob.findUnique({ where: { documentId }, select: { data: true } });
  if (!blob) return null;
  return { filename: document.filename, mimeType: document.mimeType, data: blob.data };
}

/**
 * The response for a download: an attachment, never sniffed or cached. With `inline` a viewable
 * type (PDF or image) opens in the browser instead; any other type is still an attachment. The
 * sandbox CSP stays on images; Chromium's PDF viewer refuses a sandboxed document, so a PDF gets
 * `default-src 'none'` instead (no script, style, frame or fetch of the page's own).
 */
export function downloadResponse(download: Download, options: { inline?: boolean } = {}): Response {
  const mimeType = SERVABLE_MIME_TYPES.includes(download.mimeType) ? download.mimeType : "application/octet-stream";
  const inline = options.inline === true && isViewable(mimeType);
  return new Response(Buffer.from(download.data), {
    status: 200,
    headers: {
      "Content-Type": mimeType,
      "Content-Length": String(download.data.byteLength),
      "Content-Disposition": inline ? inlineDisposition(download.filename) : attachmentDisposition(download.filename),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": inline && mimeType === "application/pdf" ? "default-src 'none'" : "sandbox; default-src 'none'",
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}

export function notFoundResponse(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" },
  });
}
