-- CreateTable
CREATE TABLE "WorkerProject" (
    "workerId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "placements" INTEGER NOT NULL,
    "referredPlacements" INTEGER NOT NULL,
    "youthPlacements" INTEGER NOT NULL,
    "youthReferredPlacements" INTEGER NOT NULL,
    "firstHiredAt" DATE NOT NULL,
    "firstReferredAt" DATE,
    "firstYouthAt" DATE,
    "firstYouthReferredAt" DATE,

    CONSTRAINT "WorkerProject_pkey" PRIMARY KEY ("workerId","projectId")
);

-- CreateTable
CREATE TABLE "MultiProjectMembership" (
    "workerId" INTEGER NOT NULL,
    "projectId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "category" "ProjectCategory" NOT NULL,
    "workType" "WorkType" NOT NULL,
    "programmeYear" INTEGER NOT NULL,
    "firstHiredAt" DATE NOT NULL,
    "firstReferredAt" DATE,
    "firstYouthAt" DATE,
    "firstYouthReferredAt" DATE,

    CONSTRAINT "MultiProjectMembership_pkey" PRIMARY KEY ("workerId","projectId")
);

-- CreateTable
CREATE TABLE "ProjectStats" (
    "projectId" INTEGER NOT NULL,
    "regionId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "category" "ProjectCategory" NOT NULL,
    "workType" "WorkType" NOT NULL,
    "programmeYear" INTEGER NOT NULL,
    "status" "ProjectStatus" NOT NULL,
    "plannedTemporaryJobs" INTEGER NOT NULL,
    "plannedPermanentJobs" INTEGER NOT NULL,
    "workers" INTEGER NOT NULL,
    "referredWorkers" INTEGER NOT NULL,
    "youthWorkers" INTEGER NOT NULL,
    "youthReferredWorkers" INTEGER NOT NULL,
    "placements" INTEGER NOT NULL,
    "permanentJobs" INTEGER NOT NULL,
    "permanentJobsFilled" INTEGER NOT NULL,

    CONSTRAINT "ProjectStats_pkey" PRIMARY KEY ("projectId")
);

-- CreateTable
CREATE TABLE "ProjectFundingStats" (
    "projectId" INTEGER NOT NULL,
    "source" "FundingSource" NOT NULL,
    "allocated" DECIMAL(16,2) NOT NULL,
    "disbursed" DECIMAL(16,2) NOT NULL,

    CONSTRAINT "ProjectFundingStats_pkey" PRIMARY KEY ("projectId","source")
);

-- CreateTable
CREATE TABLE "ProjectMonth" (
    "projectId" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "hires" INTEGER NOT NULL,
    "newWorkers" INTEGER NOT NULL,
    "newReferredWorkers" INTEGER NOT NULL,
    "newYouthWorkers" INTEGER NOT NULL,
    "newYouthReferredWorkers" INTEGER NOT NULL,
    "projectsStarted" INTEGER NOT NULL,
    "projectsCompleted" INTEGER NOT NULL,
    "projectsCommissioned" INTEGER NOT NULL,
    "permanentJobsCreated" INTEGER NOT NULL,

    CONSTRAINT "ProjectMonth_pkey" PRIMARY KEY ("projectId","month")
);

-- CreateTable
CREATE TABLE "CellStats" (
    "regionId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "category" "ProjectCategory" NOT NULL,
    "workType" "WorkType" NOT NULL,
    "programmeYear" INTEGER NOT NULL,
    "projects" INTEGER NOT NULL,
    "plannedProjects" INTEGER NOT NULL,
    "inProgressProjects" INTEGER NOT NULL,
    "completedProjects" INTEGER NOT NULL,
    "commissionedProjects" INTEGER NOT NULL,
    "suspendedProjects" INTEGER NOT NULL,
    "plannedTemporaryJobs" INTEGER NOT NULL,
    "plannedPermanentJobs" INTEGER NOT NULL,
    "workers" INTEGER NOT NULL,
    "referredWorkers" INTEGER NOT NULL,
    "youthWorkers" INTEGER NOT NULL,
    "youthReferredWorkers" INTEGER NOT NULL,
    "placements" INTEGER NOT NULL,
    "permanentJobs" INTEGER NOT NULL,
    "permanentJobsFilled" INTEGER NOT NULL,

    CONSTRAINT "CellStats_pkey" PRIMARY KEY ("regionId","districtId","category","workType","programmeYear")
);

-- CreateTable
CREATE TABLE "CellFunding" (
    "regionId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "category" "ProjectCategory" NOT NULL,
    "workType" "WorkType" NOT NULL,
    "programmeYear" INTEGER NOT NULL,
    "source" "FundingSource" NOT NULL,
    "projects" INTEGER NOT NULL,
    "allocated" DECIMAL(20,2) NOT NULL,
    "disbursed" DECIMAL(20,2) NOT NULL,

    CONSTRAINT "CellFunding_pkey" PRIMARY KEY ("regionId","districtId","category","workType","programmeYear","source")
);

-- CreateTable
CREATE TABLE "CellMonth" (
    "regionId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "category" "ProjectCategory" NOT NULL,
    "workType" "WorkType" NOT NULL,
    "programmeYear" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "hires" INTEGER NOT NULL,
    "newWorkers" INTEGER NOT NULL,
    "newReferredWorkers" INTEGER NOT NULL,
    "newYouthWorkers" INTEGER NOT NULL,
    "newYouthReferredWorkers" INTEGER NOT NULL,
    "projectsStarted" INTEGER NOT NULL,
    "projectsCompleted" INTEGER NOT NULL,
    "projectsCommissioned" INTEGER NOT NULL,
    "permanentJobsCreated" INTEGER NOT NULL,

    CONSTRAINT "CellMonth_pkey" PRIMARY KEY ("regionId","districtId","category","workType","programmeYear","month")
);

-- CreateTable
CREATE TABLE "RegionMonth" (
    "regionId" INTEGER NOT NULL,
    "category" "ProjectCategory" NOT NULL,
    "workType" "WorkType" NOT NULL,
    "programmeYear" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "hires" INTEGER NOT NULL,
    "newWorkers" INTEGER NOT NULL,
    "newReferredWorkers" INTEGER NOT NULL,
    "newYouthWorkers" INTEGER NOT NULL,
    "newYouthReferredWorkers" INTEGER NOT NULL,
    "projectsStarted" INTEGER NOT NULL,
    "projectsCompleted" INTEGER NOT NULL,
    "projectsCommissioned" INTEGER NOT NULL,
    "permanentJobsCreated" INTEGER NOT NULL,

    CONSTRAINT "RegionMonth_pkey" PRIMARY KEY ("regionId","category","workType","programmeYear","month")
);

