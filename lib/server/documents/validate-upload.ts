import "server-only";
import { createHash } from "node:crypto";
import { ACCEPTED_TYPES_TEXT, MAX_FILE_BYTES, MAX_FILES, describeSize } from "@/lib/domain/intake/uploads";
import { cleanFilename, sanitiseFilename } from "./filename";
import { sniffFileType } from "./sniff";

/** A file that passed every check: the type comes from its bytes, the name is made safe. */
export interface CheckedFile {
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  data: Buffer;
}

/** What a browser sent: FormData File entries (or anything with a name, a size and bytes). */
export interface IncomingFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type UploadCheck = { ok: true; files: CheckedFile[] } | { ok: false; errors: string[] };

/** Names an empty file input arrives with: "" from a plain form post, "undefined" or "blob" through a JavaScript form action. */
const NO_FILE_NAMES: readonly (string | undefined)[] = [undefined, "", "undefined", "blob"];

/** FormData entries under `field` that are real files (a form with no file chosen still sends one empty entry). */
export function filesFrom(formData: FormData, field: string): IncomingFile[] {
  return formData
    .getAll(field)
    .filter((entry): entry is File => typeof entry !== "string" && !(entry.size === 0 && NO_FILE_NAMES.includes((entry as Partial<File>).name)));
}

const shown = (name: string) => cleanFilename(name) || "The file";

/**
 * Checks a batch of uploads against the limits, all or nothing: any problem rejects the batch,
 * with one specific message per problem (too many, empty, too big, not an accepted type).
 */
export async function checkUploads(files: readonly IncomingFile[], options: { alreadyStored?: number; maxFiles?: number } = {}): Promise<UploadCheck> {
  const stored = options.alreadyStored ?? 0;
  const maxFiles = options.maxFiles ?? MAX_FILES;
  if (stored + files.length > maxFiles) {
    const room = Math.max(0, maxFiles - stored);
    const message =
      room === 0
        ? `You have already added ${stored} files, the most you can send. Remove a file before adding another.`
        : stored > 0
          ? `You can send up to ${maxFiles} files. You have already added ${stored}, so select ${room} or fewer.`
          : `You can send up to ${maxFiles} files at once. You selected ${files.length}.`;
    return { ok: false, errors: [message] };
  }
  const errors: string[] = [];
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const name = shown(file.name);
    if (file.size === 0) {
      errors.push(`${name} is empty. Choose a file with something in it.`);
      continue;
    }
    if (file.size > MAX_FILE_BYTES) {
      errors.push(`${name} is larger than ${describeSize(MAX_FILE_BYTES)}. Choose a smaller file, or split it into parts.`);
      continue;
    }
    const data = Buffer.from(await file.arrayBuffer());
    const type = sniffFileType(data);
    if (!type) {
      errors.push(`${name} is not a file type we accept. Send a ${ACCEPTED_TYPES_TEXT}.`);
      continue;
    }
    checked.push({
      filename: sanitiseFilename(file.name, type.extension),
      mimeType: type.mimeType,
      size: data.length,
      sha256: createHash("sha256").update(data).digest("hex"),
      data,
    });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, files: checked };
}
