/**
 * Types a browser may show in a tab instead of saving: PDF (its own viewer) and raster images.
 * Word files and everything else are always attachments; plain text too, since a browser would
 * render it in the app's origin as a page.
 */
export const VIEWABLE_MIME_TYPES: readonly string[] = ["application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp"];

export function isViewable(mimeType: string): boolean {
  return VIEWABLE_MIME_TYPES.includes(mimeType);
}