-- CreateTable
CREATE TABLE "PeopleCorrection" (
    "regionId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "programmeYear" INTEGER NOT NULL,
    "month" DATE NOT NULL,
    "workers" INTEGER NOT NULL,
    "referredWorkers" INTEGER NOT NULL,
    "youthWorkers" INTEGER NOT NULL,
    "youthReferredWorkers" INTEGER NOT NULL,

    CONSTRAINT "PeopleCorrection_pkey" PRIMARY KEY ("regionId","districtId","programmeYear","month")
);

-- CreateIndex
CREATE INDEX "WorkerProject_projectId_idx" ON "WorkerProject"("projectId");

-- CreateIndex
CREATE INDEX "MultiProjectMembership_projectId_idx" ON "MultiProjectMembership"("projectId");

-- CreateIndex
CREATE INDEX "MultiProjectMembership_regionId_districtId_idx" ON "MultiProjectMembership"("regionId", "districtId");

-- CreateIndex
CREATE INDEX "ProjectStats_regionId_districtId_idx" ON "ProjectStats"("regionId", "districtId");

-- CreateIndex
CREATE INDEX "ProjectFundingStats_source_projectId_idx" ON "ProjectFundingStats"("source", "projectId");

-- =============================================================================================
-- Dashboard summaries (issue 5): kept current by triggers, in the same transaction as each write.
--
-- Every dashboard figure must be exact and live, yet a GROUP BY over two million placements takes
-- 0.3–3.7 s (platform.md). So figures are read from small summary tables that these functions keep
-- equal to what rebuild_summaries() computes from the records.
--
-- Levels:
--   per-key snapshots, recomputed from the records for the keys a statement touched, under a lock
--   on the key's record (Project row for a project, Worker row for a person):
--     WorkerProject, ProjectStats, ProjectMonth, ProjectFundingStats, MultiProjectMembership;
--   sums, changed by the difference between a snapshot's old and new rows (increments are safe
--   under concurrent writers in READ COMMITTED, the default isolation):
--     CellStats, CellFunding, CellMonth, RegionMonth, PeopleCorrection.
-- Recomputing per key (rather than adding each statement's rows) makes every step idempotent, so
-- the result does not depend on the order in which triggers of cascading deletes fire.
-- Triggers are statement-level with transition tables (PostgreSQL >= 10): a 200,000-row import
-- costs a few set operations, not 200,000 trigger calls.
--
-- Bulk loads may switch triggers off (SET session_replication_role = replica) and then run
-- SELECT rebuild_summaries(); so must anything that TRUNCATEs a record table.
-- =============================================================================================

-- First day of the month of a date, as a date (no time zone involved).
CREATE FUNCTION summary_month(day date) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT date_trunc('month', day::timestamp)::date $$;

-- ---------------------------------------------------------------------------------------------
-- WorkerProject for the given (worker, project) pairs; returns the workers whose rows changed.
-- Callers hold the lock on the pairs' projects.
CREATE FUNCTION summary_sync_worker_projects(pair_workers int[], pair_projects int[]) RETURNS int[]
LANGUAGE plpgsql AS $$
DECLARE
  changed int[];
BEGIN
  WITH pairs AS (
    SELECT DISTINCT k.w, k.p FROM unnest(pair_workers, pair_projects) AS k(w, p)
  ),
  fresh AS (
    SELECT pairs.w AS "workerId", pairs.p AS "projectId", a.*
    FROM pairs
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS placements,
             (count(*) FILTER (WHERE pl."referredByEmploymentCentre"))::int AS referred,
             (count(*) FILTER (WHERE pl."youthAtHiring"))::int AS youth,
             (count(*) FILTER (WHERE pl."referredByEmploymentCentre" AND pl."youthAtHiring"))::int AS youth_referred,
             min(pl."hiredAt") AS first_hired,
             min(pl."hiredAt") FILTER (WHERE pl."referredByEmploymentCentre") AS first_referred,
             min(pl."hiredAt") FILTER (WHERE pl."youthAtHiring") AS first_youth,
             min(pl."hiredAt") FILTER (WHERE pl."referredByEmploymentCentre" AND pl."youthAtHiring") AS first_youth_referred
      FROM "Placement" pl
      WHERE pl."workerId" = pairs.w AND pl."projectId" = pairs.p
    ) a
    WHERE a.placements > 0
  ),
  upserted AS (
    INSERT INTO "WorkerProject" AS t
    SELECT * FROM fresh ORDER BY 1, 2
    ON CONFLICT ("workerId", "projectId") DO UPDATE SET
      "placements" = excluded."placements",
      "referredPlacements" = excluded."referredPlacements",
      "youthPlacements" = excluded."youthPlacements",
      "youthReferredPlacements" = excluded."youthReferredPlacements",
      "firstHiredAt" = excluded."firstHiredAt",
      "firstReferredAt" = excluded."firstReferredAt",
      "firstYouthAt" = excluded."firstYouthAt",
      "firstYouthReferredAt" = excluded."firstYouthReferredAt"
    WHERE ROW(t.*) IS DISTINCT FROM ROW(excluded.*)
    RETURNING t."workerId"
  ),
  deleted AS (
    DELETE FROM "WorkerProject" t USING pairs
    WHERE t."workerId" = pairs.w AND t."projectId" = pairs.p
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."workerId" = pairs.w AND f."projectId" = pairs.p)
    RETURNING t."workerId"
  )
  SELECT array_agg(DISTINCT c.w) INTO changed
  FROM (SELECT "workerId" FROM upserted UNION ALL SELECT "workerId" FROM deleted) AS c(w);
  RETURN coalesce(changed, '{}');
END $$;

