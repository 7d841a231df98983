import type { SearchMatches } from "@/lib/server/committee/search-sql";

/** A FormData from plain pairs (repeated keys as arrays), as a browser would post it. */
export function formOf(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  }
  return form;
}

/** Adds files under `name`, as a multipart post carries them. */
export function withFiles(form: FormData, name: string, files: readonly File[]): FormData {
  for (const file of files) form.append(name, file);
  return form;
}

/** Promise → its rejection (or null), for asserting refusals. */
export async function refusalOf(promise: Promise<unknown>): Promise<{ code?: string; message?: string } | null> {
  return promise.then(
    () => null,
    (error: unknown) => error as { code?: string; message?: string },
  );
}

export type { SearchMatches };
