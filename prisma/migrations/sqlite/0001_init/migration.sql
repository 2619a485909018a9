-- CreateTable
CREATE TABLE "BotStateItem" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "data" TEXT NOT NULL,
    "etag" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "locale" TEXT NOT NULL DEFAULT 'de-CH',
    "firstName" TEXT,
    "situation" TEXT,
    "schoolLevel" TEXT,
    "vocationalTraining" TEXT,
    "experienceYears" REAL,
    "currentStatus" TEXT,
    "postalCode" TEXT,
    "placeName" TEXT,
    "country" TEXT,
    "latitude" REAL,
    "longitude" REAL,
    "radiusKm" INTEGER,
    "pensumMin" INTEGER,
    "pensumMax" INTEGER,
    "startDate" TEXT,
    "positionKinds" TEXT NOT NULL DEFAULT '[]',
    "occupations" TEXT NOT NULL DEFAULT '[]',
    "ownWords" TEXT,
    "mobility" TEXT NOT NULL DEFAULT '{}',
    "interests" TEXT NOT NULL DEFAULT '{}',
    "visibility" TEXT NOT NULL DEFAULT 'private',
    "contactShare" TEXT,
    "jobAlert" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "profileVersion" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "ChannelAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "channelUserId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ChannelAccount_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonSkill" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "conceptId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "level" TEXT NOT NULL DEFAULT 'basic',
    "source" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PersonSkill_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonLanguage" (
    "personId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "level" TEXT NOT NULL,

    PRIMARY KEY ("personId", "language"),
    CONSTRAINT "PersonLanguage_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "granted" BOOLEAN NOT NULL,
    "textVersion" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Consent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConversationRef" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT,
    "hrUserId" TEXT,
    "channelId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "channelUserId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "unreachable" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ConversationRef_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConversationRef_hrUserId_fkey" FOREIGN KEY ("hrUserId") REFERENCES "HrUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Feedback" (
    "personId" TEXT NOT NULL,
    "itemType" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "verdict" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("personId", "itemType", "itemId"),
    CONSTRAINT "Feedback_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LinkCode" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "LinkCode_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartnerLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "inviterId" TEXT NOT NULL,
    "partnerId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" DATETIME,
    CONSTRAINT "PartnerLink_inviterId_fkey" FOREIGN KEY ("inviterId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartnerLink_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "personId" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("personId", "jobId"),
    CONSTRAINT "AlertDelivery_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SkillConcept" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL DEFAULT 'skill',
    "labelDe" TEXT NOT NULL,
    "labelDeCh" TEXT,
    "labelEn" TEXT,
    "altLabels" TEXT NOT NULL DEFAULT '[]',
    "field" TEXT,
    "related" TEXT NOT NULL DEFAULT '[]',
    "escoUri" TEXT
);

