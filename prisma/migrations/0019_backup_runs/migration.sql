-- Issue 19: every backup that ended (scheduled or `npm run db:backup`), for the administrators'
-- page /admin/backups: when, how large, which key, or why it failed.
-- CreateEnum
CREATE TYPE "BackupTrigger" AS ENUM ('SCHEDULED', 'REQUESTED', 'MANUAL');

-- CreateEnum
CREATE TYPE "BackupOutcome" AS ENUM ('SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "BackupRun" (
    "id" SERIAL NOT NULL,
    "trigger" "BackupTrigger" NOT NULL,
    "outcome" "BackupOutcome" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3) NOT NULL,
    "host" TEXT NOT NULL,
    "file" TEXT,
    "bytes" BIGINT,
    "rows" BIGINT,
    "keyId" TEXT,
    "errorKind" TEXT,
    "error" TEXT,
    "pruned" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "BackupRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BackupRun_finishedAt_idx" ON "BackupRun"("finishedAt");
