
-- =============================================================================================
-- Summaries: faster writes and rebuild (issue 5), measured at scale 10 (66,000 projects, two
-- million placements):
-- - every write re-planned the summary statements (custom plans for the id arrays): 10–50 ms per
--   saved placement. Generic plans, built once per session, bring it to about 3 ms, and an import
--   of 20,000 placements is no slower with them;
-- - summary_sync_project_months looked up a project's funding sources once per project-month;
-- - rebuild_summaries() builds WorkerProject's indexes after filling it and ranks the
--   multi-project correction person by person.
-- Current definitions: summary_sync_project_months and rebuild_summaries are this migration's;
-- see 0006_summary_sources for the others.
-- =============================================================================================

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
  new_sources AS (
    SELECT u.id AS "projectId", summary_project_sources(u.id) AS sources FROM unnest(ids) AS u(id)
  ),
  source_delta AS (
    SELECT source, r, c, wt, y, month,
           sum(hires)::int AS hires, sum(nw)::int AS nw, sum(nr)::int AS nr, sum(ny)::int AS ny, sum(nyr)::int AS nyr,
           sum(ps)::int AS ps, sum(pc)::int AS pc, sum(pm)::int AS pm, sum(pj)::int AS pj
    FROM (
      SELECT r, c, wt, y, month, hires, nw, nr, ny, nyr, ps, pc, pm, pj, n.sources
      FROM fresh JOIN new_sources n USING ("projectId")
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

  -- Two million rows: filled without its indexes, which are then built once (several times faster
  -- than inserting every key into them). Same names and definitions as in the schema.
  ALTER TABLE "WorkerProject" DROP CONSTRAINT "WorkerProject_pkey";
  DROP INDEX "WorkerProject_projectId_idx";
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
  ALTER TABLE "WorkerProject" ADD CONSTRAINT "WorkerProject_pkey" PRIMARY KEY ("workerId", "projectId");
  CREATE INDEX "WorkerProject_projectId_idx" ON "WorkerProject"("projectId");

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

  -- Per person, scope and kind: +1 at the month of each first hire in the scope, −1 at the earliest,
  -- i.e. +1 at each first hire but the earliest. Ranked person by person: many small sorts
  -- instead of one over every (person, scope, kind).
  INSERT INTO "PeopleCorrection" ("regionId", "districtId", "category", "workType", "source", "programmeYear", "month",
                                  "workers", "referredWorkers", "youthWorkers", "youthReferredWorkers")
  SELECT r, d, c, w, s, y, month,
         count(*) FILTER (WHERE kind = 0), count(*) FILTER (WHERE kind = 1),
         count(*) FILTER (WHERE kind = 2), count(*) FILTER (WHERE kind = 3)
  FROM (SELECT DISTINCT "workerId" FROM "MultiProjectMembership") AS person
  CROSS JOIN LATERAL (
    SELECT sc.r, sc.d, sc.c, sc.w, sc.s, sc.y, k.kind, summary_month(k.first) AS month,
           row_number() OVER (PARTITION BY sc.r, sc.d, sc.c, sc.w, sc.s, sc.y, k.kind ORDER BY k.first) AS rank
    FROM "MultiProjectMembership" m
    CROSS JOIN LATERAL summary_correction_scopes(m."regionId", m."districtId", m.category::text, m."workType"::text,
                                                 m."programmeYear", m.sources) AS sc
    CROSS JOIN LATERAL (VALUES (0, m."firstHiredAt"), (1, m."firstReferredAt"), (2, m."firstYouthAt"),
                               (3, m."firstYouthReferredAt")) AS k(kind, first)
    WHERE m."workerId" = person."workerId" AND k.first IS NOT NULL
  ) AS items
  WHERE rank > 1
  GROUP BY r, d, c, w, s, y, month;

  ANALYZE "WorkerProject", "MultiProjectMembership", "ProjectStats", "ProjectFundingStats", "ProjectMonth",
          "CellStats", "CellFunding", "CellMonth", "RegionMonth", "PeopleCorrection", "RegionStats", "RegionFunding",
          "SourceStats", "SourceMonth";
END $$;

ALTER FUNCTION summary_sync(int[], int[], int[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION summary_sync_worker_projects(int[], int[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION summary_sync_project_months(int[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION summary_sync_project_funding(int[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION summary_sync_project_stats(int[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION summary_sync_memberships(int[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION summary_delete_empty_cells(int[], int[], "ProjectCategory"[], "WorkType"[], int[]) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION summary_on_placement() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION summary_on_project() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION summary_on_project_funding() SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION summary_on_permanent_job() SET plan_cache_mode = force_generic_plan;
