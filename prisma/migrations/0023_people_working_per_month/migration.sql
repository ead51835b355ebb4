-- AlterTable
ALTER TABLE "CellMonth" ADD COLUMN     "peopleWorking" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "peopleWorkingOnwards" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "MultiProjectMembership" ADD COLUMN     "workingMonths" DATE[] DEFAULT ARRAY[]::DATE[],
ADD COLUMN     "workingSince" DATE;

-- AlterTable
ALTER TABLE "PeopleCorrection" ADD COLUMN     "peopleWorking" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "peopleWorkingOnwards" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ProjectMonth" ADD COLUMN     "peopleWorking" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "peopleWorkingOnwards" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "RegionMonth" ADD COLUMN     "peopleWorking" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "peopleWorkingOnwards" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "SourceMonth" ADD COLUMN     "peopleWorking" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "peopleWorkingOnwards" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "WorkerProject" ADD COLUMN     "workingMonths" DATE[] DEFAULT ARRAY[]::DATE[],
ADD COLUMN     "workingSince" DATE;

-- prisma/sql/functions/rebuild_summaries.sql
-- rebuild_summaries(): recomputes every summary table from the records, set-based. Run it after a
-- bulk load with triggers off, or after a TRUNCATE of a record table; the integration tests use it
-- as the reference the triggers must match. It is written independently of summary_sync (whole
-- tables, GROUP BY) so that the comparison checks one against the other.
-- work_mem: hash aggregates over two million placements fit in memory instead of spilling to disk.
-- History: migrations 0002, 0004, 0006, 0007, 0023 (people working during a month).
CREATE OR REPLACE FUNCTION public.rebuild_summaries()
 RETURNS void
 LANGUAGE plpgsql
 SET work_mem TO '128MB'
AS $function$
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
  SELECT a.w, a.p, a.n, a.referred, a.youth, a.youth_referred, a.first, a.first_referred, a.first_youth,
         a.first_youth_referred, wm.months, wm.since
  FROM (
    SELECT "workerId", "projectId", count(*),
           count(*) FILTER (WHERE "referredByEmploymentCentre"),
           count(*) FILTER (WHERE "youthAtHiring"),
           count(*) FILTER (WHERE "referredByEmploymentCentre" AND "youthAtHiring"),
           min("hiredAt"),
           min("hiredAt") FILTER (WHERE "referredByEmploymentCentre"),
           min("hiredAt") FILTER (WHERE "youthAtHiring"),
           min("hiredAt") FILTER (WHERE "referredByEmploymentCentre" AND "youthAtHiring"),
           array_agg("hiredAt"), array_agg("endedAt")
    FROM "Placement"
    GROUP BY "workerId", "projectId"
  ) AS a(w, p, n, referred, youth, youth_referred, first, first_referred, first_youth, first_youth_referred, hired, ended)
  CROSS JOIN LATERAL summary_working_months(a.hired, a.ended) AS wm;
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
  SELECT "projectId", month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj),
         sum(pw), sum(pwo)
  FROM (
    SELECT "projectId", summary_month("hiredAt"), 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM "Placement"
    UNION ALL
    SELECT "projectId", summary_month("firstHiredAt"), 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM "WorkerProject"
    UNION ALL
    SELECT "projectId", summary_month("firstReferredAt"), 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 FROM "WorkerProject"
    WHERE "firstReferredAt" IS NOT NULL
    UNION ALL
    SELECT "projectId", summary_month("firstYouthAt"), 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0 FROM "WorkerProject"
    WHERE "firstYouthAt" IS NOT NULL
    UNION ALL
    SELECT "projectId", summary_month("firstYouthReferredAt"), 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0 FROM "WorkerProject"
    WHERE "firstYouthReferredAt" IS NOT NULL
    UNION ALL
    SELECT id, summary_month("actualStart"), 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0 FROM "Project" WHERE "actualStart" IS NOT NULL
    UNION ALL
    SELECT id, summary_month("actualEnd"), 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0 FROM "Project" WHERE "actualEnd" IS NOT NULL
    UNION ALL
    SELECT id, summary_month("commissionedAt"), 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0 FROM "Project" WHERE "commissionedAt" IS NOT NULL
    UNION ALL
    SELECT "projectId", summary_month("createdOn"), 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0 FROM "PermanentJob"
    UNION ALL
    SELECT "projectId", m, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0 FROM "WorkerProject" CROSS JOIN LATERAL unnest("workingMonths") AS m
    UNION ALL
    SELECT "projectId", "workingSince", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 FROM "WorkerProject" WHERE "workingSince" IS NOT NULL
  ) AS v("projectId", month, hires, nw, nr, ny, nyr, ps, pc, pm, pj, pw, pwo)
  GROUP BY "projectId", month;

  INSERT INTO "MultiProjectMembership"
  SELECT wp."workerId", wp."projectId", s."regionId", s."districtId", s.category, s."workType", s."programmeYear",
         wp."firstHiredAt", wp."firstReferredAt", wp."firstYouthAt", wp."firstYouthReferredAt", s.sources,
         wp."workingMonths", wp."workingSince"
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
         sum(m."projectsCommissioned"), sum(m."permanentJobsCreated"), sum(m."peopleWorking"), sum(m."peopleWorkingOnwards")
  FROM "ProjectMonth" m JOIN "ProjectStats" s ON s."projectId" = m."projectId"
  GROUP BY s."regionId", s."districtId", s.category, s."workType", s."programmeYear", m.month;

  INSERT INTO "RegionMonth"
  SELECT "regionId", category, "workType", "programmeYear", month,
         sum("hires"), sum("newWorkers"), sum("newReferredWorkers"), sum("newYouthWorkers"),
         sum("newYouthReferredWorkers"), sum("projectsStarted"), sum("projectsCompleted"),
         sum("projectsCommissioned"), sum("permanentJobsCreated"), sum("peopleWorking"), sum("peopleWorkingOnwards")
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
         sum(m."projectsCommissioned"), sum(m."permanentJobsCreated"), sum(m."peopleWorking"), sum(m."peopleWorkingOnwards")
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

  -- People working during a month: the same correction the triggers apply, for everyone.
  INSERT INTO "PeopleCorrection" AS t ("regionId", "districtId", "category", "workType", "source", "programmeYear", "month",
                                       "workers", "referredWorkers", "youthWorkers", "youthReferredWorkers",
                                       "peopleWorking", "peopleWorkingOnwards")
  SELECT x.r, x.d, x.c, x.w, x.s, x.y, x.month, 0, 0, 0, 0, x.working, x.onwards
  FROM summary_working_overlaps(ARRAY(SELECT DISTINCT "workerId" FROM "MultiProjectMembership")) AS x
  ON CONFLICT ("regionId", "districtId", "category", "workType", "source", "programmeYear", "month") DO UPDATE SET
    "peopleWorking" = excluded."peopleWorking",
    "peopleWorkingOnwards" = excluded."peopleWorkingOnwards";

  ANALYZE "WorkerProject", "MultiProjectMembership", "ProjectStats", "ProjectFundingStats", "ProjectMonth",
          "CellStats", "CellFunding", "CellMonth", "RegionMonth", "PeopleCorrection", "RegionStats", "RegionFunding",
          "SourceStats", "SourceMonth";
