-- CreateTable
CREATE TABLE "WorkerRegionName" (
    "workerId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "fullName" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkerRegionName_pkey" PRIMARY KEY ("workerId","regionId")
);

-- CreateIndex
CREATE INDEX "WorkerRegionName_regionId_idx" ON "WorkerRegionName"("regionId");

-- AddForeignKey
ALTER TABLE "WorkerRegionName" ADD CONSTRAINT "WorkerRegionName_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkerRegionName" ADD CONSTRAINT "WorkerRegionName_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the name each region keeps for a person (docs/privacy.md) is filled, for people
-- a region placed or employed and has no name for yet, with the name the portal held for them
-- until now. Run here for existing data, and by the demo seed after its bulk load.
CREATE FUNCTION fill_worker_region_names() RETURNS bigint LANGUAGE sql AS $$
  WITH written AS (
    INSERT INTO "WorkerRegionName" ("workerId", "regionId", "fullName")
    SELECT DISTINCT x."workerId", pr."regionId", w."fullName"
      FROM (SELECT "workerId", "projectId" FROM "Placement"
            UNION SELECT "workerId", "projectId" FROM "PermanentJob" WHERE "workerId" IS NOT NULL) x
      JOIN "Project" pr ON pr.id = x."projectId"
      JOIN "Worker" w ON w.id = x."workerId"
    ON CONFLICT DO NOTHING
    RETURNING 1)
  SELECT count(*) FROM written
$$;

SELECT fill_worker_region_names();
