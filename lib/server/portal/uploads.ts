import "server-only";
import { createHash } from "node:crypto";
import type { DocumentAudience, DocumentKind } from "@/lib/generated/prisma/enums";
import type { TransitionAttachment } from "../cases/run-transition";
import type { TxClient } from "../db";
import { checkUploads, filesFrom } from "../documents/validate-upload";
import { FieldError } from "../admin/field-error";

/** The respondent's files go to the Committee, and back to the respondent; never to the complainant. */
export const RESPONDENT_AUDIENCE: DocumentAudience = "COMMITTEE_AND_RESPONDENT";

/** Thrown with every problem of a file field (each file can fail for its own reason). */
export class UploadError extends Error {
  constructor(
    readonly field: string,
    readonly errors: string[],
  ) {
    super(errors.join(" "));
    this.name = "UploadError";
  }
}

/**
 * An empty file input as a server action delivers it: an empty entry whose name is "" (a plain
 * POST) or "undefined" (React's encoding). An empty file the person did choose keeps its name and
 * is refused as empty.
 */
function isNoFileChosen(file: { name: string; size: number }): boolean {
  return file.size === 0 && (file.name === "" || file.name === "undefined");
}

/**
 * The files chosen in `field`, checked as intake checks them (type from the bytes, size, count),
 * all or nothing; ready to store with a transition or a record of the case.
 */
export async function checkedFiles(formData: FormData, field: string, kind: DocumentKind): Promise<TransitionAttachment[]> {
  const checked = await checkUploads(filesFrom(formData, field).filter((file) => !isNoFileChosen(file)));
  if (!checked.ok) throw new UploadError(field, checked.errors);
  return checked.files.map((file) => ({ ...file, kind, audience: RESPONDENT_AUDIENCE }));
}

export function requireSomething(hasText: boolean, files: readonly unknown[], field: string, message: string): void {
  if (!hasText && files.length === 0) throw new FieldError(field, message);
}

/** Stores the respondent's files on the case outside a transition (statements, exhibits, compliance evidence). */
export async function storeRespondentFiles(
  tx: TxClient,
  input: { caseId: string; personId: string; files: readonly TransitionAttachment[]; now: Date; conditionId?: string },
): Promise<string[]> {
  const ids: string[] = [];
  for (const file of input.files) {
    const sha256 = createHash("sha256").update(file.data).digest("hex");
    const document = await tx.document.create({
      data: {
        complaintId: input.caseId,
        kind: file.kind,
        audience: file.audience,
        filename: file.filename,
        mimeType: file.mimeType,
        size: file.data.length,
        sha256,
        uploaderKind: "RESPONDENT",
        uploadedById: input.personId,
        conditionId: input.conditionId ?? null,
        createdAt: input.now,
        blob: { create: { data: new Uint8Array(file.data) } },
      },
      select: { id: true },
    });
    ids.push(document.id);
  }
  return ids;
}

/** A written statement kept as a text document, like the workflow keeps responses. */
export function textAttachment(kind: DocumentKind, name: string, text: string, now: Date): TransitionAttachment {
  const data = Buffer.from(text, "utf8");
  return {
    kind,
    audience: RESPONDENT_AUDIENCE,
    filename: `${name}-${now.toISOString().slice(0, 10)}.txt`,
    mimeType: "text/plain; charset=utf-8",
    size: data.length,
    sha256: createHash("sha256").update(data).digest("hex"),
    data,
  };
}
