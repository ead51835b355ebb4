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