END $function$;

-- prisma/sql/functions/summary_delete_empty_cells.sql
-- Removes sum rows that became all zeros in the given cells, as rebuild_summaries() has none.
-- History: migrations 0002, 0004, 0006, 0007, 0008, 0023.
CREATE OR REPLACE FUNCTION public.summary_delete_empty_cells(kr integer[], kd integer[], kc "ProjectCategory"[], kw "WorkType"[], ky integer[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
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
         t."projectsStarted", t."projectsCompleted", t."projectsCommissioned", t."permanentJobsCreated",
         t."peopleWorking", t."peopleWorkingOnwards")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  DELETE FROM "RegionMonth" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."hires", t."newWorkers", t."newReferredWorkers", t."newYouthWorkers", t."newYouthReferredWorkers",
         t."projectsStarted", t."projectsCompleted", t."projectsCommissioned", t."permanentJobsCreated",
         t."peopleWorking", t."peopleWorkingOnwards")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
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
         t."projectsStarted", t."projectsCompleted", t."projectsCommissioned", t."permanentJobsCreated",
         t."peopleWorking", t."peopleWorkingOnwards")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
END $function$;

-- prisma/sql/functions/summary_on_placement.sql
-- Placement triggers (triggers/Placement.sql). An INSERT whose worker–project pairs are all new
-- adds its rows to the figures; one with a pair that had placements writes the new pairs'
-- WorkerProject rows from its own rows (0011) and recomputes the rest; an UPDATE or a DELETE
-- recomputes every pair and project it touched. A pair another trigger of the same statement (the
-- UPDATE half of INSERT … ON CONFLICT DO UPDATE) has already recomputed has a WorkerProject row, so
-- it counts as known here and is recomputed again, never added twice.
-- An UPDATE of an end date is a change too: it moves the months the person worked (0023).
-- History: migrations 0002, 0007, 0008, 0011, 0013, 0023.
CREATE OR REPLACE FUNCTION public.summary_on_placement()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  pw int[]; pp int[]; ids int[]; people int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "projectId" ORDER BY "projectId") INTO ids FROM new_rows;
    IF ids IS NULL THEN
      RETURN NULL;
    END IF;
    -- The projects' locks first, in summary_sync's order: a pair's WorkerProject row is then
    -- written by one transaction at a time, and a second one finds the first one's row.
    PERFORM 1 FROM "Project" WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
    -- Pairs that already have a WorkerProject row had placements before this statement
    -- (summary_sync deletes the row of a pair whose last placement goes): they are recomputed.
    -- Each new pair's row is the aggregate of this statement's rows alone, written here with a
    -- plain INSERT (under the projects' locks no one else writes these pairs' rows). When every
    -- pair is new, the statement's rows are also added to its projects' figures.
    WITH pairs AS MATERIALIZED (
      SELECT g.*, wm.months AS working_months, wm.since AS working_since
      FROM (
        SELECT n."workerId", n."projectId", count(*)::int AS placements,
               (count(*) FILTER (WHERE n."referredByEmploymentCentre"))::int AS referred,
               (count(*) FILTER (WHERE n."youthAtHiring"))::int AS youth,
               (count(*) FILTER (WHERE n."referredByEmploymentCentre" AND n."youthAtHiring"))::int AS youth_referred,
               min(n."hiredAt") AS first_hired,
               min(n."hiredAt") FILTER (WHERE n."referredByEmploymentCentre") AS first_referred,
               min(n."hiredAt") FILTER (WHERE n."youthAtHiring") AS first_youth,
               min(n."hiredAt") FILTER (WHERE n."referredByEmploymentCentre" AND n."youthAtHiring") AS first_youth_referred,
               array_agg(n."hiredAt") AS hired, array_agg(n."endedAt") AS ended,
               EXISTS (SELECT 1 FROM "WorkerProject" wp WHERE wp."workerId" = n."workerId" AND wp."projectId" = n."projectId") AS known
        FROM new_rows n
        GROUP BY n."workerId", n."projectId"
      ) AS g
      CROSS JOIN LATERAL summary_working_months(g.hired, g.ended) AS wm
    ),
    all_new AS MATERIALIZED (
      SELECT NOT EXISTS (SELECT 1 FROM pairs WHERE known) AS yes
    ),
    created AS (
      INSERT INTO "WorkerProject"
      SELECT "workerId", "projectId", placements, referred, youth, youth_referred,
             first_hired, first_referred, first_youth, first_youth_referred, working_months, working_since
      FROM pairs WHERE NOT known
      ORDER BY 1, 2
      RETURNING "workerId"
    ),
    added_pairs AS (
      SELECT * FROM pairs WHERE (SELECT yes FROM all_new)
    ),
    month_delta AS (
      SELECT x."projectId", x.month, sum(x.hires)::int AS hires, sum(x.nw)::int AS nw, sum(x.nr)::int AS nr,
             sum(x.ny)::int AS ny, sum(x.nyr)::int AS nyr, sum(x.working)::int AS working, sum(x.onwards)::int AS onwards
      FROM (
        SELECT n."projectId", summary_month(n."hiredAt"), 1, 0, 0, 0, 0, 0, 0 FROM new_rows n WHERE (SELECT yes FROM all_new)
        UNION ALL
        SELECT p."projectId", summary_month(f.first), 0, f.nw, f.nr, f.ny, f.nyr, 0, 0
        FROM added_pairs p
        CROSS JOIN LATERAL (VALUES (p.first_hired, 1, 0, 0, 0), (p.first_referred, 0, 1, 0, 0),
                                   (p.first_youth, 0, 0, 1, 0), (p.first_youth_referred, 0, 0, 0, 1)
                           ) AS f(first, nw, nr, ny, nyr)
        WHERE f.first IS NOT NULL
        UNION ALL
        SELECT p."projectId", m, 0, 0, 0, 0, 0, 1, 0 FROM added_pairs p CROSS JOIN LATERAL unnest(p.working_months) AS m
        UNION ALL
        SELECT p."projectId", p.working_since, 0, 0, 0, 0, 0, 0, 1 FROM added_pairs p WHERE p.working_since IS NOT NULL
      ) AS x("projectId", month, hires, nw, nr, ny, nyr, working, onwards)
      GROUP BY x."projectId", x.month
    ),
    project_months AS (
      INSERT INTO "ProjectMonth" AS t
      SELECT "projectId", month, hires, nw, nr, ny, nyr, 0, 0, 0, 0, working, onwards FROM month_delta ORDER BY 1, 2
      ON CONFLICT ("projectId", "month") DO UPDATE SET
        "hires" = t."hires" + excluded."hires",
        "newWorkers" = t."newWorkers" + excluded."newWorkers",
        "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
        "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
        "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
        "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
        "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
    ),
    placed_months AS (
      SELECT s."regionId" AS r, s."districtId" AS d, s.category AS c, s."workType" AS wt, s."programmeYear" AS y,
             s.sources, m.month, m.hires, m.nw, m.nr, m.ny, m.nyr, m.working, m.onwards
      FROM month_delta m JOIN "ProjectStats" s ON s."projectId" = m."projectId"
    ),
    cell_months AS (
      INSERT INTO "CellMonth" AS t
      SELECT r, d, c, wt, y, month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), 0, 0, 0, 0, sum(working), sum(onwards)
      FROM placed_months GROUP BY r, d, c, wt, y, month ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT ("regionId", "districtId", "category", "workType", "programmeYear", "month") DO UPDATE SET
        "hires" = t."hires" + excluded."hires",
        "newWorkers" = t."newWorkers" + excluded."newWorkers",
        "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
        "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
        "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
        "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
        "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
    ),
    region_months AS (
      INSERT INTO "RegionMonth" AS t
      SELECT r, c, wt, y, month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), 0, 0, 0, 0, sum(working), sum(onwards)
      FROM placed_months GROUP BY r, c, wt, y, month ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ("regionId", "category", "workType", "programmeYear", "month") DO UPDATE SET
        "hires" = t."hires" + excluded."hires",
        "newWorkers" = t."newWorkers" + excluded."newWorkers",
        "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
        "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
        "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
        "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
        "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
    ),
    source_months AS (
      INSERT INTO "SourceMonth" AS t
      SELECT src, r, c, wt, y, month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), 0, 0, 0, 0, sum(working), sum(onwards)
      FROM placed_months CROSS JOIN LATERAL unnest(sources) AS src
      GROUP BY src, r, c, wt, y, month ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT ("source", "regionId", "category", "workType", "programmeYear", "month") DO UPDATE SET
        "hires" = t."hires" + excluded."hires",
        "newWorkers" = t."newWorkers" + excluded."newWorkers",
        "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
        "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
        "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
        "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
        "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
    ),
    stats_delta AS (
      SELECT "projectId", count(*)::int AS workers, count(first_referred)::int AS referred,
             count(first_youth)::int AS youth, count(first_youth_referred)::int AS youth_referred,
             sum(placements)::int AS placements
      FROM added_pairs GROUP BY "projectId"
    ),
    project_stats AS (
      UPDATE "ProjectStats" t
         SET "workers" = t."workers" + d.workers, "referredWorkers" = t."referredWorkers" + d.referred,
             "youthWorkers" = t."youthWorkers" + d.youth, "youthReferredWorkers" = t."youthReferredWorkers" + d.youth_referred,
             "placements" = t."placements" + d.placements
        FROM stats_delta d
       WHERE t."projectId" = d."projectId"
    ),
    placed_stats AS (
      SELECT s."regionId" AS r, s."districtId" AS d, s.category AS c, s."workType" AS wt, s."programmeYear" AS y,
             s.sources, x.workers, x.referred, x.youth, x.youth_referred, x.placements
      FROM stats_delta x JOIN "ProjectStats" s ON s."projectId" = x."projectId"
    ),
    cell_stats AS (
      INSERT INTO "CellStats" AS t
      SELECT r, d, c, wt, y, 0, 0, 0, 0, 0, 0, 0, 0, sum(workers), sum(referred), sum(youth), sum(youth_referred), sum(placements), 0, 0
      FROM placed_stats GROUP BY r, d, c, wt, y ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ("regionId", "districtId", "category", "workType", "programmeYear") DO UPDATE SET
        "workers" = t."workers" + excluded."workers",
        "referredWorkers" = t."referredWorkers" + excluded."referredWorkers",
        "youthWorkers" = t."youthWorkers" + excluded."youthWorkers",
        "youthReferredWorkers" = t."youthReferredWorkers" + excluded."youthReferredWorkers",
        "placements" = t."placements" + excluded."placements"
    ),
    region_stats AS (
      INSERT INTO "RegionStats" AS t
      SELECT r, c, wt, y, 0, 0, 0, 0, 0, 0, 0, 0, sum(workers), sum(referred), sum(youth), sum(youth_referred), sum(placements), 0, 0
      FROM placed_stats GROUP BY r, c, wt, y ORDER BY 1, 2, 3, 4
      ON CONFLICT ("regionId", "category", "workType", "programmeYear") DO UPDATE SET
        "workers" = t."workers" + excluded."workers",
        "referredWorkers" = t."referredWorkers" + excluded."referredWorkers",
        "youthWorkers" = t."youthWorkers" + excluded."youthWorkers",
        "youthReferredWorkers" = t."youthReferredWorkers" + excluded."youthReferredWorkers",
        "placements" = t."placements" + excluded."placements"
    ),
    source_stats AS (
      INSERT INTO "SourceStats" AS t
      SELECT src, r, c, wt, y, 0, 0, 0, 0, 0, 0, 0, 0, sum(workers), sum(referred), sum(youth), sum(youth_referred), sum(placements), 0, 0
      FROM placed_stats CROSS JOIN LATERAL unnest(sources) AS src
      GROUP BY src, r, c, wt, y ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ("source", "regionId", "category", "workType", "programmeYear") DO UPDATE SET
        "workers" = t."workers" + excluded."workers",
        "referredWorkers" = t."referredWorkers" + excluded."referredWorkers",
        "youthWorkers" = t."youthWorkers" + excluded."youthWorkers",
        "youthReferredWorkers" = t."youthReferredWorkers" + excluded."youthReferredWorkers",
        "placements" = t."placements" + excluded."placements"
    )
    SELECT (SELECT array_agg("workerId") FROM pairs WHERE known), (SELECT array_agg("projectId") FROM pairs WHERE known),
           (SELECT array_agg(DISTINCT "workerId") FROM created)
    INTO pw, pp, people;

    IF pw IS NULL THEN
      PERFORM summary_sync(ids, '{}', '{}', coalesce(people, '{}'), true);
    ELSE
      PERFORM summary_sync(ids, pw, pp, coalesce(people, '{}'));
    END IF;
    RETURN NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(w), array_agg(p) INTO pw, pp
    FROM (SELECT DISTINCT "workerId", "projectId" FROM old_rows) AS k(w, p);
  ELSE
    SELECT array_agg(w), array_agg(p) INTO pw, pp
    FROM (
      SELECT w, p FROM (
        SELECT id, "workerId", "projectId", "hiredAt", "endedAt", "referredByEmploymentCentre", "youthAtHiring" FROM old_rows
        EXCEPT
        SELECT id, "workerId", "projectId", "hiredAt", "endedAt", "referredByEmploymentCentre", "youthAtHiring" FROM new_rows
      ) AS gone(id, w, p, h, e, r, y)
      UNION
      SELECT w, p FROM (
        SELECT id, "workerId", "projectId", "hiredAt", "endedAt", "referredByEmploymentCentre", "youthAtHiring" FROM new_rows
        EXCEPT
        SELECT id, "workerId", "projectId", "hiredAt", "endedAt", "referredByEmploymentCentre", "youthAtHiring" FROM old_rows
      ) AS came(id, w, p, h, e, r, y)
    ) AS k;
  END IF;
  IF pw IS NOT NULL THEN
    PERFORM summary_sync('{}', pw, pp);
  END IF;
  RETURN NULL;
