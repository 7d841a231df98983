import { db } from "@/lib/server/db";
import { openNoticeLink } from "@/lib/server/notifications/open-link";

/**
 * A notice's link: records the first open as evidence of service, then redirects to the page the
 * notice points to. The token stays out of referrers and caches.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const opened = await openNoticeLink(db, token);
  return new Response(null, {
    status: 303,
    headers: { Location: opened.location, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}