-- ---------------------------------------------------------------------------------------------
-- ProjectMonth of the given projects, and its difference into CellMonth and RegionMonth.
-- Old rows are placed in the project's previous cell (ProjectStats, not yet updated), new rows
-- in its current cell (Project).
CREATE FUNCTION summary_sync_project_months(ids int[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  WITH fresh AS (
    SELECT p.id AS "projectId", v.month,
           p."regionId" AS r, coalesce(p."districtId", 0) AS d, p.category AS c, p."workType" AS wt, p."programmeYear" AS y,
           sum(v.hires)::int AS hires, sum(v.nw)::int AS nw, sum(v.nr)::int AS nr, sum(v.ny)::int AS ny,
           sum(v.nyr)::int AS nyr, sum(v.ps)::int AS ps, sum(v.pc)::int AS pc, sum(v.pm)::int AS pm,
           sum(v.pj)::int AS pj
    FROM "Project" p
    CROSS JOIN LATERAL (
      SELECT summary_month(pl."hiredAt"), 1, 0, 0, 0, 0, 0, 0, 0, 0
      FROM "Placement" pl WHERE pl."projectId" = p.id
      UNION ALL
      SELECT summary_month(f.first), 0, f.nw, f.nr, f.ny, f.nyr, 0, 0, 0, 0
      FROM "WorkerProject" wp
      CROSS JOIN LATERAL (VALUES (wp."firstHiredAt", 1, 0, 0, 0), (wp."firstReferredAt", 0, 1, 0, 0),
                                 (wp."firstYouthAt", 0, 0, 1, 0), (wp."firstYouthReferredAt", 0, 0, 0, 1)
                         ) AS f(first, nw, nr, ny, nyr)
      WHERE wp."projectId" = p.id AND f.first IS NOT NULL
      UNION ALL
      SELECT summary_month(e.day), 0, 0, 0, 0, 0, e.ps, e.pc, e.pm, 0
      FROM (VALUES (p."actualStart", 1, 0, 0), (p."actualEnd", 0, 1, 0), (p."commissionedAt", 0, 0, 1)) AS e(day, ps, pc, pm)
      WHERE e.day IS NOT NULL
      UNION ALL
      SELECT summary_month(j."createdOn"), 0, 0, 0, 0, 0, 0, 0, 0, 1
      FROM "PermanentJob" j WHERE j."projectId" = p.id
    ) AS v(month, hires, nw, nr, ny, nyr, ps, pc, pm, pj)
    WHERE p.id = ANY(ids)
    GROUP BY p.id, v.month
  ),
  old AS (
    SELECT m.*, s."regionId" AS r, s."districtId" AS d, s.category AS c, s."workType" AS wt, s."programmeYear" AS y
    FROM "ProjectMonth" m JOIN "ProjectStats" s ON s."projectId" = m."projectId"
    WHERE m."projectId" = ANY(ids)
  ),
  upserted AS (
    INSERT INTO "ProjectMonth" AS t
    SELECT "projectId", month, hires, nw, nr, ny, nyr, ps, pc, pm, pj FROM fresh ORDER BY 1, 2
    ON CONFLICT ("projectId", "month") DO UPDATE SET
      "hires" = excluded."hires",
      "newWorkers" = excluded."newWorkers",
      "newReferredWorkers" = excluded."newReferredWorkers",
      "newYouthWorkers" = excluded."newYouthWorkers",
      "newYouthReferredWorkers" = excluded."newYouthReferredWorkers",
      "projectsStarted" = excluded."projectsStarted",
      "projectsCompleted" = excluded."projectsCompleted",
      "projectsCommissioned" = excluded."projectsCommissioned",
      "permanentJobsCreated" = excluded."permanentJobsCreated"
    WHERE ROW(t.*) IS DISTINCT FROM ROW(excluded.*)
  ),
  deleted AS (
    DELETE FROM "ProjectMonth" t
    WHERE t."projectId" = ANY(ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."projectId" = t."projectId" AND f.month = t.month)
  ),
  delta AS (
    SELECT r, d, c, wt, y, month,
           sum(hires)::int AS hires, sum(nw)::int AS nw, sum(nr)::int AS nr, sum(ny)::int AS ny, sum(nyr)::int AS nyr,
           sum(ps)::int AS ps, sum(pc)::int AS pc, sum(pm)::int AS pm, sum(pj)::int AS pj
    FROM (
      SELECT r, d, c, wt, y, month, hires, nw, nr, ny, nyr, ps, pc, pm, pj FROM fresh
      UNION ALL
      SELECT r, d, c, wt, y, month, -"hires", -"newWorkers", -"newReferredWorkers", -"newYouthWorkers",
             -"newYouthReferredWorkers", -"projectsStarted", -"projectsCompleted", -"projectsCommissioned",
             -"permanentJobsCreated"
      FROM old
    ) AS x
    GROUP BY r, d, c, wt, y, month
    HAVING (sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj))
           <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
  ),
  cell_month AS (
    INSERT INTO "CellMonth" AS t
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("regionId", "districtId", "category", "workType", "programmeYear", "month") DO UPDATE SET
      "hires" = t."hires" + excluded."hires",
      "newWorkers" = t."newWorkers" + excluded."newWorkers",
      "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
      "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
      "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
      "projectsStarted" = t."projectsStarted" + excluded."projectsStarted",
      "projectsCompleted" = t."projectsCompleted" + excluded."projectsCompleted",
      "projectsCommissioned" = t."projectsCommissioned" + excluded."projectsCommissioned",
      "permanentJobsCreated" = t."permanentJobsCreated" + excluded."permanentJobsCreated"
  )
  INSERT INTO "RegionMonth" AS t
  SELECT r, c, wt, y, month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj)
  FROM delta
  GROUP BY r, c, wt, y, month
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("regionId", "category", "workType", "programmeYear", "month") DO UPDATE SET
    "hires" = t."hires" + excluded."hires",
    "newWorkers" = t."newWorkers" + excluded."newWorkers",
    "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
    "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
    "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
    "projectsStarted" = t."projectsStarted" + excluded."projectsStarted",
    "projectsCompleted" = t."projectsCompleted" + excluded."projectsCompleted",
    "projectsCommissioned" = t."projectsCommissioned" + excluded."projectsCommissioned",
    "permanentJobsCreated" = t."permanentJobsCreated" + excluded."permanentJobsCreated";
END $$;