END $function$;

-- prisma/sql/functions/summary_sync_memberships.sql
-- MultiProjectMembership of the given people, and its difference into PeopleCorrection.
-- A person counts in several projects' distinct counts; for a set of projects S the number of
-- distinct people is Σ_{p∈S} people(p) − Σ_person (|projects(person) ∩ S| − 1)⁺. PeopleCorrection
-- holds that second sum per month for the scopes of summary_correction_scopes(): per person and
-- scope, +1 at the month of each of their memberships in it except the earliest (by first-hire
-- date, then project id). The same for referred, youth and youth-among-referred, each with its
-- own first date. The old memberships are subtracted and the new ones added.
-- Locks the people first unless the writer set summary.people_locked = 'on' (the import, 0010);
-- only people in two or more projects are recomputed (0011).
-- People working during a month have their own correction (summary_working_overlaps): it is
-- read for these people before the memberships are rewritten and again after, and the
-- difference is applied (0023).
-- History: migrations 0002, 0004, 0006, 0007, 0008, 0009, 0010, 0011, 0023.
CREATE OR REPLACE FUNCTION public.summary_sync_memberships(person_ids integer[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
DECLARE
  kr int[]; kd int[]; kc text[]; kw text[]; ks text[]; ky int[]; km date[];
  wr int[]; wd int[]; wc text[]; ww text[]; ws text[]; wy int[]; wm date[]; wn int[]; wo int[];
  er int[]; ed int[]; ec text[]; ew text[]; es text[]; ey int[]; em date[];
BEGIN
  -- Lock the people first: their memberships depend on all their projects, which other
  -- transactions (holding other projects' locks) may be changing at the same time. A writer that
  -- already holds these locks (or created the people itself, so no one else can see them) says
  -- so in summary.people_locked for its statement; the spreadsheet import does (0010).
  IF coalesce(current_setting('summary.people_locked', true), '') <> 'on' THEN
    PERFORM 1 FROM "Worker" WHERE id = ANY(person_ids) ORDER BY id FOR NO KEY UPDATE;
  END IF;

  -- Only people in two or more projects, now or before this write, have memberships; the others
  -- (most of the people an import adds) change nothing here. Filtered after the locks: a person
  -- another transaction is adding to a second project is seen in two once that one commits.
  -- Joins with unnest rather than = ANY: planning = ANY over a 180,000-element array estimates
  -- each element, which alone cost 0.4 s of a 200,000-row import.
  SELECT array_agg(k.id ORDER BY k.id) INTO person_ids
  FROM (
    SELECT wp."workerId" FROM unnest(person_ids) AS u(id) JOIN "WorkerProject" wp ON wp."workerId" = u.id
    GROUP BY wp."workerId" HAVING count(*) >= 2
    UNION
    SELECT m."workerId" FROM unnest(person_ids) AS u(id) JOIN "MultiProjectMembership" m ON m."workerId" = u.id
  ) AS k(id);
  IF person_ids IS NULL THEN
    RETURN;
  END IF;

  -- The working correction of these people's memberships before they change.
  SELECT array_agg(x.r), array_agg(x.d), array_agg(x.c), array_agg(x.w), array_agg(x.s), array_agg(x.y),
         array_agg(x.month), array_agg(x.working), array_agg(x.onwards)
  INTO wr, wd, wc, ww, ws, wy, wm, wn, wo
  FROM summary_working_overlaps(person_ids) AS x;

  WITH multi AS (
    SELECT wp."workerId" FROM "WorkerProject" wp
    WHERE wp."workerId" = ANY(person_ids)
    GROUP BY wp."workerId" HAVING count(*) >= 2
  ),
  fresh AS (
    SELECT wp."workerId", wp."projectId", s."regionId", s."districtId", s.category, s."workType", s."programmeYear",
           wp."firstHiredAt", wp."firstReferredAt", wp."firstYouthAt", wp."firstYouthReferredAt", s.sources,
           wp."workingMonths", wp."workingSince"
    FROM multi
    JOIN "WorkerProject" wp ON wp."workerId" = multi."workerId"
    JOIN "ProjectStats" s ON s."projectId" = wp."projectId"
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
      "sources" = excluded."sources",
      "workingMonths" = excluded."workingMonths",
      "workingSince" = excluded."workingSince"
    WHERE ROW(t.*) IS DISTINCT FROM ROW(excluded.*)
  ),
  deleted AS (
    DELETE FROM "MultiProjectMembership" t
    WHERE t."workerId" = ANY(person_ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."workerId" = t."workerId" AND f."projectId" = t."projectId")
  ),
  members AS (
    SELECT 1 AS sign, * FROM fresh UNION ALL SELECT -1, * FROM old
  ),
  -- Each membership with each earlier membership of the same person, per kind of first date.
  pairs AS (
    SELECT a.sign, a."workerId", a."projectId", k.kind, summary_month(k.first) AS month,
           a."regionId" AS r1, a."districtId" AS d1, a.category::text AS c1, a."workType"::text AS w1,
           a."programmeYear" AS y1, a.sources AS s1,
           b."regionId" AS r2, b."districtId" AS d2, b.category::text AS c2, b."workType"::text AS w2,
           b."programmeYear" AS y2, b.sources AS s2,
           count(*) OVER (PARTITION BY a.sign, a."workerId", a."projectId", k.kind) AS earlier
    FROM members a
    JOIN members b ON b.sign = a.sign AND b."workerId" = a."workerId" AND b."projectId" <> a."projectId"
    CROSS JOIN LATERAL (VALUES (0, a."firstHiredAt", b."firstHiredAt"), (1, a."firstReferredAt", b."firstReferredAt"),
                               (2, a."firstYouthAt", b."firstYouthAt"), (3, a."firstYouthReferredAt", b."firstYouthReferredAt")
                       ) AS k(kind, first, other_first)
    WHERE k.first IS NOT NULL AND k.other_first IS NOT NULL
      AND (k.other_first, b."projectId") < (k.first, a."projectId")
  ),
  -- A scope counts once per membership even when several earlier memberships share it. Pairs
  -- with one earlier membership are grouped by what their scopes depend on before the scopes are
  -- expanded: an import's 35,000 pairs share a few hundred such kinds (0.5 million rows before).
  items AS (
    SELECT g.weight, g.kind, g.month, s.r, s.d, s.c, s.w, s.s, s.y
    FROM (
      SELECT sum(sign)::int AS weight, kind, month, r1, d1, c1, w1, y1, s1, r2, d2, c2, w2, y2, s2
      FROM pairs WHERE earlier = 1
      GROUP BY kind, month, r1, d1, c1, w1, y1, s1, r2, d2, c2, w2, y2, s2
    ) AS g
    CROSS JOIN LATERAL summary_shared_correction_scopes(g.r1, g.d1, g.c1, g.w1, g.y1, g.s1,
                                                        g.r2, g.d2, g.c2, g.w2, g.y2, g.s2) AS s
    WHERE g.weight <> 0
    UNION ALL
    SELECT sign, kind, month, r, d, c, w, s, y
    FROM (
      SELECT DISTINCT p.sign, p."workerId", p."projectId", p.kind, p.month, s.r, s.d, s.c, s.w, s.s, s.y
      FROM pairs p
      CROSS JOIN LATERAL summary_shared_correction_scopes(p.r1, p.d1, p.c1, p.w1, p.y1, p.s1,
                                                          p.r2, p.d2, p.c2, p.w2, p.y2, p.s2) AS s
      WHERE p.earlier > 1
    ) AS several
  ),
  delta AS (
    SELECT r, d, c, w, s, y, month,
           coalesce(sum(weight) FILTER (WHERE kind = 0), 0)::int AS workers,
           coalesce(sum(weight) FILTER (WHERE kind = 1), 0)::int AS referred,
           coalesce(sum(weight) FILTER (WHERE kind = 2), 0)::int AS youth,
           coalesce(sum(weight) FILTER (WHERE kind = 3), 0)::int AS youth_referred
    FROM items
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
              (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers", t."peopleWorking",
               t."peopleWorkingOnwards") = (0, 0, 0, 0, 0, 0) AS empty
  )
  SELECT array_agg("regionId"), array_agg("districtId"), array_agg("category"), array_agg("workType"),
         array_agg("source"), array_agg("programmeYear"), array_agg("month")
  INTO kr, kd, kc, kw, ks, ky, km
  FROM applied WHERE empty;

  -- The working correction now, minus before.
  WITH delta AS (
    SELECT x.r, x.d, x.c, x.w, x.s, x.y, x.month, sum(x.working)::int AS working, sum(x.onwards)::int AS onwards
    FROM (
      SELECT * FROM summary_working_overlaps(person_ids)
      UNION ALL
      SELECT o.r, o.d, o.c, o.w, o.s, o.y, o.month, -o.working, -o.onwards
      FROM unnest(wr, wd, wc, ww, ws, wy, wm, wn, wo) AS o(r, d, c, w, s, y, month, working, onwards)
    ) AS x
    GROUP BY x.r, x.d, x.c, x.w, x.s, x.y, x.month
    HAVING (sum(x.working), sum(x.onwards)) <> (0, 0)
  ),
  applied AS (
    INSERT INTO "PeopleCorrection" AS t ("regionId", "districtId", "category", "workType", "source", "programmeYear",
                                        "month", "workers", "referredWorkers", "youthWorkers", "youthReferredWorkers",
                                        "peopleWorking", "peopleWorkingOnwards")
    SELECT r, d, c, w, s, y, month, 0, 0, 0, 0, working, onwards FROM delta
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ("regionId", "districtId", "category", "workType", "source", "programmeYear", "month") DO UPDATE SET
      "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
      "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
    RETURNING t."regionId", t."districtId", t."category", t."workType", t."source", t."programmeYear", t."month",
              (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers", t."peopleWorking",
               t."peopleWorkingOnwards") = (0, 0, 0, 0, 0, 0) AS empty
  )
  SELECT array_agg("regionId"), array_agg("districtId"), array_agg("category"), array_agg("workType"),
         array_agg("source"), array_agg("programmeYear"), array_agg("month")
  INTO er, ed, ec, ew, es, ey, em
  FROM applied WHERE empty;
  IF er IS NOT NULL THEN
    kr := coalesce(kr, '{}') || er; kd := coalesce(kd, '{}') || ed; kc := coalesce(kc, '{}') || ec;
    kw := coalesce(kw, '{}') || ew; ks := coalesce(ks, '{}') || es; ky := coalesce(ky, '{}') || ey;
    km := coalesce(km, '{}') || em;
  END IF;

  IF kr IS NOT NULL THEN
    -- The WHERE is checked again on the latest row version, so a concurrent increment survives.
    DELETE FROM "PeopleCorrection" t
    USING unnest(kr, kd, kc, kw, ks, ky, km) AS k(r, d, c, w, s, y, month)
    WHERE (t."regionId", t."districtId", t."category", t."workType", t."source", t."programmeYear", t."month")
          = (k.r, k.d, k.c, k.w, k.s, k.y, k.month)
      AND (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers", t."peopleWorking",
           t."peopleWorkingOnwards") = (0, 0, 0, 0, 0, 0);
  END IF;
END $function$;

-- prisma/sql/functions/summary_sync_project_months.sql
-- ProjectMonth of the given projects, and its difference into CellMonth, RegionMonth and SourceMonth.
-- Old rows are placed in the project's previous cell (ProjectStats, not yet updated), new rows
-- in its current cell (Project); likewise under the project's previous and current funding sources.
-- Each record table is aggregated by project and month in one pass (0011).
-- People working during a month come from WorkerProject's months worked (0023).
-- History: migrations 0002, 0006, 0007, 0008, 0011, 0023.
CREATE OR REPLACE FUNCTION public.summary_sync_project_months(ids integer[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
  -- Each source table aggregated by project and month on its own, then combined: a LATERAL per
  -- project read the import's 200,000 placements in 743 index walks, three times slower.
  WITH fresh AS (
    SELECT p.id AS "projectId", v.month,
           p."regionId" AS r, coalesce(p."districtId", 0) AS d, p.category AS c, p."workType" AS wt, p."programmeYear" AS y,
           sum(v.hires)::int AS hires, sum(v.nw)::int AS nw, sum(v.nr)::int AS nr, sum(v.ny)::int AS ny,
           sum(v.nyr)::int AS nyr, sum(v.ps)::int AS ps, sum(v.pc)::int AS pc, sum(v.pm)::int AS pm,
           sum(v.pj)::int AS pj, sum(v.pw)::int AS pw, sum(v.pwo)::int AS pwo
    FROM "Project" p
    JOIN (
      SELECT pl."projectId", summary_month(pl."hiredAt"), count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
      FROM "Placement" pl WHERE pl."projectId" = ANY(ids)
      GROUP BY 1, 2
      UNION ALL
      SELECT wp."projectId", summary_month(f.first), 0, sum(f.nw), sum(f.nr), sum(f.ny), sum(f.nyr), 0, 0, 0, 0, 0, 0
      FROM "WorkerProject" wp
      CROSS JOIN LATERAL (VALUES (wp."firstHiredAt", 1, 0, 0, 0), (wp."firstReferredAt", 0, 1, 0, 0),
                                 (wp."firstYouthAt", 0, 0, 1, 0), (wp."firstYouthReferredAt", 0, 0, 0, 1)
                         ) AS f(first, nw, nr, ny, nyr)
      WHERE wp."projectId" = ANY(ids) AND f.first IS NOT NULL
      GROUP BY 1, 2
      UNION ALL
      SELECT q.id, summary_month(e.day), 0, 0, 0, 0, 0, e.ps, e.pc, e.pm, 0, 0, 0
      FROM "Project" q
      CROSS JOIN LATERAL (VALUES (q."actualStart", 1, 0, 0), (q."actualEnd", 0, 1, 0), (q."commissionedAt", 0, 0, 1)) AS e(day, ps, pc, pm)
      WHERE q.id = ANY(ids) AND e.day IS NOT NULL
      UNION ALL
      SELECT j."projectId", summary_month(j."createdOn"), 0, 0, 0, 0, 0, 0, 0, 0, count(*), 0, 0
      FROM "PermanentJob" j WHERE j."projectId" = ANY(ids)
      GROUP BY 1, 2
      UNION ALL
      SELECT wp."projectId", m.month, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*), 0
      FROM "WorkerProject" wp CROSS JOIN LATERAL unnest(wp."workingMonths") AS m(month)
      WHERE wp."projectId" = ANY(ids)
      GROUP BY 1, 2
      UNION ALL
      SELECT wp."projectId", wp."workingSince", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*)
      FROM "WorkerProject" wp WHERE wp."projectId" = ANY(ids) AND wp."workingSince" IS NOT NULL
      GROUP BY 1, 2
    ) AS v("projectId", month, hires, nw, nr, ny, nyr, ps, pc, pm, pj, pw, pwo) ON v."projectId" = p.id
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
    SELECT "projectId", month, hires, nw, nr, ny, nyr, ps, pc, pm, pj, pw, pwo FROM fresh ORDER BY 1, 2
    ON CONFLICT ("projectId", "month") DO UPDATE SET
      "hires" = excluded."hires",
      "newWorkers" = excluded."newWorkers",
      "newReferredWorkers" = excluded."newReferredWorkers",
      "newYouthWorkers" = excluded."newYouthWorkers",
      "newYouthReferredWorkers" = excluded."newYouthReferredWorkers",
      "projectsStarted" = excluded."projectsStarted",
      "projectsCompleted" = excluded."projectsCompleted",
      "projectsCommissioned" = excluded."projectsCommissioned",
      "permanentJobsCreated" = excluded."permanentJobsCreated",
      "peopleWorking" = excluded."peopleWorking",
      "peopleWorkingOnwards" = excluded."peopleWorkingOnwards"
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
           sum(ps)::int AS ps, sum(pc)::int AS pc, sum(pm)::int AS pm, sum(pj)::int AS pj,
           sum(pw)::int AS pw, sum(pwo)::int AS pwo
    FROM (
      SELECT r, c, wt, y, month, hires, nw, nr, ny, nyr, ps, pc, pm, pj, pw, pwo, n.sources
      FROM fresh JOIN new_sources n USING ("projectId")
      UNION ALL
      SELECT r, c, wt, y, month, -"hires", -"newWorkers", -"newReferredWorkers", -"newYouthWorkers",
             -"newYouthReferredWorkers", -"projectsStarted", -"projectsCompleted", -"projectsCommissioned",
             -"permanentJobsCreated", -"peopleWorking", -"peopleWorkingOnwards", sources
      FROM old
    ) AS x
    CROSS JOIN LATERAL unnest(x.sources) AS source
    GROUP BY source, r, c, wt, y, month
    HAVING (sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj), sum(pw), sum(pwo))
           <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
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
      "permanentJobsCreated" = t."permanentJobsCreated" + excluded."permanentJobsCreated",
      "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
      "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
  ),
  delta AS (
    SELECT r, d, c, wt, y, month,
           sum(hires)::int AS hires, sum(nw)::int AS nw, sum(nr)::int AS nr, sum(ny)::int AS ny, sum(nyr)::int AS nyr,
           sum(ps)::int AS ps, sum(pc)::int AS pc, sum(pm)::int AS pm, sum(pj)::int AS pj,
           sum(pw)::int AS pw, sum(pwo)::int AS pwo
    FROM (
      SELECT r, d, c, wt, y, month, hires, nw, nr, ny, nyr, ps, pc, pm, pj, pw, pwo FROM fresh
      UNION ALL
      SELECT r, d, c, wt, y, month, -"hires", -"newWorkers", -"newReferredWorkers", -"newYouthWorkers",
             -"newYouthReferredWorkers", -"projectsStarted", -"projectsCompleted", -"projectsCommissioned",
             -"permanentJobsCreated", -"peopleWorking", -"peopleWorkingOnwards"
      FROM old
    ) AS x
    GROUP BY r, d, c, wt, y, month
    HAVING (sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj), sum(pw), sum(pwo))
           <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
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
      "permanentJobsCreated" = t."permanentJobsCreated" + excluded."permanentJobsCreated",
      "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
      "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
  )
  INSERT INTO "RegionMonth" AS t
  SELECT r, c, wt, y, month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj),
         sum(pw), sum(pwo)
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
    "permanentJobsCreated" = t."permanentJobsCreated" + excluded."permanentJobsCreated",
    "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
    "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards";
