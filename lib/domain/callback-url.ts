/** Only same-site paths are followed after sign-in; anything else falls back to the person's home. */
export function safeCallback(url: string | undefined): string | null {
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return null;
  return url;
}
