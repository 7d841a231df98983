-- CreateTable
CREATE TABLE "IntakeDraftFile" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IntakeDraftFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IntakeDraftFile_draftId_createdAt_idx" ON "IntakeDraftFile"("draftId", "createdAt");

-- CreateIndex
CREATE INDEX "IntakeDraft_expiresAt_idx" ON "IntakeDraft"("expiresAt");

-- AddForeignKey
ALTER TABLE "IntakeDraftFile" ADD CONSTRAINT "IntakeDraftFile_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "IntakeDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;
