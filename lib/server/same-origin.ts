/**
 * Cross-site form posts are refused before they reach a page or server action (ASVS V4.2.2).
 * Next checks Origin against Host for server actions too, but answers a mismatch with a 500; the
 * proxy answers 403 first. A post without Origin (non-browser clients) is left to Next's check and
 * the action's own authorization.
 */
export function isCrossOriginPost(method: string, origin: string | null, host: string | null): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  if (origin === null) return false;
  if (origin === "null" || !host) return true;
  try {
    return new URL(origin).host.toLowerCase() !== host.toLowerCase();
  } catch {
    return true;
  }
}