END $function$;

-- prisma/sql/functions/summary_sync_worker_projects.sql
-- WorkerProject for the given (worker, project) pairs; returns the workers whose rows changed.
-- Callers hold the lock on the pairs' projects.
-- History: migrations 0002, 0007, 0008, 0023 (months worked).
CREATE OR REPLACE FUNCTION public.summary_sync_worker_projects(pair_workers integer[], pair_projects integer[])
 RETURNS integer[]
 LANGUAGE plpgsql
AS $function$
DECLARE
  changed int[];
BEGIN
  WITH pairs AS (
    SELECT DISTINCT k.w, k.p FROM unnest(pair_workers, pair_projects) AS k(w, p)
  ),
  fresh AS (
    SELECT pairs.w AS "workerId", pairs.p AS "projectId", a.placements, a.referred, a.youth, a.youth_referred,
           a.first_hired, a.first_referred, a.first_youth, a.first_youth_referred, wm.months, wm.since
    FROM pairs
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS placements,
             (count(*) FILTER (WHERE pl."referredByEmploymentCentre"))::int AS referred,
             (count(*) FILTER (WHERE pl."youthAtHiring"))::int AS youth,
             (count(*) FILTER (WHERE pl."referredByEmploymentCentre" AND pl."youthAtHiring"))::int AS youth_referred,
             min(pl."hiredAt") AS first_hired,
             min(pl."hiredAt") FILTER (WHERE pl."referredByEmploymentCentre") AS first_referred,
             min(pl."hiredAt") FILTER (WHERE pl."youthAtHiring") AS first_youth,
             min(pl."hiredAt") FILTER (WHERE pl."referredByEmploymentCentre" AND pl."youthAtHiring") AS first_youth_referred,
             array_agg(pl."hiredAt") AS hired, array_agg(pl."endedAt") AS ended
      FROM "Placement" pl
      WHERE pl."workerId" = pairs.w AND pl."projectId" = pairs.p
    ) a
    CROSS JOIN LATERAL summary_working_months(a.hired, a.ended) AS wm
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
      "firstYouthReferredAt" = excluded."firstYouthReferredAt",
      "workingMonths" = excluded."workingMonths",
      "workingSince" = excluded."workingSince"
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
END $function$;