-- ---------------------------------------------------------------------------------------------
-- ProjectFundingStats of the given projects, and its difference into CellFunding. A project
-- "has" a source when money is allocated from it (allocated > 0).
CREATE FUNCTION summary_sync_project_funding(ids int[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  WITH fresh AS (
    SELECT f."projectId", f.source, f.allocated, f.disbursed,
           p."regionId" AS r, coalesce(p."districtId", 0) AS d, p.category AS c, p."workType" AS wt, p."programmeYear" AS y
    FROM "ProjectFunding" f JOIN "Project" p ON p.id = f."projectId"
    WHERE f."projectId" = ANY(ids) AND (f.allocated <> 0 OR f.disbursed <> 0)
  ),
  old AS (
    SELECT f.*, s."regionId" AS r, s."districtId" AS d, s.category AS c, s."workType" AS wt, s."programmeYear" AS y
    FROM "ProjectFundingStats" f JOIN "ProjectStats" s ON s."projectId" = f."projectId"
    WHERE f."projectId" = ANY(ids)
  ),
  upserted AS (
    INSERT INTO "ProjectFundingStats" AS t
    SELECT "projectId", source, allocated, disbursed FROM fresh ORDER BY 1, 2
    ON CONFLICT ("projectId", "source") DO UPDATE SET
      "allocated" = excluded."allocated", "disbursed" = excluded."disbursed"
    WHERE (t."allocated", t."disbursed") IS DISTINCT FROM (excluded."allocated", excluded."disbursed")
  ),
  deleted AS (
    DELETE FROM "ProjectFundingStats" t
    WHERE t."projectId" = ANY(ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."projectId" = t."projectId" AND f.source = t.source)
  ),
  delta AS (
    SELECT r, d, c, wt, y, source, sum(n)::int AS n, sum(allocated) AS allocated, sum(disbursed) AS disbursed
    FROM (
      SELECT r, d, c, wt, y, source, (allocated > 0)::int AS n, allocated, disbursed FROM fresh
      UNION ALL
      SELECT r, d, c, wt, y, source, -(allocated > 0)::int, -allocated, -disbursed FROM old
    ) AS x
    GROUP BY r, d, c, wt, y, source
    HAVING (sum(n), sum(allocated), sum(disbursed)) <> (0, 0, 0)
  )
  INSERT INTO "CellFunding" AS t
  SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("regionId", "districtId", "category", "workType", "programmeYear", "source") DO UPDATE SET
    "projects" = t."projects" + excluded."projects",
    "allocated" = t."allocated" + excluded."allocated",
    "disbursed" = t."disbursed" + excluded."disbursed";
END $$;

-- ---------------------------------------------------------------------------------------------
-- ProjectStats of the given projects, and its difference into CellStats. Returns the projects
-- whose cell changed (their multi-project people must be moved in MultiProjectMembership).
CREATE FUNCTION summary_sync_project_stats(ids int[]) RETURNS int[]
LANGUAGE plpgsql AS $$
DECLARE
  moved int[];
BEGIN
  WITH fresh AS (
    SELECT p.id AS "projectId", p."regionId", coalesce(p."districtId", 0) AS "districtId", p.category, p."workType",
           p."programmeYear", p.status, p."plannedTemporaryJobs", p."plannedPermanentJobs",
           w.workers, w.referred, w.youth, w.youth_referred, w.placements, j.jobs, j.filled
    FROM "Project" p
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS workers, count(wp."firstReferredAt")::int AS referred,
             count(wp."firstYouthAt")::int AS youth, count(wp."firstYouthReferredAt")::int AS youth_referred,
             coalesce(sum(wp."placements"), 0)::int AS placements
      FROM "WorkerProject" wp WHERE wp."projectId" = p.id
    ) AS w
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS jobs, (count(*) FILTER (WHERE j."filled"))::int AS filled
      FROM "PermanentJob" j WHERE j."projectId" = p.id
    ) AS j
    WHERE p.id = ANY(ids)
  ),
  old AS (
    SELECT * FROM "ProjectStats" WHERE "projectId" = ANY(ids)
  ),
  upserted AS (
    INSERT INTO "ProjectStats" AS t
    SELECT * FROM fresh ORDER BY 1
    ON CONFLICT ("projectId") DO UPDATE SET
      "regionId" = excluded."regionId",
      "districtId" = excluded."districtId",
      "category" = excluded."category",
      "workType" = excluded."workType",
      "programmeYear" = excluded."programmeYear",
      "status" = excluded."status",
      "plannedTemporaryJobs" = excluded."plannedTemporaryJobs",
      "plannedPermanentJobs" = excluded."plannedPermanentJobs",
      "workers" = excluded."workers",
      "referredWorkers" = excluded."referredWorkers",
      "youthWorkers" = excluded."youthWorkers",
      "youthReferredWorkers" = excluded."youthReferredWorkers",
      "placements" = excluded."placements",
      "permanentJobs" = excluded."permanentJobs",
      "permanentJobsFilled" = excluded."permanentJobsFilled"
    WHERE ROW(t.*) IS DISTINCT FROM ROW(excluded.*)
  ),
  deleted AS (
    DELETE FROM "ProjectStats" t
    WHERE t."projectId" = ANY(ids) AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."projectId" = t."projectId")
  ),
  signed AS (
    SELECT 1 AS sign, * FROM fresh
    UNION ALL
    SELECT -1, * FROM old
  ),
  delta AS (
    SELECT "regionId", "districtId", category, "workType", "programmeYear",
           sum(sign)::int AS projects,
           (sum(sign) FILTER (WHERE status = 'PLANNED'))::int AS planned,
           (sum(sign) FILTER (WHERE status = 'IN_PROGRESS'))::int AS in_progress,
           (sum(sign) FILTER (WHERE status = 'COMPLETED'))::int AS completed,
           (sum(sign) FILTER (WHERE status = 'COMMISSIONED'))::int AS commissioned,
           (sum(sign) FILTER (WHERE status = 'SUSPENDED'))::int AS suspended,
           sum(sign * "plannedTemporaryJobs")::int AS planned_temporary,
           sum(sign * "plannedPermanentJobs")::int AS planned_permanent,
           sum(sign * workers)::int AS workers,
           sum(sign * referred)::int AS referred,
           sum(sign * youth)::int AS youth,
           sum(sign * youth_referred)::int AS youth_referred,
           sum(sign * placements)::int AS placements,
           sum(sign * jobs)::int AS jobs,
           sum(sign * filled)::int AS filled
    FROM signed
    GROUP BY "regionId", "districtId", category, "workType", "programmeYear"
  ),
  applied AS (
    INSERT INTO "CellStats" AS t
    SELECT "regionId", "districtId", category, "workType", "programmeYear", projects,
           coalesce(planned, 0), coalesce(in_progress, 0), coalesce(completed, 0), coalesce(commissioned, 0),
           coalesce(suspended, 0), planned_temporary, planned_permanent, workers, referred, youth, youth_referred,
           placements, jobs, filled
    FROM delta
    WHERE (projects, coalesce(planned, 0), coalesce(in_progress, 0), coalesce(completed, 0), coalesce(commissioned, 0),
           coalesce(suspended, 0), planned_temporary, planned_permanent, workers, referred, youth, youth_referred,
           placements, jobs, filled) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("regionId", "districtId", "category", "workType", "programmeYear") DO UPDATE SET
      "projects" = t."projects" + excluded."projects",
      "plannedProjects" = t."plannedProjects" + excluded."plannedProjects",
      "inProgressProjects" = t."inProgressProjects" + excluded."inProgressProjects",
      "completedProjects" = t."completedProjects" + excluded."completedProjects",
      "commissionedProjects" = t."commissionedProjects" + excluded."commissionedProjects",
      "suspendedProjects" = t."suspendedProjects" + excluded."suspendedProjects",
      "plannedTemporaryJobs" = t."plannedTemporaryJobs" + excluded."plannedTemporaryJobs",
      "plannedPermanentJobs" = t."plannedPermanentJobs" + excluded."plannedPermanentJobs",
      "workers" = t."workers" + excluded."workers",
      "referredWorkers" = t."referredWorkers" + excluded."referredWorkers",
      "youthWorkers" = t."youthWorkers" + excluded."youthWorkers",
      "youthReferredWorkers" = t."youthReferredWorkers" + excluded."youthReferredWorkers",
      "placements" = t."placements" + excluded."placements",
      "permanentJobs" = t."permanentJobs" + excluded."permanentJobs",
      "permanentJobsFilled" = t."permanentJobsFilled" + excluded."permanentJobsFilled"
  )
  SELECT array_agg(f."projectId") INTO moved
  FROM fresh f JOIN old o ON o."projectId" = f."projectId"
  WHERE (f."regionId", f."districtId", f.category, f."workType", f."programmeYear")
        IS DISTINCT FROM (o."regionId", o."districtId", o.category, o."workType", o."programmeYear");
  RETURN coalesce(moved, '{}');
