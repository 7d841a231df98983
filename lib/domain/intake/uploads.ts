/** Evidence upload limits and wording, shared by the forms and the server-side checks. */
export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export const ACCEPTED_TYPES_TEXT = "PDF, Word (.docx), plain text (.txt) or an image (JPEG, PNG, GIF or WebP)";

/** The `accept` hint for the file picker (the server decides from the bytes, not from this). */
export const ACCEPT_ATTRIBUTE = ".pdf,.docx,.txt,.jpg,.jpeg,.png,.gif,.webp,application/pdf,image/*,text/plain";

export function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}
