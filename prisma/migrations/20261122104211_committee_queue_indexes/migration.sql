-- CreateIndex
CREATE INDEX "AppealPanelMember_personId_idx" ON "AppealPanelMember"("personId");

-- CreateIndex
CREATE INDEX "Complaint_assignedStaffId_state_idx" ON "Complaint"("assignedStaffId", "state");

-- CreateIndex
CREATE INDEX "HearingPanelMember_personId_idx" ON "HearingPanelMember"("personId");
