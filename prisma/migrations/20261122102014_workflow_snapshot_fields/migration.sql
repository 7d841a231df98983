-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DecisionOutcome" ADD VALUE 'GRANTED';
ALTER TYPE "DecisionOutcome" ADD VALUE 'DENIED';

-- AlterEnum
ALTER TYPE "DecisionStage" ADD VALUE 'REOPEN';

-- AlterEnum
ALTER TYPE "HearingStatus" ADD VALUE 'CALLED';

-- AlterTable
ALTER TABLE "Certification" ADD COLUMN     "reapplyNotBefore" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "acceptedInWriting" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "appealFiled" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "appealOutcome" TEXT,
ADD COLUMN     "decidedActions" JSONB,
ADD COLUMN     "decidingPersonIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "extensionRequested" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "infoRequestedFrom" "InfoParty",
ADD COLUMN     "lateFilingWaived" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ownMotion" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "proposedActions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "reopenPetitionPending" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "ruleIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Deadline" ADD COLUMN     "ref" TEXT;

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "actions" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "adoptsProposal" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "provisions" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Hearing" ADD COLUMN     "link" TEXT;

-- AlterTable
ALTER TABLE "HearingPanelMember" ADD COLUMN     "present" BOOLEAN;

-- AlterTable
ALTER TABLE "InfoRequest" ADD COLUMN     "thirdPartyEmail" TEXT,
ADD COLUMN     "thirdPartyName" TEXT;

-- AlterTable
ALTER TABLE "Notice" ADD COLUMN     "letterKind" TEXT,
ADD COLUMN     "recipientPersonId" TEXT;

-- AlterTable
ALTER TABLE "Sanction" ADD COLUMN     "completedAt" TIMESTAMP(3),
ADD COLUMN     "termEndedAt" TIMESTAMP(3);
