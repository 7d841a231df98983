-- DropIndex
DROP INDEX "Complaint_receivedAt_idx";

-- DropIndex
DROP INDEX "Complaint_state_receivedAt_idx";

-- CreateIndex
CREATE INDEX "Complaint_state_receivedAt_id_idx" ON "Complaint"("state", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "Complaint_receivedAt_id_idx" ON "Complaint"("receivedAt", "id");

-- CreateIndex
CREATE INDEX "Recusal_personId_idx" ON "Recusal"("personId");