-- prisma/sql/functions/summary_working_excess.sql
-- For one person's memberships within one scope: by how much the sum of the projects' counts of
-- people working exceeds one person, per month. `months` concatenates the memberships'
-- workingMonths (distinct within each), `sinces` their workingSince (open placements, null-free).
-- In a month where c memberships work by closed placements and k by open ones (since ≤ month),
-- the person is counted c + k times instead of once: c + k − 1 too many. The open part,
-- (k − 1)⁺, steps up by one at every since but the earliest ("onwards": counted in every later
-- month); the rest, c − 1 when k = 0 and c otherwise, is the month's own ("working"). Rows may
-- repeat a month: callers sum them.
-- History: migration 0023.
CREATE OR REPLACE FUNCTION public.summary_working_excess(months date[], sinces date[])
 RETURNS TABLE(month date, working integer, onwards integer)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT x.month, (x.c - CASE WHEN x.k = 0 THEN 1 ELSE 0 END)::int, 0
  FROM (
    SELECT m.month, count(*) AS c, (SELECT count(*) FROM unnest(sinces) AS s(day) WHERE s.day <= m.month) AS k
    FROM unnest(months) AS m(month)
    GROUP BY m.month
  ) AS x
  WHERE x.c - CASE WHEN x.k = 0 THEN 1 ELSE 0 END <> 0
  UNION ALL
  SELECT o.day, 0, 1
  FROM (SELECT s.day, row_number() OVER (ORDER BY s.day) AS rank FROM unnest(sinces) AS s(day) WHERE s.day IS NOT NULL) AS o
  WHERE o.rank > 1
