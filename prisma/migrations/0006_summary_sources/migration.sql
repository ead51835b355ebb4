-- AlterTable
ALTER TABLE "MultiProjectMembership" ADD COLUMN     "sources" "FundingSource"[];

-- AlterTable
ALTER TABLE "PeopleCorrection" DROP CONSTRAINT "PeopleCorrection_pkey",
ADD COLUMN     "source" TEXT NOT NULL DEFAULT '*',
ADD CONSTRAINT "PeopleCorrection_pkey" PRIMARY KEY ("regionId", "districtId", "category", "workType", "source", "programmeYear", "month");

-- AlterTable
ALTER TABLE "ProjectStats" ADD COLUMN     "sources" "FundingSource"[];

-- CreateTable
CREATE TABLE "SourceStats" (
    "source" "FundingSource" NOT NULL,
    "regionId" INTEGER NOT NULL,
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

    CONSTRAINT "SourceStats_pkey" PRIMARY KEY ("source","regionId","category","workType","programmeYear")
);

-- CreateTable
CREATE TABLE "SourceMonth" (
    "source" "FundingSource" NOT NULL,
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

    CONSTRAINT "SourceMonth_pkey" PRIMARY KEY ("source","regionId","category","workType","programmeYear","month")
);

-- =============================================================================================
-- Summaries by funding source (issue 5). A source filter selects the projects with money
-- allocated from that source; summed from ProjectStats and ProjectMonth it took 0.1–0.3 s at
-- scale 10. Now each project's sources are kept in ProjectStats (and MultiProjectMembership),
-- SourceStats and SourceMonth sum RegionStats and RegionMonth per source, and PeopleCorrection
-- also covers a source for the country or a region, over all years or one.
-- Current definitions: this migration replaces summary_sync_project_months,
-- summary_sync_project_stats, summary_sync_memberships, summary_delete_empty_cells,
-- summary_correction_scopes and rebuild_summaries; summary_sync_project_funding is 0004's;
-- summary_sync, summary_sync_worker_projects, summary_month and the triggers are 0002's.
-- =============================================================================================

-- The funding sources a project has money allocated from (allocated > 0), in the enum's order.
CREATE FUNCTION summary_project_sources(project int) RETURNS "FundingSource"[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_agg(source ORDER BY source), '{}')
  FROM "ProjectFunding" WHERE "projectId" = project AND allocated > 0
$$;

-- The scopes PeopleCorrection keeps for a person's project in a cell: the country or the region,
-- each by any combination of category, work type and programme year ("*" and 0 = all); the
-- district, over all programme years or the project's; and, for each of the project's funding
-- sources, the country or the region over all years or the project's. The loaders read exactly
-- these (lib/summary/conditions.ts, correctionScope).
DROP FUNCTION summary_correction_scopes(int, int, text, text, int);
CREATE FUNCTION summary_correction_scopes(
  region int, district int, category text, work_type text, year int, sources "FundingSource"[]
) RETURNS TABLE (r int, d int, c text, w text, s text, y int)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT place.r, place.d, cat.c, wt.w, '*', yr.y
  FROM (VALUES (0, -1), (region, -1)) AS place(r, d)
  CROSS JOIN (VALUES ('*'), (category)) AS cat(c)
  CROSS JOIN (VALUES ('*'), (work_type)) AS wt(w)
  CROSS JOIN (VALUES (0), (year)) AS yr(y)
  UNION ALL
  SELECT region, district, '*', '*', '*', yr.y FROM (VALUES (0), (year)) AS yr(y)
  UNION ALL
  SELECT place.r, -1, '*', '*', src::text, yr.y
  FROM (VALUES (0), (region)) AS place(r)
  CROSS JOIN unnest(sources) AS src
  CROSS JOIN (VALUES (0), (year)) AS yr(y)
$$;

