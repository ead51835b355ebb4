-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN     "fileDeletedAt" TIMESTAMP(3),
ALTER COLUMN "file" DROP NOT NULL;


-- Written by hand (data, not schema): the files of jobs that have already ended, or whose dry run
-- found errors (they can never be committed), are deleted now, as the portal deletes them from
-- here on; so are the rows their dry runs kept. Files of jobs still under way are swept by age.
UPDATE "ImportJob" SET file = NULL, "fileDeletedAt" = now()
 WHERE file IS NOT NULL
   AND (status IN ('COMMITTED', 'CANCELLED', 'FAILED') OR (status = 'VALIDATED' AND ("errorRows" > 0 OR "totalRows" = 0)));
DELETE FROM "ImportCheckedRows" AS k USING "ImportJob" AS j
 WHERE j.id = k."jobId" AND j.status IN ('COMMITTED', 'CANCELLED', 'FAILED');