-- CreateTable
CREATE TABLE "Company" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "postalCode" TEXT,
    "placeName" TEXT,
    "country" TEXT NOT NULL DEFAULT 'CH',
    "website" TEXT,
    "subscriptionFrom" DATETIME,
    "subscriptionUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "JobPosting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "companyId" TEXT,
    "employerName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "occupationId" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" TEXT NOT NULL,
    "postalCode" TEXT,
    "placeName" TEXT,
    "country" TEXT NOT NULL DEFAULT 'CH',
    "latitude" REAL,
    "longitude" REAL,
    "pensumMin" INTEGER NOT NULL DEFAULT 100,
    "pensumMax" INTEGER NOT NULL DEFAULT 100,
    "startDate" TEXT,
    "validUntil" DATETIME,
    "languages" TEXT NOT NULL DEFAULT '[]',
    "skillPhrases" TEXT NOT NULL DEFAULT '[]',
    "link" TEXT,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "contentHash" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "searchTitle" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "JobPosting_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JobSkill" (
    "jobId" TEXT NOT NULL,
    "conceptId" TEXT NOT NULL,
    "essential" BOOLEAN NOT NULL DEFAULT true,
    "level" TEXT NOT NULL DEFAULT 'basic',

    PRIMARY KEY ("jobId", "conceptId"),
    CONSTRAINT "JobSkill_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "JobPosting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Training" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "source" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "postalCode" TEXT,
    "placeName" TEXT,
    "country" TEXT NOT NULL DEFAULT 'CH',
    "latitude" REAL,
    "longitude" REAL,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "startDate" DATETIME,
    "endDate" DATETIME,
    "durationHours" INTEGER,
    "costAmount" REAL,
    "currency" TEXT,
    "funding" TEXT NOT NULL DEFAULT '[]',
    "format" TEXT,
    "link" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "contentHash" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "TrainingSkill" (
    "trainingId" TEXT NOT NULL,
    "conceptId" TEXT NOT NULL,

    PRIMARY KEY ("trainingId", "conceptId"),
    CONSTRAINT "TrainingSkill_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "Training" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastRefreshAt" DATETIME,
    "lastStatus" TEXT,
    "lastError" TEXT,
    "lastSummary" TEXT,
    "itemCount" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "UsageCount" (
    "day" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("day", "event")
);

-- CreateTable
CREATE TABLE "HrUser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "displayName" TEXT,
    "digestFrequency" TEXT NOT NULL DEFAULT 'daily',
    "lastDigestAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HrUser_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InviteCode" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "companyId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedBy" TEXT,
    CONSTRAINT "InviteCode_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DigestItem" (
    "jobId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "companyId" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "breakdown" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "queuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reportedAt" DATETIME,
    "pseudonym" TEXT NOT NULL,

    PRIMARY KEY ("jobId", "personId"),
    CONSTRAINT "DigestItem_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ContactRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "hrUserId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    CONSTRAINT "ContactRequest_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ContactRequest_hrUserId_fkey" FOREIGN KEY ("hrUserId") REFERENCES "HrUser" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "details" TEXT NOT NULL DEFAULT '{}'
);

-- CreateTable
CREATE TABLE "Lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "lastRunAt" DATETIME
);

-- CreateTable
CREATE TABLE "DirectLineConversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "nextSeq" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "DirectLineActivity" (
    "conversationId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "activityId" TEXT NOT NULL,
    "clientId" TEXT,
    "data" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("conversationId", "seq"),
    CONSTRAINT "DirectLineActivity_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "DirectLineConversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "channelId" TEXT NOT NULL,
    "updateId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("channelId", "updateId")
);

-- CreateTable
CREATE TABLE "TelegramUpdate" (
    "id" BIGINT NOT NULL PRIMARY KEY,
    "updateId" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "payload" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "replies" TEXT
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "TokenRevocation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "revokedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Operator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "failedLogins" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" DATETIME
);

-- CreateTable
CREATE TABLE "OperatorInvite" (
    "tokenHash" TEXT NOT NULL PRIMARY KEY,
    "operatorId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    CONSTRAINT "OperatorInvite_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Operator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OperatorSession" (
    "idHash" TEXT NOT NULL PRIMARY KEY,
    "operatorId" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "OperatorSession_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Operator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StaffMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "onDuty" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "StaffInvite" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "roles" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedBy" TEXT
);

-- CreateTable
CREATE TABLE "StaffAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "staffId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "channelUserId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StaffAccount_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffMember" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HandoffCase" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT,
    "channelId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "summary" TEXT,
    "status" TEXT NOT NULL DEFAULT 'waiting',
    "staffId" TEXT,
    "callbackContact" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "takenAt" DATETIME,
    "closedAt" DATETIME
);

-- CreateTable
CREATE TABLE "HandoffOffer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "staffId" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    CONSTRAINT "HandoffOffer_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "HandoffCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HandoffMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "caseId" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HandoffMessage_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "HandoffCase" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoachLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "coachId" TEXT NOT NULL,
    "code" TEXT,
    "personId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'offered',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "linkedAt" DATETIME,
    "endedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "ChannelAccount_personId_idx" ON "ChannelAccount"("personId");

