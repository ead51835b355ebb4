-- CreateTable
CREATE TABLE "ImportCheckedRows" (
    "jobId" INTEGER NOT NULL,
    "format" INTEGER NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "projects" JSONB NOT NULL,
    "rows" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportCheckedRows_pkey" PRIMARY KEY ("jobId")
);

-- CreateIndex
CREATE INDEX "ImportCheckedRows_createdAt_idx" ON "ImportCheckedRows"("createdAt");

-- AddForeignKey
ALTER TABLE "ImportCheckedRows" ADD CONSTRAINT "ImportCheckedRows_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ImportJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The rows are gzipped by the portal already: stored out of line as they are, not compressed again.
ALTER TABLE "ImportCheckedRows" ALTER COLUMN "rows" SET STORAGE EXTERNAL;
