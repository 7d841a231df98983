-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'STAFF', 'COMMITTEE_MEMBER', 'COMMITTEE_CHAIR', 'COMMITTEE_VICE_CHAIR', 'APPEAL_PANEL', 'CCM');

-- CreateEnum
CREATE TYPE "AuthTokenKind" AS ENUM ('INVITE', 'ACTIVATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "CertificationStatus" AS ENUM ('ACTIVE', 'ACTIVE_LATE_RENEWAL_PENDING', 'EXPIRED', 'RETIRED', 'SUSPENDED', 'REVOKED');

-- CreateEnum
CREATE TYPE "CaseState" AS ENUM ('SUBMITTED', 'INTAKE', 'AWAITING_COMPLAINANT_INFO', 'PRELIMINARY_REVIEW', 'DEFERRED_LEGAL', 'AWAITING_RESPONSE', 'COMMITTEE_REVIEW', 'AWAITING_INFO', 'PROPOSED_DISPOSITION', 'HEARING_SCHEDULED', 'HEARING_HELD', 'DECIDED', 'APPEAL_WINDOW', 'APPEAL_FILED', 'APPEAL_DECIDED', 'FINAL', 'SANCTION_ACTIVE', 'CLOSED', 'CLOSED_DISMISSED', 'CLOSED_WITHDRAWN', 'CLOSED_ABANDONED');

-- CreateEnum
CREATE TYPE "IntakeChannel" AS ENUM ('WEB', 'OWN_MOTION', 'STAFF_ENTERED');

-- CreateEnum
CREATE TYPE "RetentionClass" AS ENUM ('DISMISSED', 'VIOLATION', 'WITHDRAWN', 'ABANDONED', 'OPEN');

-- CreateEnum
CREATE TYPE "ComplainantRelationship" AS ENUM ('CLIENT', 'FAMILY', 'CCM_PEER', 'EMPLOYER', 'PAYER', 'OTHER');

-- CreateEnum
CREATE TYPE "ContactChannel" AS ENUM ('EMAIL', 'PHONE', 'POST');

-- CreateEnum
CREATE TYPE "ProvisionSource" AS ENUM ('ALLEGED', 'CHARGED', 'BREACHED');

-- CreateEnum
CREATE TYPE "ProceedingKind" AS ENUM ('LICENSING_BOARD', 'COURT', 'POLICE', 'EMPLOYER_GRIEVANCE', 'OTHER_CERTIFIER', 'OTHER');

-- CreateEnum
CREATE TYPE "ConsentKind" AS ENUM ('RELEASE_OF_INFORMATION', 'HEALTH_RECORDS_AUTHORIZATION', 'CONFIDENTIALITY', 'TRUTHFULNESS_ATTESTATION');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('EVIDENCE', 'INFO_REPLY', 'RESPONSE', 'STATEMENT', 'EXHIBIT', 'HEARING_RECORD', 'APPEAL', 'COMPLIANCE_EVIDENCE', 'REOPEN_EVIDENCE', 'LETTER');

-- CreateEnum
CREATE TYPE "DocumentAudience" AS ENUM ('COMMITTEE_ONLY', 'COMMITTEE_AND_COMPLAINANT', 'COMMITTEE_AND_RESPONDENT', 'ALL_PARTIES');

-- CreateEnum
CREATE TYPE "UploaderKind" AS ENUM ('COMPLAINANT', 'RESPONDENT', 'STAFF', 'COMMITTEE', 'SYSTEM');

-- CreateEnum
CREATE TYPE "DeadlineStatus" AS ENUM ('OPEN', 'PAUSED', 'SATISFIED', 'FIRED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "NoticeStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED', 'DEAD');

-- CreateEnum
CREATE TYPE "MessageThread" AS ENUM ('COMPLAINANT', 'RESPONDENT');

-- CreateEnum
CREATE TYPE "InfoParty" AS ENUM ('COMPLAINANT', 'CCM', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "ConflictKind" AS ENUM ('NONE', 'RELATIONSHIP_WITH_PARTY', 'SAME_OR_COMPETING_EMPLOYER', 'FINANCIAL_INTEREST', 'PRIOR_INVOLVEMENT', 'WITNESS', 'OTHER');

-- CreateEnum
CREATE TYPE "HearingFormat" AS ENUM ('IN_PERSON', 'VIDEO', 'PHONE');

-- CreateEnum
CREATE TYPE "HearingStatus" AS ENUM ('SCHEDULED', 'POSTPONED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "DecisionStage" AS ENUM ('PRELIMINARY', 'COMMITTEE', 'PROPOSED', 'HEARING', 'APPEAL');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('DISMISSED', 'VIOLATION', 'AFFIRMED', 'MODIFIED', 'REVERSED', 'REMANDED');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "SanctionType" AS ENUM ('LETTER_OF_INSTRUCTION', 'PRIVATE_REPRIMAND', 'PUBLIC_REPRIMAND', 'PROBATION', 'SUSPENSION', 'REVOCATION');

-- CreateEnum
CREATE TYPE "SanctionStatus" AS ENUM ('PROPOSED', 'PENDING_FINAL', 'STAYED', 'ACTIVE', 'COMPLETED', 'REVERSED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "AppealOutcome" AS ENUM ('AFFIRMED', 'MODIFIED', 'REVERSED', 'REMANDED');

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "roles" "Role"[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "committeeTermFrom" TIMESTAMP(3),
    "committeeTermTo" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" "AuthTokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Throttle" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "windowStartedAt" TIMESTAMP(3) NOT NULL,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "Throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Certificant" (
    "id" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "employer" TEXT,
    "city" TEXT,
    "region" TEXT,
    "personId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Certificant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "certificantId" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "validThrough" TIMESTAMP(3) NOT NULL,
    "lifecycleStatus" "CertificationStatus" NOT NULL DEFAULT 'ACTIVE',
    "status" "CertificationStatus" NOT NULL DEFAULT 'ACTIVE',
    "onProbation" BOOLEAN NOT NULL DEFAULT false,
    "publicAnnotation" TEXT,
    "subjectToOutcome" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificationStatusChange" (
    "id" TEXT NOT NULL,
    "certificationId" TEXT NOT NULL,
    "fromStatus" "CertificationStatus",
    "toStatus" "CertificationStatus" NOT NULL,
    "reason" TEXT NOT NULL,
    "complaintId" TEXT,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodeProvision" (
    "id" TEXT NOT NULL,
    "codeVersion" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "groupName" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "plainLanguage" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "CodeProvision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "state" "CaseState" NOT NULL DEFAULT 'SUBMITTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "channel" "IntakeChannel" NOT NULL DEFAULT 'WEB',
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "idempotencyKey" TEXT,
    "respondentName" TEXT NOT NULL,
    "respondentCcmNumber" TEXT,
    "respondentEmployer" TEXT,
    "respondentLocation" TEXT,
    "respondentContact" TEXT,
    "respondentCertificationId" TEXT,
    "registrySnapshot" JSONB,
    "respondentNotifiedAt" TIMESTAMP(3),
    "codeVersion" INTEGER NOT NULL DEFAULT 2023,
    "conductFrom" TIMESTAMP(3),
    "conductTo" TIMESTAMP(3),
    "learnedAt" TIMESTAMP(3),
    "settingRegion" TEXT,
    "practiceSetting" TEXT,
    "narrative" TEXT NOT NULL,
    "harm" TEXT,
    "lateFiling" BOOLEAN NOT NULL DEFAULT false,
    "noRegistryMatch" BOOLEAN NOT NULL DEFAULT false,
    "possibleDuplicateOfId" TEXT,
    "extensionGranted" BOOLEAN NOT NULL DEFAULT false,
    "ccmPostponements" INTEGER NOT NULL DEFAULT 0,
    "committeePostponements" INTEGER NOT NULL DEFAULT 0,
    "withdrawalRequestedAt" TIMESTAMP(3),
    "finalAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "reopenPetitions" INTEGER NOT NULL DEFAULT 0,
    "identityDisclosureGranted" BOOLEAN NOT NULL DEFAULT false,
    "assignedStaffId" TEXT,
    "retentionClass" "RetentionClass" NOT NULL DEFAULT 'OPEN',
    "retainUntil" TIMESTAMP(3),
    "legalHold" BOOLEAN NOT NULL DEFAULT false,
    "purgedAt" TIMESTAMP(3),

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complainant" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "postalAddress" TEXT,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "relationship" "ComplainantRelationship" NOT NULL,
    "relationshipOther" TEXT,
    "preferredContact" "ContactChannel" NOT NULL DEFAULT 'EMAIL',
    "accommodationNeeds" TEXT,
    "shareWithRespondent" BOOLEAN NOT NULL DEFAULT false,
    "accessCodeHash" TEXT NOT NULL,
    "accessCodeFailures" INTEGER NOT NULL DEFAULT 0,
    "accessCodeLockedUntil" TIMESTAMP(3),
    "accessCodeIssuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Complainant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseProvision" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "provisionId" TEXT NOT NULL,
    "source" "ProvisionSource" NOT NULL,
    "decisionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseProvision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Witness" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "contact" TEXT,
    "relation" TEXT,

    CONSTRAINT "Witness_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OtherProceeding" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "kind" "ProceedingKind" NOT NULL,
    "body" TEXT,
    "status" TEXT,
    "reference" TEXT,

    CONSTRAINT "OtherProceeding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "kind" "ConsentKind" NOT NULL,
    "given" BOOLEAN NOT NULL,
    "signedName" TEXT,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT,
    "kind" "DocumentKind" NOT NULL,
    "audience" "DocumentAudience" NOT NULL,
    "letterKind" TEXT,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploaderKind" "UploaderKind" NOT NULL,
    "uploadedById" TEXT,
    "conditionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "purgedAt" TIMESTAMP(3),

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentBlob" (
    "documentId" TEXT NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "DocumentBlob_pkey" PRIMARY KEY ("documentId")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "stream" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorKind" TEXT NOT NULL,
    "actorId" TEXT,
    "complaintId" TEXT,
    "type" TEXT NOT NULL,
    "fromState" "CaseState",
    "toState" "CaseState",
    "reason" TEXT,
    "payload" JSONB NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "waitingOn" TEXT NOT NULL,
    "status" "DeadlineStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "pausedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "firedAt" TIMESTAMP(3),
    "remindersSent" INTEGER[] DEFAULT ARRAY[]::INTEGER[],

    CONSTRAINT "Deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notice" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT,
    "template" TEXT NOT NULL,
    "recipientKind" TEXT NOT NULL,
    "toAddress" TEXT,
    "subject" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "letterDocumentId" TEXT,
    "status" "NoticeStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "messageId" TEXT NOT NULL,
    "linkTokenHash" TEXT,
    "firstOpenedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "thread" "MessageThread" NOT NULL,
    "authorKind" "UploaderKind" NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InternalNote" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InternalNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoRequest" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "party" "InfoParty" NOT NULL,
    "items" TEXT NOT NULL,
    "requestedById" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "answer" TEXT,

    CONSTRAINT "InfoRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExtensionRequest" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "deadlineKind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "daysAsked" INTEGER NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ruling" TEXT,
    "daysGranted" INTEGER,
    "ruledById" TEXT,
    "ruledAt" TIMESTAMP(3),

    CONSTRAINT "ExtensionRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseRepresentative" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "designatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CaseRepresentative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" "ConflictKind" NOT NULL,
    "details" TEXT,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recusal" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recusal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberChallenge" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "filedById" TEXT NOT NULL,
    "grounds" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ruling" TEXT,
    "ruledById" TEXT,
    "ruledAt" TIMESTAMP(3),

    CONSTRAINT "MemberChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Hearing" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "initiatedBy" TEXT NOT NULL,
    "status" "HearingStatus" NOT NULL DEFAULT 'SCHEDULED',
    "scheduledFor" TIMESTAMP(3),
    "format" "HearingFormat",
    "location" TEXT,
    "noticeSentAt" TIMESTAMP(3),
    "heldAt" TIMESTAMP(3),
    "inAbsentia" BOOLEAN NOT NULL DEFAULT false,
    "recordDocumentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Hearing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HearingPanelMember" (
    "hearingId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    CONSTRAINT "HearingPanelMember_pkey" PRIMARY KEY ("hearingId","personId")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "stage" "DecisionStage" NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "reasonCode" TEXT,
    "findings" TEXT,
    "reasons" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "letterDocumentId" TEXT,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Vote" (
    "decisionId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "choice" "VoteChoice" NOT NULL,

    CONSTRAINT "Vote_pkey" PRIMARY KEY ("decisionId","personId")
);

-- CreateTable
CREATE TABLE "Sanction" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "certificationId" TEXT,
    "type" "SanctionType" NOT NULL,
    "status" "SanctionStatus" NOT NULL DEFAULT 'PROPOSED',
    "termMonths" INTEGER,
    "startsAt" TIMESTAMP(3),
    "endsAt" TIMESTAMP(3),
    "isPublic" BOOLEAN NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "priorStatus" "CertificationStatus",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Sanction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SanctionCondition" (
    "id" TEXT NOT NULL,
    "sanctionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "hours" INTEGER,
    "dueAt" TIMESTAMP(3),
    "metAt" TIMESTAMP(3),
    "verifiedById" TEXT,

    CONSTRAINT "SanctionCondition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "grounds" TEXT[],
    "statement" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" "AppealOutcome",
    "reasons" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppealPanelMember" (
    "appealId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    CONSTRAINT "AppealPanelMember_pkey" PRIMARY KEY ("appealId","personId")
);

-- CreateTable
CREATE TABLE "ReopenPetition" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "filedByKind" TEXT NOT NULL,
    "filedById" TEXT,
    "grounds" TEXT NOT NULL,
    "filedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ruling" TEXT,
    "ruledAt" TIMESTAMP(3),

    CONSTRAINT "ReopenPetition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcedureSettings" (
    "id" TEXT NOT NULL DEFAULT 'current',
    "data" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ProcedureSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReferenceCounter_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "IntakeDraft" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "step" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IntakeDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStatistic" (
    "id" TEXT NOT NULL,
    "receivedYear" INTEGER NOT NULL,
    "finalState" "CaseState" NOT NULL,
    "outcome" TEXT,
    "provisionCodes" TEXT[],
    "daysOpen" INTEGER,
    "purgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStatistic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HandlingComplaint" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT,
    "raisedBy" TEXT NOT NULL,
    "contact" TEXT,
    "summary" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),
    "correctiveAction" TEXT,

    CONSTRAINT "HandlingComplaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Person_email_key" ON "Person"("email");

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthToken_personId_idx" ON "AuthToken"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificant_personId_key" ON "Certificant"("personId");

-- CreateIndex
CREATE INDEX "Certificant_lastName_firstName_idx" ON "Certificant"("lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_number_key" ON "Certification"("number");

-- CreateIndex
CREATE INDEX "Certification_status_idx" ON "Certification"("status");

-- CreateIndex
CREATE INDEX "CertificationStatusChange_certificationId_at_idx" ON "CertificationStatusChange"("certificationId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "CodeProvision_codeVersion_code_key" ON "CodeProvision"("codeVersion", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_reference_key" ON "Complaint"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_idempotencyKey_key" ON "Complaint"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Complaint_state_receivedAt_idx" ON "Complaint"("state", "receivedAt");

-- CreateIndex
CREATE INDEX "Complaint_respondentCertificationId_idx" ON "Complaint"("respondentCertificationId");

-- CreateIndex
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Complainant_complaintId_key" ON "Complainant"("complaintId");

-- CreateIndex
CREATE INDEX "Complainant_email_idx" ON "Complainant"("email");

-- CreateIndex
CREATE INDEX "CaseProvision_provisionId_source_idx" ON "CaseProvision"("provisionId", "source");

-- CreateIndex
CREATE UNIQUE INDEX "CaseProvision_complaintId_provisionId_source_key" ON "CaseProvision"("complaintId", "provisionId", "source");

-- CreateIndex
CREATE INDEX "Witness_complaintId_idx" ON "Witness"("complaintId");

-- CreateIndex
CREATE INDEX "OtherProceeding_complaintId_idx" ON "OtherProceeding"("complaintId");

-- CreateIndex
CREATE UNIQUE INDEX "Consent_complaintId_kind_key" ON "Consent"("complaintId", "kind");

-- CreateIndex
CREATE INDEX "Document_complaintId_createdAt_idx" ON "Document"("complaintId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_complaintId_at_idx" ON "AuditEvent"("complaintId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_type_at_idx" ON "AuditEvent"("type", "at");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_stream_seq_key" ON "AuditEvent"("stream", "seq");

-- CreateIndex
CREATE INDEX "Deadline_status_dueAt_idx" ON "Deadline"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Deadline_complaintId_status_idx" ON "Deadline"("complaintId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_messageId_key" ON "Notice"("messageId");

-- CreateIndex
CREATE UNIQUE INDEX "Notice_linkTokenHash_key" ON "Notice"("linkTokenHash");

-- CreateIndex
CREATE INDEX "Notice_status_nextAttemptAt_idx" ON "Notice"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Notice_complaintId_createdAt_idx" ON "Notice"("complaintId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_complaintId_thread_createdAt_idx" ON "Message"("complaintId", "thread", "createdAt");

-- CreateIndex
CREATE INDEX "InternalNote_complaintId_createdAt_idx" ON "InternalNote"("complaintId", "createdAt");

-- CreateIndex
CREATE INDEX "InfoRequest_complaintId_idx" ON "InfoRequest"("complaintId");

-- CreateIndex
CREATE INDEX "ExtensionRequest_complaintId_idx" ON "ExtensionRequest"("complaintId");

-- CreateIndex
CREATE UNIQUE INDEX "CaseRepresentative_complaintId_personId_key" ON "CaseRepresentative"("complaintId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_complaintId_personId_key" ON "ConflictDeclaration"("complaintId", "personId");

-- CreateIndex
CREATE UNIQUE INDEX "Recusal_complaintId_personId_key" ON "Recusal"("complaintId", "personId");

-- CreateIndex
CREATE INDEX "MemberChallenge_complaintId_idx" ON "MemberChallenge"("complaintId");

-- CreateIndex
CREATE INDEX "Hearing_complaintId_idx" ON "Hearing"("complaintId");

-- CreateIndex
CREATE INDEX "Hearing_status_scheduledFor_idx" ON "Hearing"("status", "scheduledFor");

-- CreateIndex
CREATE INDEX "Decision_complaintId_decidedAt_idx" ON "Decision"("complaintId", "decidedAt");

-- CreateIndex
CREATE INDEX "Sanction_certificationId_status_idx" ON "Sanction"("certificationId", "status");

-- CreateIndex
CREATE INDEX "Sanction_complaintId_idx" ON "Sanction"("complaintId");

-- CreateIndex
CREATE INDEX "Sanction_isPublic_status_idx" ON "Sanction"("isPublic", "status");

-- CreateIndex
CREATE INDEX "SanctionCondition_sanctionId_idx" ON "SanctionCondition"("sanctionId");

-- CreateIndex
CREATE INDEX "Appeal_complaintId_idx" ON "Appeal"("complaintId");

-- CreateIndex
CREATE INDEX "ReopenPetition_complaintId_idx" ON "ReopenPetition"("complaintId");

-- CreateIndex
CREATE UNIQUE INDEX "IntakeDraft_tokenHash_key" ON "IntakeDraft"("tokenHash");

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certificant" ADD CONSTRAINT "Certificant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Certification" ADD CONSTRAINT "Certification_certificantId_fkey" FOREIGN KEY ("certificantId") REFERENCES "Certificant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationStatusChange" ADD CONSTRAINT "CertificationStatusChange_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificationStatusChange" ADD CONSTRAINT "CertificationStatusChange_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_respondentCertificationId_fkey" FOREIGN KEY ("respondentCertificationId") REFERENCES "Certification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_assignedStaffId_fkey" FOREIGN KEY ("assignedStaffId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complainant" ADD CONSTRAINT "Complainant_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseProvision" ADD CONSTRAINT "CaseProvision_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseProvision" ADD CONSTRAINT "CaseProvision_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "CodeProvision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Witness" ADD CONSTRAINT "Witness_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OtherProceeding" ADD CONSTRAINT "OtherProceeding_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_conditionId_fkey" FOREIGN KEY ("conditionId") REFERENCES "SanctionCondition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentBlob" ADD CONSTRAINT "DocumentBlob_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notice" ADD CONSTRAINT "Notice_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalNote" ADD CONSTRAINT "InternalNote_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InternalNote" ADD CONSTRAINT "InternalNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoRequest" ADD CONSTRAINT "InfoRequest_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExtensionRequest" ADD CONSTRAINT "ExtensionRequest_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseRepresentative" ADD CONSTRAINT "CaseRepresentative_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseRepresentative" ADD CONSTRAINT "CaseRepresentative_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recusal" ADD CONSTRAINT "Recusal_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberChallenge" ADD CONSTRAINT "MemberChallenge_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hearing" ADD CONSTRAINT "Hearing_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HearingPanelMember" ADD CONSTRAINT "HearingPanelMember_hearingId_fkey" FOREIGN KEY ("hearingId") REFERENCES "Hearing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HearingPanelMember" ADD CONSTRAINT "HearingPanelMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vote" ADD CONSTRAINT "Vote_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sanction" ADD CONSTRAINT "Sanction_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sanction" ADD CONSTRAINT "Sanction_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Sanction" ADD CONSTRAINT "Sanction_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SanctionCondition" ADD CONSTRAINT "SanctionCondition_sanctionId_fkey" FOREIGN KEY ("sanctionId") REFERENCES "Sanction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppealPanelMember" ADD CONSTRAINT "AppealPanelMember_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppealPanelMember" ADD CONSTRAINT "AppealPanelMember_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReopenPetition" ADD CONSTRAINT "ReopenPetition_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;
