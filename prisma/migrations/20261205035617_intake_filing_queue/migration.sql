-- CreateIndex
CREATE INDEX "IntakeDraft_step_updatedAt_idx" ON "IntakeDraft"("step", "updatedAt");