END $$;

-- ---------------------------------------------------------------------------------------------
-- MultiProjectMembership of the given people, and its difference into PeopleCorrection.
-- A person counts in several projects' distinct counts; for a set of projects S the number of
-- distinct people is Σ_{p∈S} people(p) − Σ_person (|projects(person) ∩ S| − 1)⁺. PeopleCorrection
-- holds that second sum per month for common scopes: a person adds +1 at the month of each of
-- their first hires in the scope's projects and −1 at the earliest of them. The same for
-- referred, youth and youth-among-referred, each with its own first date.
CREATE FUNCTION summary_sync_memberships(person_ids int[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  kr int[]; kd int[]; ky int[]; km date[];
BEGIN
  -- Lock the people first: their memberships depend on all their projects, which other
  -- transactions (holding other projects' locks) may be changing at the same time.
  PERFORM 1 FROM "Worker" WHERE id = ANY(person_ids) ORDER BY id FOR NO KEY UPDATE;

  WITH fresh AS (
    SELECT wp."workerId", wp."projectId", s."regionId", s."districtId", s.category, s."workType", s."programmeYear",
           wp."firstHiredAt", wp."firstReferredAt", wp."firstYouthAt", wp."firstYouthReferredAt"
    FROM "WorkerProject" wp JOIN "ProjectStats" s ON s."projectId" = wp."projectId"
    WHERE wp."workerId" = ANY(person_ids)
      AND (SELECT count(*) FROM "WorkerProject" x WHERE x."workerId" = wp."workerId") >= 2
  ),
  old AS (
    SELECT * FROM "MultiProjectMembership" WHERE "workerId" = ANY(person_ids)
  ),
  upserted AS (
    INSERT INTO "MultiProjectMembership" AS t
    SELECT * FROM fresh ORDER BY 1, 2
    ON CONFLICT ("workerId", "projectId") DO UPDATE SET
      "regionId" = excluded."regionId",
      "districtId" = excluded."districtId",
      "category" = excluded."category",
      "workType" = excluded."workType",
      "programmeYear" = excluded."programmeYear",
      "firstHiredAt" = excluded."firstHiredAt",
      "firstReferredAt" = excluded."firstReferredAt",
      "firstYouthAt" = excluded."firstYouthAt",
      "firstYouthReferredAt" = excluded."firstYouthReferredAt"
    WHERE ROW(t.*) IS DISTINCT FROM ROW(excluded.*)
  ),
  deleted AS (
    DELETE FROM "MultiProjectMembership" t
    WHERE t."workerId" = ANY(person_ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."workerId" = t."workerId" AND f."projectId" = t."projectId")
  ),
  items AS (
    SELECT x.sign, x."workerId", s.r, s.d, s.y, k.kind, summary_month(k.first) AS month
    FROM (SELECT 1 AS sign, * FROM fresh UNION ALL SELECT -1, * FROM old) AS x
    CROSS JOIN LATERAL (VALUES (0, -1, 0), (0, -1, x."programmeYear"),
                               (x."regionId", -1, 0), (x."regionId", -1, x."programmeYear"),
                               (x."regionId", x."districtId", 0), (x."regionId", x."districtId", x."programmeYear")
                       ) AS s(r, d, y)
    CROSS JOIN LATERAL (VALUES (0, x."firstHiredAt"), (1, x."firstReferredAt"), (2, x."firstYouthAt"),
                               (3, x."firstYouthReferredAt")) AS k(kind, first)
    WHERE k.first IS NOT NULL
  ),
  amounts AS (
    SELECT r, d, y, month, kind, sign AS n FROM items
    UNION ALL
    SELECT r, d, y, min(month), kind, -sign FROM items GROUP BY sign, "workerId", r, d, y, kind
  ),
  delta AS (
    SELECT r, d, y, month,
           coalesce(sum(n) FILTER (WHERE kind = 0), 0)::int AS workers,
           coalesce(sum(n) FILTER (WHERE kind = 1), 0)::int AS referred,
           coalesce(sum(n) FILTER (WHERE kind = 2), 0)::int AS youth,
           coalesce(sum(n) FILTER (WHERE kind = 3), 0)::int AS youth_referred
    FROM amounts
    GROUP BY r, d, y, month
  ),
  applied AS (
    INSERT INTO "PeopleCorrection" AS t
    SELECT * FROM delta WHERE (workers, referred, youth, youth_referred) <> (0, 0, 0, 0)
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("regionId", "districtId", "programmeYear", "month") DO UPDATE SET
      "workers" = t."workers" + excluded."workers",
      "referredWorkers" = t."referredWorkers" + excluded."referredWorkers",
      "youthWorkers" = t."youthWorkers" + excluded."youthWorkers",
      "youthReferredWorkers" = t."youthReferredWorkers" + excluded."youthReferredWorkers"
    RETURNING t."regionId", t."districtId", t."programmeYear", t."month",
              (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers") = (0, 0, 0, 0) AS empty
  )
  SELECT array_agg("regionId"), array_agg("districtId"), array_agg("programmeYear"), array_agg("month")
  INTO kr, kd, ky, km
  FROM applied WHERE empty;

  IF kr IS NOT NULL THEN
    -- The WHERE is checked again on the latest row version, so a concurrent increment survives.
    DELETE FROM "PeopleCorrection" t
    USING unnest(kr, kd, ky, km) AS k(r, d, y, month)
    WHERE (t."regionId", t."districtId", t."programmeYear", t."month") = (k.r, k.d, k.y, k.month)
      AND (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers") = (0, 0, 0, 0);
  END IF;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Removes sum rows that became all zeros in the given cells, as rebuild_summaries() has none.
CREATE FUNCTION summary_delete_empty_cells(
  kr int[], kd int[], kc "ProjectCategory"[], kw "WorkType"[], ky int[]
) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "CellStats" t USING unnest(kr, kd, kc, kw, ky) AS k(r, d, c, w, y)
  WHERE (t."regionId", t."districtId", t.category, t."workType", t."programmeYear") = (k.r, k.d, k.c, k.w, k.y)
    AND (t."projects", t."plannedProjects", t."inProgressProjects", t."completedProjects", t."commissionedProjects",
         t."suspendedProjects", t."plannedTemporaryJobs", t."plannedPermanentJobs", t."workers", t."referredWorkers",
         t."youthWorkers", t."youthReferredWorkers", t."placements", t."permanentJobs", t."permanentJobsFilled")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  DELETE FROM "CellFunding" t USING unnest(kr, kd, kc, kw, ky) AS k(r, d, c, w, y)
  WHERE (t."regionId", t."districtId", t.category, t."workType", t."programmeYear") = (k.r, k.d, k.c, k.w, k.y)
    AND (t."projects", t."allocated", t."disbursed") = (0, 0, 0);
  DELETE FROM "CellMonth" t USING unnest(kr, kd, kc, kw, ky) AS k(r, d, c, w, y)
  WHERE (t."regionId", t."districtId", t.category, t."workType", t."programmeYear") = (k.r, k.d, k.c, k.w, k.y)
    AND (t."hires", t."newWorkers", t."newReferredWorkers", t."newYouthWorkers", t."newYouthReferredWorkers",
         t."projectsStarted", t."projectsCompleted", t."projectsCommissioned", t."permanentJobsCreated")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0);
  DELETE FROM "RegionMonth" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."hires", t."newWorkers", t."newReferredWorkers", t."newYouthWorkers", t."newYouthReferredWorkers",
         t."projectsStarted", t."projectsCompleted", t."projectsCommissioned", t."permanentJobsCreated")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0);
END $$;

-- ---------------------------------------------------------------------------------------------
-- Brings every summary of the given projects (and of the given worker–project pairs) up to date.
-- Idempotent: whatever the order of calls, after the last one the summaries match the records.
CREATE FUNCTION summary_sync(project_ids int[], pair_workers int[] DEFAULT '{}', pair_projects int[] DEFAULT '{}')
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  ids int[];
  changed_workers int[];
  moved int[];
  kr int[]; kd int[]; kc "ProjectCategory"[]; kw "WorkType"[]; ky int[];
BEGIN
  SELECT array_agg(DISTINCT id ORDER BY id) INTO ids
  FROM unnest(project_ids || pair_projects) AS u(id) WHERE id IS NOT NULL;
  IF ids IS NULL THEN RETURN; END IF;

  -- One writer at a time per project (concurrent placements on the same project wait here);
  -- every later statement then sees what the previous writer committed (READ COMMITTED).
  PERFORM 1 FROM "Project" WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;

  -- Cells the projects were in and are in now: sums there may drop to zero.
  SELECT array_agg(r), array_agg(d), array_agg(c), array_agg(w), array_agg(y) INTO kr, kd, kc, kw, ky
  FROM (
    SELECT "regionId", coalesce("districtId", 0), category, "workType", "programmeYear" FROM "Project" WHERE id = ANY(ids)
    UNION
    SELECT "regionId", "districtId", category, "workType", "programmeYear" FROM "ProjectStats" WHERE "projectId" = ANY(ids)
  ) AS cells(r, d, c, w, y);

  changed_workers := '{}';
  IF cardinality(pair_workers) > 0 THEN
    changed_workers := summary_sync_worker_projects(pair_workers, pair_projects);
  END IF;
  PERFORM summary_sync_project_months(ids);
  PERFORM summary_sync_project_funding(ids);
  moved := summary_sync_project_stats(ids);
  IF cardinality(moved) > 0 THEN
    changed_workers := changed_workers
      || ARRAY(SELECT DISTINCT "workerId" FROM "MultiProjectMembership" WHERE "projectId" = ANY(moved));
  END IF;
  IF cardinality(changed_workers) > 0 THEN
    PERFORM summary_sync_memberships(ARRAY(SELECT DISTINCT w FROM unnest(changed_workers) AS u(w) ORDER BY 1));
  END IF;
  IF kr IS NOT NULL THEN
    PERFORM summary_delete_empty_cells(kr, kd, kc, kw, ky);
  END IF;
END $$;

-- =============================================================================================
-- Triggers: statement-level, with transition tables; each finds the keys its statement touched
-- (ignoring columns no summary reads, such as a placement's position) and calls summary_sync.

CREATE FUNCTION summary_on_placement() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  pw int[]; pp int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(w), array_agg(p) INTO pw, pp
    FROM (SELECT DISTINCT "workerId", "projectId" FROM new_rows) AS k(w, p);
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(w), array_agg(p) INTO pw, pp
    FROM (SELECT DISTINCT "workerId", "projectId" FROM old_rows) AS k(w, p);
  ELSE
    SELECT array_agg(w), array_agg(p) INTO pw, pp
    FROM (
      SELECT w, p FROM (
        SELECT id, "workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring" FROM old_rows
        EXCEPT
        SELECT id, "workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring" FROM new_rows
      ) AS gone(id, w, p)
      UNION
      SELECT w, p FROM (
        SELECT id, "workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring" FROM new_rows
        EXCEPT
        SELECT id, "workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring" FROM old_rows
      ) AS came(id, w, p)
    ) AS k;
  END IF;
  IF pw IS NOT NULL THEN
    PERFORM summary_sync('{}', pw, pp);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION summary_on_project() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(id) INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(id) INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT id) INTO ids
    FROM (
      (SELECT id, "regionId", "districtId", category, "workType", "programmeYear", status, "plannedTemporaryJobs",
              "plannedPermanentJobs", "actualStart", "actualEnd", "commissionedAt" FROM old_rows
       EXCEPT
       SELECT id, "regionId", "districtId", category, "workType", "programmeYear", status, "plannedTemporaryJobs",
              "plannedPermanentJobs", "actualStart", "actualEnd", "commissionedAt" FROM new_rows)
      UNION ALL
      (SELECT id, "regionId", "districtId", category, "workType", "programmeYear", status, "plannedTemporaryJobs",
              "plannedPermanentJobs", "actualStart", "actualEnd", "commissionedAt" FROM new_rows
       EXCEPT
       SELECT id, "regionId", "districtId", category, "workType", "programmeYear", status, "plannedTemporaryJobs",
              "plannedPermanentJobs", "actualStart", "actualEnd", "commissionedAt" FROM old_rows)
    ) AS changed;
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM summary_sync(ids);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION summary_on_project_funding() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "projectId") INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "projectId") INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT p) INTO ids
    FROM (
      (SELECT id, "projectId", source, allocated, disbursed FROM old_rows
       EXCEPT SELECT id, "projectId", source, allocated, disbursed FROM new_rows)
      UNION ALL
      (SELECT id, "projectId", source, allocated, disbursed FROM new_rows
       EXCEPT SELECT id, "projectId", source, allocated, disbursed FROM old_rows)
    ) AS changed(id, p);
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM summary_sync(ids);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION summary_on_permanent_job() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ids int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "projectId") INTO ids FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT "projectId") INTO ids FROM old_rows;
  ELSE
    SELECT array_agg(DISTINCT p) INTO ids
    FROM (
      (SELECT id, "projectId", "createdOn", filled FROM old_rows
       EXCEPT SELECT id, "projectId", "createdOn", filled FROM new_rows)
      UNION ALL
      (SELECT id, "projectId", "createdOn", filled FROM new_rows
       EXCEPT SELECT id, "projectId", "createdOn", filled FROM old_rows)
    ) AS changed(id, p);
  END IF;
  IF ids IS NOT NULL THEN
    PERFORM summary_sync(ids);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER summary_placement_insert AFTER INSERT ON "Placement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_placement();
