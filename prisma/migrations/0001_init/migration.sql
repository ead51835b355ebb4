-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'ANALYST', 'AKIMAT', 'DEPUTY');

-- CreateEnum
CREATE TYPE "ProjectCategory" AS ENUM ('SOCIAL', 'COMMUNAL', 'TRANSPORT');

-- CreateEnum
CREATE TYPE "WorkType" AS ENUM ('NEW_CONSTRUCTION', 'CAPITAL_REPAIR', 'CURRENT_REPAIR');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'COMMISSIONED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "FundingSource" AS ENUM ('REPUBLICAN_BUDGET', 'LOCAL_BUDGET', 'BOND_LOANS', 'OTHER');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "TargetMetric" AS ENUM ('PROJECTS', 'PEOPLE_EMPLOYED', 'REFERRED_BY_EMPLOYMENT_CENTRES', 'YOUTH', 'OBJECTS_COMMISSIONED', 'PERMANENT_JOBS', 'ADJACENT_INDUSTRY_JOBS');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(2) NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "population" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "District" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "District_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    "districtId" INTEGER,
    "settlement" TEXT,
    "category" "ProjectCategory" NOT NULL,
    "workType" "WorkType" NOT NULL,
    "status" "ProjectStatus" NOT NULL DEFAULT 'PLANNED',
    "programmeYear" INTEGER NOT NULL,
    "plannedStart" DATE,
    "plannedEnd" DATE,
    "actualStart" DATE,
    "actualEnd" DATE,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "contractorName" TEXT,
    "contractorBin" VARCHAR(12),
    "plannedTemporaryJobs" INTEGER NOT NULL DEFAULT 0,
    "plannedPermanentJobs" INTEGER NOT NULL DEFAULT 0,
    "commissionedAt" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectFunding" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "source" "FundingSource" NOT NULL,
    "allocated" DECIMAL(16,2) NOT NULL DEFAULT 0,
    "disbursed" DECIMAL(16,2) NOT NULL DEFAULT 0,

    CONSTRAINT "ProjectFunding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Worker" (
    "id" SERIAL NOT NULL,
    "iin" VARCHAR(12) NOT NULL,
    "fullName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Worker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Placement" (
    "id" SERIAL NOT NULL,
    "workerId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "hiredAt" DATE NOT NULL,
    "endedAt" DATE,
    "position" TEXT,
    "referredByEmploymentCentre" BOOLEAN NOT NULL DEFAULT false,
    "referralNumber" TEXT,
    "unemployedBeforeHiring" BOOLEAN NOT NULL DEFAULT false,
    "youthAtHiring" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PermanentJob" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "employer" TEXT NOT NULL,
    "createdOn" DATE NOT NULL,
    "filled" BOOLEAN NOT NULL DEFAULT false,
    "workerId" INTEGER,

    CONSTRAINT "PermanentJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "metric" "TargetMetric" NOT NULL,
    "programmeYear" INTEGER NOT NULL,
    "regionId" INTEGER,
    "value" INTEGER NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MonthlyReport" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "adjacentIndustryJobs" INTEGER NOT NULL DEFAULT 0,
    "comment" TEXT,
    "reviewComment" TEXT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MonthlyReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "regionId" INTEGER,
    "passwordHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "email" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("email")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "District_regionId_idx" ON "District"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "District_regionId_nameRu_key" ON "District"("regionId", "nameRu");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_regionId_idx" ON "Project"("regionId");

-- CreateIndex
CREATE INDEX "Project_districtId_idx" ON "Project"("districtId");

-- CreateIndex
CREATE INDEX "Project_updatedById_idx" ON "Project"("updatedById");

-- CreateIndex
CREATE INDEX "Project_regionId_status_idx" ON "Project"("regionId", "status");

-- CreateIndex
CREATE INDEX "Project_programmeYear_idx" ON "Project"("programmeYear");

-- CreateIndex
CREATE INDEX "Project_category_idx" ON "Project"("category");

-- CreateIndex
CREATE INDEX "Project_workType_idx" ON "Project"("workType");

-- CreateIndex
CREATE INDEX "Project_status_idx" ON "Project"("status");

-- CreateIndex
CREATE INDEX "ProjectFunding_source_idx" ON "ProjectFunding"("source");

-- CreateIndex
CREATE UNIQUE INDEX "ProjectFunding_projectId_source_key" ON "ProjectFunding"("projectId", "source");

-- CreateIndex
CREATE UNIQUE INDEX "Worker_iin_key" ON "Worker"("iin");

-- CreateIndex
CREATE INDEX "Placement_projectId_idx" ON "Placement"("projectId");

-- CreateIndex
CREATE INDEX "Placement_hiredAt_idx" ON "Placement"("hiredAt");

-- CreateIndex
CREATE UNIQUE INDEX "Placement_workerId_projectId_hiredAt_key" ON "Placement"("workerId", "projectId", "hiredAt");

-- CreateIndex
CREATE INDEX "PermanentJob_projectId_idx" ON "PermanentJob"("projectId");

-- CreateIndex
CREATE INDEX "PermanentJob_workerId_idx" ON "PermanentJob"("workerId");

-- CreateIndex
CREATE INDEX "Target_regionId_idx" ON "Target"("regionId");

-- CreateIndex
CREATE INDEX "Target_metric_programmeYear_idx" ON "Target"("metric", "programmeYear");

-- CreateIndex
CREATE INDEX "MonthlyReport_month_status_idx" ON "MonthlyReport"("month", "status");

-- CreateIndex
CREATE INDEX "MonthlyReport_submittedById_idx" ON "MonthlyReport"("submittedById");

-- CreateIndex
CREATE INDEX "MonthlyReport_reviewedById_idx" ON "MonthlyReport"("reviewedById");

-- CreateIndex
CREATE UNIQUE INDEX "MonthlyReport_regionId_month_key" ON "MonthlyReport"("regionId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_regionId_idx" ON "User"("regionId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "AuditEvent_entity_entityId_idx" ON "AuditEvent"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "District" ADD CONSTRAINT "District_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFunding" ADD CONSTRAINT "ProjectFunding_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Placement" ADD CONSTRAINT "Placement_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermanentJob" ADD CONSTRAINT "PermanentJob_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PermanentJob" ADD CONSTRAINT "PermanentJob_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MonthlyReport" ADD CONSTRAINT "MonthlyReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