-- ---------------------------------------------------------------------------------------------
-- ProjectMonth of the given projects, and its difference into CellMonth, RegionMonth and SourceMonth.
-- Old rows are placed in the project's previous cell (ProjectStats, not yet updated), new rows
-- in its current cell (Project); likewise under the project's previous and current funding sources.
CREATE OR REPLACE FUNCTION summary_sync_project_months(ids int[]) RETURNS void
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
    SELECT m.*, s."regionId" AS r, s."districtId" AS d, s.category AS c, s."workType" AS wt, s."programmeYear" AS y,
           s.sources
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
  source_delta AS (
    SELECT source, r, c, wt, y, month,
           sum(hires)::int AS hires, sum(nw)::int AS nw, sum(nr)::int AS nr, sum(ny)::int AS ny, sum(nyr)::int AS nyr,
           sum(ps)::int AS ps, sum(pc)::int AS pc, sum(pm)::int AS pm, sum(pj)::int AS pj
    FROM (
      SELECT r, c, wt, y, month, hires, nw, nr, ny, nyr, ps, pc, pm, pj, summary_project_sources("projectId") AS sources
      FROM fresh
      UNION ALL
      SELECT r, c, wt, y, month, -"hires", -"newWorkers", -"newReferredWorkers", -"newYouthWorkers",
             -"newYouthReferredWorkers", -"projectsStarted", -"projectsCompleted", -"projectsCommissioned",
             -"permanentJobsCreated", sources
      FROM old
    ) AS x
    CROSS JOIN LATERAL unnest(x.sources) AS source
    GROUP BY source, r, c, wt, y, month
    HAVING (sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj))
           <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
  ),
  source_month AS (
    INSERT INTO "SourceMonth" AS t
    SELECT * FROM source_delta ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("source", "regionId", "category", "workType", "programmeYear", "month") DO UPDATE SET
      "hires" = t."hires" + excluded."hires",
      "newWorkers" = t."newWorkers" + excluded."newWorkers",
      "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
      "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
      "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
      "projectsStarted" = t."projectsStarted" + excluded."projectsStarted",
      "projectsCompleted" = t."projectsCompleted" + excluded."projectsCompleted",
      "projectsCommissioned" = t."projectsCommissioned" + excluded."projectsCommissioned",
      "permanentJobsCreated" = t."permanentJobsCreated" + excluded."permanentJobsCreated"
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
-- ProjectStats of the given projects, and its difference into CellStats, RegionStats and SourceStats. Returns the projects
-- whose cell or funding sources changed (their multi-project people must be moved in
-- MultiProjectMembership).
CREATE OR REPLACE FUNCTION summary_sync_project_stats(ids int[]) RETURNS int[]
LANGUAGE plpgsql AS $$
DECLARE
  moved int[];
BEGIN
  WITH fresh AS (
    SELECT p.id AS "projectId", p."regionId", coalesce(p."districtId", 0) AS "districtId", p.category, p."workType",
           p."programmeYear", p.status, p."plannedTemporaryJobs", p."plannedPermanentJobs",
           w.workers, w.referred, w.youth, w.youth_referred, w.placements, j.jobs, j.filled,
           summary_project_sources(p.id) AS sources
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
      "permanentJobsFilled" = excluded."permanentJobsFilled",
      "sources" = excluded."sources"
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
  cell_delta AS (
    SELECT "regionId", "districtId", category, "workType", "programmeYear", projects AS "projects",
           coalesce(planned, 0) AS "plannedProjects", coalesce(in_progress, 0) AS "inProgressProjects",
           coalesce(completed, 0) AS "completedProjects", coalesce(commissioned, 0) AS "commissionedProjects",
           coalesce(suspended, 0) AS "suspendedProjects", planned_temporary AS "plannedTemporaryJobs",
           planned_permanent AS "plannedPermanentJobs", workers AS "workers", referred AS "referredWorkers",
           youth AS "youthWorkers", youth_referred AS "youthReferredWorkers", placements AS "placements",
           jobs AS "permanentJobs", filled AS "permanentJobsFilled"
    FROM delta
    WHERE (projects, coalesce(planned, 0), coalesce(in_progress, 0), coalesce(completed, 0), coalesce(commissioned, 0),
           coalesce(suspended, 0), planned_temporary, planned_permanent, workers, referred, youth, youth_referred,
           placements, jobs, filled) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
  ),
  applied AS (
    INSERT INTO "CellStats" AS t
    SELECT * FROM cell_delta
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
  ),
  region_applied AS (
    INSERT INTO "RegionStats" AS t
    SELECT "regionId", category, "workType", "programmeYear", sum("projects"), sum("plannedProjects"), sum("inProgressProjects"), sum("completedProjects"), sum("commissionedProjects"), sum("suspendedProjects"), sum("plannedTemporaryJobs"), sum("plannedPermanentJobs"), sum("workers"), sum("referredWorkers"), sum("youthWorkers"), sum("youthReferredWorkers"), sum("placements"), sum("permanentJobs"), sum("permanentJobsFilled")
    FROM cell_delta
    GROUP BY "regionId", category, "workType", "programmeYear"
    ORDER BY 1, 2, 3, 4
    ON CONFLICT ("regionId", "category", "workType", "programmeYear") DO UPDATE SET
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
  ),
  source_applied AS (
    INSERT INTO "SourceStats" AS t
    SELECT source, "regionId", category, "workType", "programmeYear",
           sum(sign)::int,
           coalesce(sum(sign) FILTER (WHERE status = 'PLANNED'), 0)::int,
           coalesce(sum(sign) FILTER (WHERE status = 'IN_PROGRESS'), 0)::int,
           coalesce(sum(sign) FILTER (WHERE status = 'COMPLETED'), 0)::int,
           coalesce(sum(sign) FILTER (WHERE status = 'COMMISSIONED'), 0)::int,
           coalesce(sum(sign) FILTER (WHERE status = 'SUSPENDED'), 0)::int,
           sum(sign * "plannedTemporaryJobs")::int, sum(sign * "plannedPermanentJobs")::int, sum(sign * workers)::int,
           sum(sign * referred)::int, sum(sign * youth)::int, sum(sign * youth_referred)::int,
           sum(sign * placements)::int, sum(sign * jobs)::int, sum(sign * filled)::int
    FROM signed CROSS JOIN LATERAL unnest(signed.sources) AS source
    GROUP BY source, "regionId", category, "workType", "programmeYear"
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("source", "regionId", "category", "workType", "programmeYear") DO UPDATE SET
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
  WHERE (f."regionId", f."districtId", f.category, f."workType", f."programmeYear", f.sources)
        IS DISTINCT FROM (o."regionId", o."districtId", o.category, o."workType", o."programmeYear", o.sources);
  RETURN coalesce(moved, '{}');
END $$;

-- ---------------------------------------------------------------------------------------------
-- MultiProjectMembership of the given people, and its difference into PeopleCorrection.
-- A person counts in several projects' distinct counts; for a set of projects S the number of
-- distinct people is Σ_{p∈S} people(p) − Σ_person (|projects(person) ∩ S| − 1)⁺. PeopleCorrection
-- holds that second sum per month for the scopes of summary_correction_scopes(): a person adds +1 at the month of each of
-- their first hires in the scope's projects and −1 at the earliest of them. The same for
-- referred, youth and youth-among-referred, each with its own first date.
CREATE OR REPLACE FUNCTION summary_sync_memberships(person_ids int[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  kr int[]; kd int[]; kc text[]; kw text[]; ks text[]; ky int[]; km date[];
BEGIN
  -- Lock the people first: their memberships depend on all their projects, which other
  -- transactions (holding other projects' locks) may be changing at the same time.
  PERFORM 1 FROM "Worker" WHERE id = ANY(person_ids) ORDER BY id FOR NO KEY UPDATE;

  WITH fresh AS (
    SELECT wp."workerId", wp."projectId", s."regionId", s."districtId", s.category, s."workType", s."programmeYear",
           wp."firstHiredAt", wp."firstReferredAt", wp."firstYouthAt", wp."firstYouthReferredAt", s.sources
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
      "firstYouthReferredAt" = excluded."firstYouthReferredAt",
      "sources" = excluded."sources"
    WHERE ROW(t.*) IS DISTINCT FROM ROW(excluded.*)
  ),
  deleted AS (
    DELETE FROM "MultiProjectMembership" t
    WHERE t."workerId" = ANY(person_ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."workerId" = t."workerId" AND f."projectId" = t."projectId")
  ),
  items AS (
    SELECT x.sign, x."workerId", s.r, s.d, s.c, s.w, s.s, s.y, k.kind, summary_month(k.first) AS month
    FROM (SELECT 1 AS sign, * FROM fresh UNION ALL SELECT -1, * FROM old) AS x
    CROSS JOIN LATERAL summary_correction_scopes(x."regionId", x."districtId", x.category::text, x."workType"::text,
                                                 x."programmeYear", x.sources) AS s
    CROSS JOIN LATERAL (VALUES (0, x."firstHiredAt"), (1, x."firstReferredAt"), (2, x."firstYouthAt"),
                               (3, x."firstYouthReferredAt")) AS k(kind, first)
    WHERE k.first IS NOT NULL
  ),
  amounts AS (
    SELECT r, d, c, w, s, y, month, kind, sign AS n FROM items
    UNION ALL
    SELECT r, d, c, w, s, y, min(month), kind, -sign FROM items GROUP BY sign, "workerId", r, d, c, w, s, y, kind
  ),
  delta AS (
    SELECT r, d, c, w, s, y, month,
           coalesce(sum(n) FILTER (WHERE kind = 0), 0)::int AS workers,
           coalesce(sum(n) FILTER (WHERE kind = 1), 0)::int AS referred,
           coalesce(sum(n) FILTER (WHERE kind = 2), 0)::int AS youth,
           coalesce(sum(n) FILTER (WHERE kind = 3), 0)::int AS youth_referred
    FROM amounts
    GROUP BY r, d, c, w, s, y, month
  ),
  applied AS (
    INSERT INTO "PeopleCorrection" AS t ("regionId", "districtId", "category", "workType", "source", "programmeYear",
                                        "month", "workers", "referredWorkers", "youthWorkers", "youthReferredWorkers")
    SELECT * FROM delta WHERE (workers, referred, youth, youth_referred) <> (0, 0, 0, 0)
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ("regionId", "districtId", "category", "workType", "source", "programmeYear", "month") DO UPDATE SET
      "workers" = t."workers" + excluded."workers",
      "referredWorkers" = t."referredWorkers" + excluded."referredWorkers",
      "youthWorkers" = t."youthWorkers" + excluded."youthWorkers",
      "youthReferredWorkers" = t."youthReferredWorkers" + excluded."youthReferredWorkers"
    RETURNING t."regionId", t."districtId", t."category", t."workType", t."source", t."programmeYear", t."month",
              (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers") = (0, 0, 0, 0) AS empty
  )
  SELECT array_agg("regionId"), array_agg("districtId"), array_agg("category"), array_agg("workType"),
         array_agg("source"), array_agg("programmeYear"), array_agg("month")
  INTO kr, kd, kc, kw, ks, ky, km
  FROM applied WHERE empty;

  IF kr IS NOT NULL THEN
    -- The WHERE is checked again on the latest row version, so a concurrent increment survives.
    DELETE FROM "PeopleCorrection" t
    USING unnest(kr, kd, kc, kw, ks, ky, km) AS k(r, d, c, w, s, y, month)
    WHERE (t."regionId", t."districtId", t."category", t."workType", t."source", t."programmeYear", t."month")
          = (k.r, k.d, k.c, k.w, k.s, k.y, k.month)
      AND (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers") = (0, 0, 0, 0);
  END IF;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Removes sum rows that became all zeros in the given cells, as rebuild_summaries() has none.
CREATE OR REPLACE FUNCTION summary_delete_empty_cells(
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
  DELETE FROM "RegionStats" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."projects", t."plannedProjects", t."inProgressProjects", t."completedProjects", t."commissionedProjects",
         t."suspendedProjects", t."plannedTemporaryJobs", t."plannedPermanentJobs", t."workers", t."referredWorkers",
         t."youthWorkers", t."youthReferredWorkers", t."placements", t."permanentJobs", t."permanentJobsFilled")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  DELETE FROM "RegionFunding" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."projects", t."allocated", t."disbursed") = (0, 0, 0);
  DELETE FROM "SourceStats" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."projects", t."plannedProjects", t."inProgressProjects", t."completedProjects", t."commissionedProjects",
         t."suspendedProjects", t."plannedTemporaryJobs", t."plannedPermanentJobs", t."workers", t."referredWorkers",
         t."youthWorkers", t."youthReferredWorkers", t."placements", t."permanentJobs", t."permanentJobsFilled")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  DELETE FROM "SourceMonth" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."hires", t."newWorkers", t."newReferredWorkers", t."newYouthWorkers", t."newYouthReferredWorkers",
         t."projectsStarted", t."projectsCompleted", t."projectsCommissioned", t."permanentJobsCreated")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0);
END $$;

-- =============================================================================================
-- rebuild_summaries(): recomputes every summary table from the records, set-based. Run it after a
-- bulk load with triggers off, or after a TRUNCATE of a record table; the integration tests use it
-- as the reference the triggers must match. It is written independently of summary_sync (whole
-- tables, GROUP BY) so that the comparison checks one against the other.
CREATE OR REPLACE FUNCTION rebuild_summaries() RETURNS void
LANGUAGE plpgsql
-- Hash aggregates over two million placements fit in memory instead of spilling to disk.
SET work_mem = '128MB'
AS $$
BEGIN
  -- Writers wait until the rebuild commits; readers keep reading.
  LOCK TABLE "Project", "Placement", "ProjectFunding", "PermanentJob" IN SHARE MODE;
  TRUNCATE "WorkerProject", "MultiProjectMembership", "ProjectStats", "ProjectFundingStats", "ProjectMonth",
           "CellStats", "CellFunding", "CellMonth", "RegionMonth", "PeopleCorrection", "RegionStats", "RegionFunding",
           "SourceStats", "SourceMonth";

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
  GROUP BY "workerId", "projectId"
  ORDER BY "workerId", "projectId"; -- in key order: the primary key's B-tree is filled left to right

  INSERT INTO "ProjectStats"
  SELECT p.id, p."regionId", coalesce(p."districtId", 0), p.category, p."workType", p."programmeYear", p.status,
         p."plannedTemporaryJobs", p."plannedPermanentJobs",
         coalesce(w.workers, 0), coalesce(w.referred, 0), coalesce(w.youth, 0), coalesce(w.youth_referred, 0),
         coalesce(w.placements, 0), coalesce(j.jobs, 0), coalesce(j.filled, 0), coalesce(f.sources, '{}')
  FROM "Project" p
  LEFT JOIN (
    SELECT "projectId", count(*) AS workers, count("firstReferredAt") AS referred, count("firstYouthAt") AS youth,
           count("firstYouthReferredAt") AS youth_referred, sum("placements") AS placements
    FROM "WorkerProject" GROUP BY "projectId"
  ) AS w ON w."projectId" = p.id
  LEFT JOIN (
    SELECT "projectId", count(*) AS jobs, count(*) FILTER (WHERE filled) AS filled
    FROM "PermanentJob" GROUP BY "projectId"
  ) AS j ON j."projectId" = p.id
  LEFT JOIN (
    SELECT "projectId", array_agg(source ORDER BY source) AS sources
    FROM "ProjectFunding" WHERE allocated > 0 GROUP BY "projectId"
  ) AS f ON f."projectId" = p.id;

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
         wp."firstHiredAt", wp."firstReferredAt", wp."firstYouthAt", wp."firstYouthReferredAt", s.sources
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

  INSERT INTO "RegionStats"
  SELECT "regionId", category, "workType", "programmeYear", sum("projects"), sum("plannedProjects"),
         sum("inProgressProjects"), sum("completedProjects"), sum("commissionedProjects"), sum("suspendedProjects"),
         sum("plannedTemporaryJobs"), sum("plannedPermanentJobs"), sum("workers"), sum("referredWorkers"),
         sum("youthWorkers"), sum("youthReferredWorkers"), sum("placements"), sum("permanentJobs"),
         sum("permanentJobsFilled")
  FROM "CellStats"
  GROUP BY "regionId", category, "workType", "programmeYear";

  INSERT INTO "RegionFunding"
  SELECT "regionId", category, "workType", "programmeYear", source, sum(projects), sum(allocated), sum(disbursed)
  FROM "CellFunding"
  GROUP BY "regionId", category, "workType", "programmeYear", source;

  INSERT INTO "SourceStats"
  SELECT source, "regionId", category, "workType", "programmeYear", count(*),
         count(*) FILTER (WHERE status = 'PLANNED'), count(*) FILTER (WHERE status = 'IN_PROGRESS'),
         count(*) FILTER (WHERE status = 'COMPLETED'), count(*) FILTER (WHERE status = 'COMMISSIONED'),
         count(*) FILTER (WHERE status = 'SUSPENDED'),
         sum("plannedTemporaryJobs"), sum("plannedPermanentJobs"), sum("workers"), sum("referredWorkers"),
         sum("youthWorkers"), sum("youthReferredWorkers"), sum("placements"), sum("permanentJobs"),
         sum("permanentJobsFilled")
  FROM "ProjectStats" CROSS JOIN LATERAL unnest(sources) AS source
  GROUP BY source, "regionId", category, "workType", "programmeYear";

  INSERT INTO "SourceMonth"
  SELECT source, s."regionId", s.category, s."workType", s."programmeYear", m.month,
         sum(m."hires"), sum(m."newWorkers"), sum(m."newReferredWorkers"), sum(m."newYouthWorkers"),
         sum(m."newYouthReferredWorkers"), sum(m."projectsStarted"), sum(m."projectsCompleted"),
         sum(m."projectsCommissioned"), sum(m."permanentJobsCreated")
  FROM "ProjectMonth" m JOIN "ProjectStats" s ON s."projectId" = m."projectId"
  CROSS JOIN LATERAL unnest(s.sources) AS source
  GROUP BY source, s."regionId", s.category, s."workType", s."programmeYear", m.month;

  -- Per person, scope and kind: +1 at the month of each first hire in the scope, −1 at the earliest.
  INSERT INTO "PeopleCorrection" ("regionId", "districtId", "category", "workType", "source", "programmeYear", "month",
                                  "workers", "referredWorkers", "youthWorkers", "youthReferredWorkers")
  SELECT r, d, c, w, s, y, month,
         coalesce(sum(n) FILTER (WHERE kind = 0), 0), coalesce(sum(n) FILTER (WHERE kind = 1), 0),
         coalesce(sum(n) FILTER (WHERE kind = 2), 0), coalesce(sum(n) FILTER (WHERE kind = 3), 0)
  FROM (
    SELECT r, d, c, w, s, y, kind, month, count(*) - count(*) FILTER (WHERE earliest) AS n
    FROM (
      SELECT sc.r, sc.d, sc.c, sc.w, sc.s, sc.y, k.kind, summary_month(k.first) AS month,
             row_number() OVER (PARTITION BY m."workerId", sc.r, sc.d, sc.c, sc.w, sc.s, sc.y, k.kind ORDER BY k.first) = 1
               AS earliest
      FROM "MultiProjectMembership" m
      CROSS JOIN LATERAL summary_correction_scopes(m."regionId", m."districtId", m.category::text, m."workType"::text,
                                                   m."programmeYear", m.sources) AS sc
      CROSS JOIN LATERAL (VALUES (0, m."firstHiredAt"), (1, m."firstReferredAt"), (2, m."firstYouthAt"),
                                 (3, m."firstYouthReferredAt")) AS k(kind, first)
      WHERE k.first IS NOT NULL
    ) AS items
    GROUP BY r, d, c, w, s, y, kind, month
  ) AS amounts
  GROUP BY r, d, c, w, s, y, month
  HAVING (coalesce(sum(n) FILTER (WHERE kind = 0), 0), coalesce(sum(n) FILTER (WHERE kind = 1), 0),
          coalesce(sum(n) FILTER (WHERE kind = 2), 0), coalesce(sum(n) FILTER (WHERE kind = 3), 0)) <> (0, 0, 0, 0);

  ANALYZE "WorkerProject", "MultiProjectMembership", "ProjectStats", "ProjectFundingStats", "ProjectMonth",
          "CellStats", "CellFunding", "CellMonth", "RegionMonth", "PeopleCorrection", "RegionStats", "RegionFunding",
          "SourceStats", "SourceMonth";
END $$;

-- Fill the new columns and tables on databases that already hold records.
SELECT rebuild_summaries();