CREATE TRIGGER summary_placement_update AFTER UPDATE ON "Placement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_placement();
CREATE TRIGGER summary_placement_delete AFTER DELETE ON "Placement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_placement();

CREATE TRIGGER summary_project_insert AFTER INSERT ON "Project"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project();
CREATE TRIGGER summary_project_update AFTER UPDATE ON "Project"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project();
CREATE TRIGGER summary_project_delete AFTER DELETE ON "Project"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project();

CREATE TRIGGER summary_project_funding_insert AFTER INSERT ON "ProjectFunding"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project_funding();
CREATE TRIGGER summary_project_funding_update AFTER UPDATE ON "ProjectFunding"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project_funding();
CREATE TRIGGER summary_project_funding_delete AFTER DELETE ON "ProjectFunding"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_project_funding();

CREATE TRIGGER summary_permanent_job_insert AFTER INSERT ON "PermanentJob"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_permanent_job();
CREATE TRIGGER summary_permanent_job_update AFTER UPDATE ON "PermanentJob"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_permanent_job();
CREATE TRIGGER summary_permanent_job_delete AFTER DELETE ON "PermanentJob"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION summary_on_permanent_job();

-- =============================================================================================
-- rebuild_summaries(): recomputes every summary table from the records, set-based. Run it after a
-- bulk load with triggers off, or after a TRUNCATE of a record table; the integration tests use it
-- as the reference the triggers must match. It is written independently of summary_sync (whole
-- tables, GROUP BY) so that the comparison checks one against the other.
CREATE FUNCTION rebuild_summaries() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Writers wait until the rebuild commits; readers keep reading.
  LOCK TABLE "Project", "Placement", "ProjectFunding", "PermanentJob" IN SHARE MODE;
  TRUNCATE "WorkerProject", "MultiProjectMembership", "ProjectStats", "ProjectFundingStats", "ProjectMonth",
           "CellStats", "CellFunding", "CellMonth", "RegionMonth", "PeopleCorrection";

  INSERT INTO "WorkerProject"
  SELECT "workerId", "projectId", count(*),
         count(*) FILTER (WHERE "referredByEmploymentCentre"),
         count(*) FILTER (WHERE "youthAtHiring"),
         count(*) FILTER (WHERE "referredByEmploymentCentre" AND "youthAtHiring"),
         min("hiredAt"),
         min("hiredAt") FILTER (WHERE "referredByEmploymentCentre"),
         min("hiredAt") FILTER (WHERE "youthAtHiring"),
         min("hiredAt") FILTER (WHERE "referredByEmploymentCentre" AND "youthAtHiring")
  FROM "Placement"
  GROUP BY "workerId", "projectId";

  INSERT INTO "ProjectStats"
  SELECT p.id, p."regionId", coalesce(p."districtId", 0), p.category, p."workType", p."programmeYear", p.status,
         p."plannedTemporaryJobs", p."plannedPermanentJobs",
         coalesce(w.workers, 0), coalesce(w.referred, 0), coalesce(w.youth, 0), coalesce(w.youth_referred, 0),
         coalesce(w.placements, 0), coalesce(j.jobs, 0), coalesce(j.filled, 0)
  FROM "Project" p
  LEFT JOIN (
    SELECT "projectId", count(*) AS workers, count("firstReferredAt") AS referred, count("firstYouthAt") AS youth,
           count("firstYouthReferredAt") AS youth_referred, sum("placements") AS placements
    FROM "WorkerProject" GROUP BY "projectId"
  ) AS w ON w."projectId" = p.id
  LEFT JOIN (
    SELECT "projectId", count(*) AS jobs, count(*) FILTER (WHERE filled) AS filled
    FROM "PermanentJob" GROUP BY "projectId"
  ) AS j ON j."projectId" = p.id;

  INSERT INTO "ProjectFundingStats"
  SELECT "projectId", source, allocated, disbursed
  FROM "ProjectFunding"
  WHERE allocated <> 0 OR disbursed <> 0;

  INSERT INTO "ProjectMonth"
  SELECT "projectId", month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj)
  FROM (
    SELECT "projectId", summary_month("hiredAt"), 1, 0, 0, 0, 0, 0, 0, 0, 0 FROM "Placement"
    UNION ALL
    SELECT "projectId", summary_month("firstHiredAt"), 0, 1, 0, 0, 0, 0, 0, 0, 0 FROM "WorkerProject"
    UNION ALL
    SELECT "projectId", summary_month("firstReferredAt"), 0, 0, 1, 0, 0, 0, 0, 0, 0 FROM "WorkerProject"
    WHERE "firstReferredAt" IS NOT NULL
    UNION ALL
    SELECT "projectId", summary_month("firstYouthAt"), 0, 0, 0, 1, 0, 0, 0, 0, 0 FROM "WorkerProject"
    WHERE "firstYouthAt" IS NOT NULL
    UNION ALL
    SELECT "projectId", summary_month("firstYouthReferredAt"), 0, 0, 0, 0, 1, 0, 0, 0, 0 FROM "WorkerProject"
    WHERE "firstYouthReferredAt" IS NOT NULL
    UNION ALL
    SELECT id, summary_month("actualStart"), 0, 0, 0, 0, 0, 1, 0, 0, 0 FROM "Project" WHERE "actualStart" IS NOT NULL
    UNION ALL
    SELECT id, summary_month("actualEnd"), 0, 0, 0, 0, 0, 0, 1, 0, 0 FROM "Project" WHERE "actualEnd" IS NOT NULL
    UNION ALL
    SELECT id, summary_month("commissionedAt"), 0, 0, 0, 0, 0, 0, 0, 1, 0 FROM "Project" WHERE "commissionedAt" IS NOT NULL
    UNION ALL
    SELECT "projectId", summary_month("createdOn"), 0, 0, 0, 0, 0, 0, 0, 0, 1 FROM "PermanentJob"
  ) AS v("projectId", month, hires, nw, nr, ny, nyr, ps, pc, pm, pj)
  GROUP BY "projectId", month;

  INSERT INTO "MultiProjectMembership"
  SELECT wp."workerId", wp."projectId", s."regionId", s."districtId", s.category, s."workType", s."programmeYear",
         wp."firstHiredAt", wp."firstReferredAt", wp."firstYouthAt", wp."firstYouthReferredAt"
  FROM "WorkerProject" wp JOIN "ProjectStats" s ON s."projectId" = wp."projectId"
  WHERE wp."workerId" IN (SELECT "workerId" FROM "WorkerProject" GROUP BY "workerId" HAVING count(*) >= 2);

  INSERT INTO "CellStats"
  SELECT "regionId", "districtId", category, "workType", "programmeYear", count(*),
         count(*) FILTER (WHERE status = 'PLANNED'), count(*) FILTER (WHERE status = 'IN_PROGRESS'),
         count(*) FILTER (WHERE status = 'COMPLETED'), count(*) FILTER (WHERE status = 'COMMISSIONED'),
         count(*) FILTER (WHERE status = 'SUSPENDED'),
         sum("plannedTemporaryJobs"), sum("plannedPermanentJobs"), sum("workers"), sum("referredWorkers"),
         sum("youthWorkers"), sum("youthReferredWorkers"), sum("placements"), sum("permanentJobs"),
         sum("permanentJobsFilled")
  FROM "ProjectStats"
  GROUP BY "regionId", "districtId", category, "workType", "programmeYear";

  INSERT INTO "CellFunding"
  SELECT s."regionId", s."districtId", s.category, s."workType", s."programmeYear", f.source,
         count(*) FILTER (WHERE f.allocated > 0), sum(f.allocated), sum(f.disbursed)
  FROM "ProjectFundingStats" f JOIN "ProjectStats" s ON s."projectId" = f."projectId"
  GROUP BY s."regionId", s."districtId", s.category, s."workType", s."programmeYear", f.source
  HAVING (count(*) FILTER (WHERE f.allocated > 0), sum(f.allocated), sum(f.disbursed)) <> (0, 0, 0);

  INSERT INTO "CellMonth"
  SELECT s."regionId", s."districtId", s.category, s."workType", s."programmeYear", m.month,
         sum(m."hires"), sum(m."newWorkers"), sum(m."newReferredWorkers"), sum(m."newYouthWorkers"),
         sum(m."newYouthReferredWorkers"), sum(m."projectsStarted"), sum(m."projectsCompleted"),
         sum(m."projectsCommissioned"), sum(m."permanentJobsCreated")
  FROM "ProjectMonth" m JOIN "ProjectStats" s ON s."projectId" = m."projectId"
  GROUP BY s."regionId", s."districtId", s.category, s."workType", s."programmeYear", m.month;

  INSERT INTO "RegionMonth"
  SELECT "regionId", category, "workType", "programmeYear", month,
         sum("hires"), sum("newWorkers"), sum("newReferredWorkers"), sum("newYouthWorkers"),
         sum("newYouthReferredWorkers"), sum("projectsStarted"), sum("projectsCompleted"),
         sum("projectsCommissioned"), sum("permanentJobsCreated")
  FROM "CellMonth"
  GROUP BY "regionId", category, "workType", "programmeYear", month;

  -- Per person and scope: +1 at the month of each first hire in the scope, −1 at the earliest.
  INSERT INTO "PeopleCorrection"
  SELECT r, d, y, month,
         coalesce(sum(n) FILTER (WHERE kind = 0), 0), coalesce(sum(n) FILTER (WHERE kind = 1), 0),
         coalesce(sum(n) FILTER (WHERE kind = 2), 0), coalesce(sum(n) FILTER (WHERE kind = 3), 0)
  FROM (
    SELECT r, d, y, kind, month, count(*) - count(*) FILTER (WHERE earliest) AS n
    FROM (
      SELECT s.r, s.d, s.y, k.kind, summary_month(k.first) AS month,
             row_number() OVER (PARTITION BY m."workerId", s.r, s.d, s.y, k.kind ORDER BY k.first) = 1 AS earliest
      FROM "MultiProjectMembership" m
      CROSS JOIN LATERAL (VALUES (0, -1, 0), (0, -1, m."programmeYear"),
                                 (m."regionId", -1, 0), (m."regionId", -1, m."programmeYear"),
                                 (m."regionId", m."districtId", 0), (m."regionId", m."districtId", m."programmeYear")
                         ) AS s(r, d, y)
      CROSS JOIN LATERAL (VALUES (0, m."firstHiredAt"), (1, m."firstReferredAt"), (2, m."firstYouthAt"),
                                 (3, m."firstYouthReferredAt")) AS k(kind, first)
      WHERE k.first IS NOT NULL
    ) AS items
    GROUP BY r, d, y, kind, month
  ) AS amounts
  GROUP BY r, d, y, month
  HAVING (coalesce(sum(n) FILTER (WHERE kind = 0), 0), coalesce(sum(n) FILTER (WHERE kind = 1), 0),
          coalesce(sum(n) FILTER (WHERE kind = 2), 0), coalesce(sum(n) FILTER (WHERE kind = 3), 0)) <> (0, 0, 0, 0);

  ANALYZE "WorkerProject", "MultiProjectMembership", "ProjectStats", "ProjectFundingStats", "ProjectMonth",
          "CellStats", "CellFunding", "CellMonth", "RegionMonth", "PeopleCorrection";
END $$;
