import { db } from "@/lib/server/db";
import { downloadResponse, findDownload, notFoundResponse } from "@/lib/server/documents/download";
import { requestActors } from "@/lib/server/documents/request-actors";
import { logger } from "@/lib/server/logger";

/**
 * GET /api/documents/{id}: a case document's file, for whoever visibility allows (the complainant
 * signed in with their access code, staff and non-recused members, the respondent for what is
 * shared with them). Everything else, including a document that does not exist, is a 404.
 * `?view=inline` opens a PDF or an image in the browser; other types are always saved.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const inline = new URL(request.url).searchParams.get("view") === "inline";
  try {
    const download = await findDownload(db, id, await requestActors(db));
    return download ? downloadResponse(download, { inline }) : notFoundResponse();
  } catch (error) {
    logger.error({ err: error, documentId: id }, "document download failed");
    return new Response("The file could not be sent. Try again later.", {
      status: 503,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
}