-- CreateIndex
CREATE INDEX "ChannelAccount_channelId_lastUsedAt_idx" ON "ChannelAccount"("channelId", "lastUsedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelAccount_channelId_channelUserId_key" ON "ChannelAccount"("channelId", "channelUserId");

-- CreateIndex
CREATE INDEX "PersonSkill_conceptId_idx" ON "PersonSkill"("conceptId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonSkill_personId_conceptId_key" ON "PersonSkill"("personId", "conceptId");

-- CreateIndex
CREATE INDEX "Consent_personId_kind_idx" ON "Consent"("personId", "kind");

-- CreateIndex
CREATE INDEX "ConversationRef_personId_idx" ON "ConversationRef"("personId");

-- CreateIndex
CREATE INDEX "ConversationRef_hrUserId_idx" ON "ConversationRef"("hrUserId");

-- CreateIndex
CREATE INDEX "ConversationRef_channelId_channelUserId_idx" ON "ConversationRef"("channelId", "channelUserId");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationRef_channelId_conversationId_key" ON "ConversationRef"("channelId", "conversationId");

-- CreateIndex
CREATE INDEX "LinkCode_personId_idx" ON "LinkCode"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerLink_code_key" ON "PartnerLink"("code");

-- CreateIndex
CREATE INDEX "PartnerLink_inviterId_idx" ON "PartnerLink"("inviterId");

-- CreateIndex
CREATE INDEX "PartnerLink_partnerId_idx" ON "PartnerLink"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "Company_name_key" ON "Company"("name");

-- CreateIndex
CREATE INDEX "JobPosting_companyId_idx" ON "JobPosting"("companyId");

-- CreateIndex
CREATE INDEX "JobPosting_updatedAt_idx" ON "JobPosting"("updatedAt");

-- CreateIndex
CREATE INDEX "JobPosting_validUntil_idx" ON "JobPosting"("validUntil");

-- CreateIndex
CREATE INDEX "JobPosting_occupationId_idx" ON "JobPosting"("occupationId");

-- CreateIndex
CREATE UNIQUE INDEX "JobPosting_source_externalId_key" ON "JobPosting"("source", "externalId");

-- CreateIndex
CREATE INDEX "JobSkill_conceptId_idx" ON "JobSkill"("conceptId");

-- CreateIndex
CREATE INDEX "Training_updatedAt_idx" ON "Training"("updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Training_source_externalId_key" ON "Training"("source", "externalId");

-- CreateIndex
CREATE INDEX "TrainingSkill_conceptId_idx" ON "TrainingSkill"("conceptId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "HrUser_companyId_idx" ON "HrUser"("companyId");

-- CreateIndex
CREATE INDEX "DigestItem_companyId_reportedAt_idx" ON "DigestItem"("companyId", "reportedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContactRequest_jobId_personId_hrUserId_key" ON "ContactRequest"("jobId", "personId", "hrUserId");

-- CreateIndex
CREATE INDEX "AuditEvent_subject_idx" ON "AuditEvent"("subject");

-- CreateIndex
CREATE INDEX "DirectLineConversation_userId_idx" ON "DirectLineConversation"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DirectLineActivity_conversationId_clientId_key" ON "DirectLineActivity"("conversationId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "TelegramUpdate_updateId_key" ON "TelegramUpdate"("updateId");

-- CreateIndex
CREATE INDEX "TelegramUpdate_chatId_id_idx" ON "TelegramUpdate"("chatId", "id");

-- CreateIndex
CREATE INDEX "TelegramUpdate_receivedAt_idx" ON "TelegramUpdate"("receivedAt");

-- CreateIndex
CREATE INDEX "TokenRevocation_expiresAt_idx" ON "TokenRevocation"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Operator_email_key" ON "Operator"("email");

-- CreateIndex
CREATE INDEX "OperatorInvite_operatorId_idx" ON "OperatorInvite"("operatorId");

-- CreateIndex
CREATE INDEX "OperatorSession_operatorId_idx" ON "OperatorSession"("operatorId");

-- CreateIndex
CREATE INDEX "OperatorSession_expiresAt_idx" ON "OperatorSession"("expiresAt");

-- CreateIndex
CREATE INDEX "StaffAccount_staffId_idx" ON "StaffAccount"("staffId");

-- CreateIndex
CREATE UNIQUE INDEX "StaffAccount_channelId_channelUserId_key" ON "StaffAccount"("channelId", "channelUserId");

-- CreateIndex
CREATE INDEX "HandoffCase_channelId_conversationId_status_idx" ON "HandoffCase"("channelId", "conversationId", "status");

-- CreateIndex
CREATE INDEX "HandoffCase_status_createdAt_idx" ON "HandoffCase"("status", "createdAt");

-- CreateIndex
CREATE INDEX "HandoffCase_personId_idx" ON "HandoffCase"("personId");

-- CreateIndex
CREATE INDEX "HandoffOffer_caseId_idx" ON "HandoffOffer"("caseId");

-- CreateIndex
CREATE INDEX "HandoffMessage_caseId_createdAt_idx" ON "HandoffMessage"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CoachLink_code_key" ON "CoachLink"("code");

-- CreateIndex
CREATE INDEX "CoachLink_coachId_status_idx" ON "CoachLink"("coachId", "status");

-- CreateIndex
CREATE INDEX "CoachLink_personId_status_idx" ON "CoachLink"("personId", "status");
