import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { MAX_FILES } from "@/lib/domain/intake/uploads";
import type { Db } from "../db";
import type { CheckedFile } from "../documents/validate-upload";
import { AppError } from "../errors";
import { ALREADY_SENT, SUBMITTED_STEPS } from "./drafts";

export interface DraftFileSummary {
  id: string;
  filename: string;
  mimeType: string;
  size: number;
}

export async function listDraftFiles(db: Db, draftId: string): Promise<DraftFileSummary[]> {
  return db.intakeDraftFile.findMany({
    where: { draftId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, filename: true, mimeType: true, size: true },
  });
}

export async function countDraftFiles(db: Db, draftId: string): Promise<number> {
  return db.intakeDraftFile.count({ where: { draftId } });
}

/** SQL: the draft file `f` no longer matches the size and digest it was checked with (hashed where it is stored). */
export const DAMAGED_FILE = Prisma.sql`(length(f.data) <> f.size OR encode(sha256(f.data), 'hex') <> lower(f.sha256))`;

/** The draft's files whose bytes no longer match the size and digest they were checked with, by name, oldest first. */
export async function damagedDraftFiles(db: Db, draftId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ filename: string }[]>`
    SELECT filename FROM "IntakeDraftFile" f WHERE f."draftId" = ${draftId} AND ${DAMAGED_FILE} ORDER BY f."createdAt", f.id`;
  return rows.map((row) => row.filename);
}

/** Adds checked files to a draft, all or none; the limit is re-checked inside the transaction. */
export async function addDraftFiles(db: Db, draftId: string, files: readonly CheckedFile[], now = new Date()): Promise<void> {
  await db.$transaction(
    async (tx) => {
      // Locks the draft against "Submit complaint" (which then waits), and refuses once it was submitted.
      const [open] = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "IntakeDraft" WHERE id = ${draftId} AND step NOT IN (${Prisma.join(SUBMITTED_STEPS)}) FOR UPDATE`;
      if (!open) throw new AppError("CONFLICT", ALREADY_SENT);
      const stored = await tx.intakeDraftFile.count({ where: { draftId } });
      if (stored + files.length > MAX_FILES) {
        throw new AppError("VALIDATION", `You can send up to ${MAX_FILES} files. Remove a file before adding another.`);
      }
      for (const [index, file] of files.entries()) {
        await tx.intakeDraftFile.create({
          data: {
            draftId,
            filename: file.filename,
            mimeType: file.mimeType,
            size: file.size,
            sha256: file.sha256,
            data: new Uint8Array(file.data),
            // Keeps the order the files were chosen in.
            createdAt: new Date(now.getTime() + index),
          },
        });
      }
    },
    { maxWait: 60_000, timeout: 60_000 },
  );
}

export async function removeDraftFile(db: Db, draftId: string, fileId: string): Promise<void> {
  await db.intakeDraftFile.deleteMany({ where: { id: fileId, draftId, draft: { step: { notIn: SUBMITTED_STEPS } } } });
}

/** The files with their bytes, for filing. */
export async function loadDraftFiles(db: Db, draftId: string) {
  return db.intakeDraftFile.findMany({
    where: { draftId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { filename: true, mimeType: true, size: true, sha256: true, data: true },
  });
}

export async function deleteDraftFiles(db: Db, draftId: string): Promise<void> {
  await db.intakeDraftFile.deleteMany({ where: { draftId } });
}
