import "server-only";
import { createHash } from "node:crypto";
import type { DocumentAudience, DocumentKind } from "@/lib/generated/prisma/enums";
import { AppError } from "../../errors";
import { actingPersonId, type EffectContext } from "../effects/context";
import type { TxClient } from "../../db";
import { uploaderKindFor, type UploaderKind } from "./uploader";

/** A file already checked by the upload layer (type sniffed, size capped, scanned); stored with the transition. */
export interface TransitionAttachment {
  kind: DocumentKind;
  audience: DocumentAudience;
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  data: Buffer;
}

const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

/** Refuses a file whose bytes no longer match the size and digest it was checked with. */
export function assertIntact(file: Pick<TransitionAttachment, "filename" | "size" | "sha256"> & { data: Uint8Array }): void {
  if (file.data.length !== file.size || sha256(file.data) !== file.sha256.toLowerCase()) {
    throw new AppError("VALIDATION", `The file ${file.filename} did not arrive intact. Upload it again.`);
  }
}

/** Stores files with the change they belong to: both commit, or neither. Re-checks size and digest. */
export async function storeAttachments(ctx: EffectContext, attachments: readonly TransitionAttachment[]): Promise<string[]> {
  return createDocuments(ctx.tx, { caseId: ctx.caseId, uploaderKind: uploaderKindFor(ctx.actor, ctx.before), uploadedById: actingPersonId(ctx), now: ctx.now }, attachments);
}

/**
 * The documents themselves, in the caller's transaction (a transition's, or one the caller opens
 * around the transition so the ids can ride in the event's payload). Re-checks size and digest.
 */
export async function createDocuments(
  tx: TxClient,
  by: { caseId: string; uploaderKind: UploaderKind; uploadedById: string | null; now: Date },
  attachments: readonly TransitionAttachment[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const file of attachments) {
    assertIntact(file);
    const document = await tx.document.create({
      data: {
        complaintId: by.caseId,
        kind: file.kind,
        audience: file.audience,
        filename: file.filename,
        mimeType: file.mimeType,
        size: file.size,
        sha256: file.sha256.toLowerCase(),
        uploaderKind: by.uploaderKind,
        uploadedById: by.uploadedById,
        createdAt: by.now,
        blob: { create: { data: new Uint8Array(file.data) } },
      },
      select: { id: true },
    });
    ids.push(document.id);
  }
  return ids;
}

/** A party's written statement (response, comment, election) kept as a text document in the record. */
export async function storeStatement(
  ctx: EffectContext,
  input: { kind: DocumentKind; audience: DocumentAudience; name: string; text: string },
): Promise<void> {
  const data = Buffer.from(input.text, "utf8");
  await storeAttachments(ctx, [
    {
      kind: input.kind,
      audience: input.audience,
      filename: `${input.name}-${ctx.now.toISOString().slice(0, 10)}.txt`,
      mimeType: "text/plain; charset=utf-8",
      size: data.length,
      sha256: sha256(data),
      data,
    },
  ]);
}