$function$;

-- prisma/sql/functions/summary_working_months.sql
-- What a person's placements on a project (hiring and end dates, pairwise) say about the months
-- they worked there: `months`, every month from a closed placement's hiring month to its end
-- month before `since`, sorted and distinct (empty when none); `since`, the month of the earliest
-- open placement (null when none), from which the person works on: it counts in every later month
-- without listing them, so no figure depends on today's date. WorkerProject's "workingMonths"
-- and "workingSince".
-- One row, from a single SELECT: PostgreSQL inlines it into the caller's query (CROSS JOIN
-- LATERAL), planned once for all pairs. A scalar SQL function with a subquery is not inlined
-- and was planned on every call: 2 s for an import's 20,000 pairs instead of 0.1 s.
-- History: migration 0023.
CREATE OR REPLACE FUNCTION public.summary_working_months(hired date[], ended date[])
 RETURNS TABLE(months date[], since date)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT coalesce((SELECT array_agg(DISTINCT g.month::date ORDER BY g.month::date)
                   FROM unnest(hired, ended) AS p(h, e)
                   CROSS JOIN LATERAL generate_series(summary_month(p.h)::timestamp, summary_month(p.e)::timestamp,
                                                      interval '1 month') AS g(month)
                   WHERE p.e IS NOT NULL AND g.month < coalesce(o.since, 'infinity'::date)), '{}'),
         o.since
  FROM (SELECT min(summary_month(x.h)) AS since FROM unnest(hired, ended) AS x(h, e) WHERE x.e IS NULL) AS o
