-- CreateEnum
CREATE TYPE "ReopenStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- CreateTable
CREATE TABLE "ReportVersion" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "adjacentIndustryJobs" INTEGER NOT NULL,
    "comment" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" INTEGER,

    CONSTRAINT "ReportVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReopenRequest" (
    "id" SERIAL NOT NULL,
    "reportId" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "ReopenStatus" NOT NULL DEFAULT 'PENDING',
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "requestedById" INTEGER NOT NULL,
    "decidedAt" TIMESTAMP(3),
    "decidedById" INTEGER,
    "decisionComment" TEXT,

    CONSTRAINT "ReopenRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReportVersion_submittedById_idx" ON "ReportVersion"("submittedById");

-- CreateIndex
CREATE UNIQUE INDEX "ReportVersion_reportId_version_key" ON "ReportVersion"("reportId", "version");

-- CreateIndex
CREATE INDEX "ReopenRequest_reportId_idx" ON "ReopenRequest"("reportId");

-- CreateIndex
CREATE INDEX "ReopenRequest_status_idx" ON "ReopenRequest"("status");

-- CreateIndex
CREATE INDEX "ReopenRequest_requestedById_idx" ON "ReopenRequest"("requestedById");

-- CreateIndex
CREATE INDEX "ReopenRequest_decidedById_idx" ON "ReopenRequest"("decidedById");

-- AddForeignKey
ALTER TABLE "ReportVersion" ADD CONSTRAINT "ReportVersion_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MonthlyReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportVersion" ADD CONSTRAINT "ReportVersion_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReopenRequest" ADD CONSTRAINT "ReopenRequest_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "MonthlyReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReopenRequest" ADD CONSTRAINT "ReopenRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReopenRequest" ADD CONSTRAINT "ReopenRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Reports submitted before versions were kept: their one submission is version 1.
INSERT INTO "ReportVersion" ("reportId", version, figures, "adjacentIndustryJobs", comment, "submittedAt", "submittedById")
SELECT id, 1, figures, "adjacentIndustryJobs", comment, "submittedAt", "submittedById"
  FROM "MonthlyReport" WHERE figures IS NOT NULL AND "submittedAt" IS NOT NULL;