$function$;

-- prisma/sql/functions/summary_working_overlaps.sql
-- The PeopleCorrection of people working during a month ("peopleWorking" and
-- "peopleWorkingOnwards"), for the given people, from their MultiProjectMembership rows as they
-- are now; summary_sync_memberships reads it before and after it rewrites the memberships and
-- applies the difference, rebuild_summaries reads it for everyone.
-- Per person, scope of summary_correction_scopes() and month: a person counted c times by closed
-- months and k times by open placements (since ≤ month) is counted c + k − 1 times too often.
-- The open part, (k − 1)⁺, steps up by one at every since but the earliest ("onwards", counted
-- in every later month); the rest, c − 1 before the earliest since and c from it on, is the
-- month's own ("working"). summary_working_excess is the same rule for one group of memberships.
-- Set-based, no function call per person or scope: an import adds thousands of people on two
-- projects at once. A person with no excess over all their projects (the country, no filter)
-- has none in any narrower scope and is left out before the scopes are expanded; a scope with
-- one of the person's projects has none either, so a person on two projects has the excess over
-- all their projects in the scopes both share (summary_shared_correction_scopes).
-- History: migration 0023.
CREATE OR REPLACE FUNCTION public.summary_working_overlaps(person_ids integer[])
 RETURNS TABLE(r integer, d integer, c text, w text, s text, y integer, month date, working integer, onwards integer)
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$
  WITH members AS MATERIALIZED (
    SELECT m.* FROM unnest(person_ids) AS u(id) JOIN "MultiProjectMembership" m ON m."workerId" = u.id
  ),
  -- Each membership's months of work: closed months, and the month it works on from.
  days AS MATERIALIZED (
    SELECT m."workerId", m."projectId", v.day, v.open
    FROM members m
    CROSS JOIN LATERAL (
      SELECT x, false FROM unnest(m."workingMonths") AS x
      UNION ALL
      SELECT m."workingSince", true WHERE m."workingSince" IS NOT NULL
    ) AS v(day, open)
  ),
  person_open AS (
    SELECT "workerId", day, row_number() OVER (PARTITION BY "workerId" ORDER BY day) AS rank FROM days WHERE open
  ),
  -- The excess over all of a person's projects (the country, no filter).
  person_items AS MATERIALIZED (
    SELECT x."workerId", x.day AS month, (count(*) - CASE WHEN f.day <= x.day THEN 0 ELSE 1 END)::int AS working, 0 AS onwards
    FROM days x LEFT JOIN person_open f ON f."workerId" = x."workerId" AND f.rank = 1
    WHERE NOT x.open
    GROUP BY x."workerId", x.day, f.day
    HAVING count(*) - CASE WHEN f.day <= x.day THEN 0 ELSE 1 END <> 0
    UNION ALL
    SELECT "workerId", day, 0, 1 FROM person_open WHERE rank > 1
  ),
  overlapping AS (
    SELECT i."workerId", count(*) AS projects
    FROM (SELECT DISTINCT "workerId" FROM person_items) AS i JOIN members m ON m."workerId" = i."workerId"
    GROUP BY i."workerId"
  ),
  -- A person on two projects (most of them): the excess is the person's in every scope that
  -- holds both projects and nil elsewhere. Summed by the two projects' cells first, so that the
  -- shared scopes are worked out once per kind of pair, not once per person.
  pair_items AS (
    SELECT a."regionId" AS r1, a."districtId" AS d1, a.category::text AS c1, a."workType"::text AS w1,
           a."programmeYear" AS y1, a.sources AS s1,
           b."regionId" AS r2, b."districtId" AS d2, b.category::text AS c2, b."workType"::text AS w2,
           b."programmeYear" AS y2, b.sources AS s2,
           i.month, sum(i.working)::int AS working, sum(i.onwards)::int AS onwards
    FROM overlapping o
    JOIN members a ON a."workerId" = o."workerId"
    JOIN members b ON b."workerId" = o."workerId" AND b."projectId" > a."projectId"
    JOIN person_items i ON i."workerId" = o."workerId"
    WHERE o.projects = 2
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, i.month
  ),
  kinds AS (
    SELECT DISTINCT r1, d1, c1, w1, y1, s1, r2, d2, c2, w2, y2, s2 FROM pair_items
  ),
  kind_scopes AS (
    SELECT k.*, sc.r, sc.d, sc.c, sc.w, sc.s, sc.y
    FROM kinds k
    CROSS JOIN LATERAL summary_shared_correction_scopes(k.r1, k.d1, k.c1, k.w1, k.y1, k.s1, k.r2, k.d2, k.c2, k.w2, k.y2, k.s2) AS sc
  ),
  -- Three or more projects: scope by scope, from the months of the projects each holds. Only a
  -- scope that holds two or more of them can count the person twice.
  shared AS (
    SELECT x."workerId", x."projectId", x.r, x.d, x.c, x.w, x.s, x.y
    FROM (
      SELECT m."workerId", m."projectId", sc.r, sc.d, sc.c, sc.w, sc.s, sc.y,
             count(*) OVER (PARTITION BY m."workerId", sc.r, sc.d, sc.c, sc.w, sc.s, sc.y) AS projects
      FROM overlapping o
      JOIN members m ON m."workerId" = o."workerId"
      CROSS JOIN LATERAL summary_correction_scopes(m."regionId", m."districtId", m.category::text, m."workType"::text,
                                                   m."programmeYear", m.sources) AS sc
      WHERE o.projects >= 3
    ) AS x
    WHERE x.projects >= 2
  ),
  scoped AS MATERIALIZED (
    SELECT h."workerId", h.r, h.d, h.c, h.w, h.s, h.y, x.day, x.open
    FROM shared h
    JOIN days x ON x."workerId" = h."workerId" AND x."projectId" = h."projectId"
  ),
  opens AS (
    SELECT "workerId", r, d, c, w, s, y, day,
           row_number() OVER (PARTITION BY "workerId", r, d, c, w, s, y ORDER BY day) AS rank
    FROM scoped WHERE open
  ),
  items AS (
    SELECT k.r, k.d, k.c, k.w, k.s, k.y, k.day AS month,
           (count(*) - CASE WHEN f.day <= k.day THEN 0 ELSE 1 END)::int AS working, 0 AS onwards
    FROM scoped k
    LEFT JOIN opens f ON f.rank = 1 AND (f."workerId", f.r, f.d, f.c, f.w, f.s, f.y) = (k."workerId", k.r, k.d, k.c, k.w, k.s, k.y)
    WHERE NOT k.open
    GROUP BY k."workerId", k.r, k.d, k.c, k.w, k.s, k.y, k.day, f.day
    UNION ALL
    SELECT r, d, c, w, s, y, day, 0, 1 FROM opens WHERE rank > 1
    UNION ALL
    SELECT ks.r, ks.d, ks.c, ks.w, ks.s, ks.y, p.month, p.working, p.onwards
    FROM pair_items p
    JOIN kind_scopes ks ON (ks.r1, ks.d1, ks.c1, ks.w1, ks.y1, ks.s1, ks.r2, ks.d2, ks.c2, ks.w2, ks.y2, ks.s2)
                         = (p.r1, p.d1, p.c1, p.w1, p.y1, p.s1, p.r2, p.d2, p.c2, p.w2, p.y2, p.s2)
  )
  SELECT i.r, i.d, i.c, i.w, i.s, i.y, i.month, sum(i.working)::int, sum(i.onwards)::int
  FROM items i
  GROUP BY i.r, i.d, i.c, i.w, i.s, i.y, i.month
  HAVING (sum(i.working), sum(i.onwards)) <> (0, 0)
$function$;

-- Backfill: the months worked and the people working per month, from the placements.
SELECT rebuild_summaries();
