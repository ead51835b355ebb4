-- ProjectStats of the given projects, and its difference into CellStats, RegionStats and SourceStats.
-- Returns the projects whose cell or funding sources changed (their multi-project people must be
-- moved in MultiProjectMembership).
-- History: migrations 0002, 0004, 0006, 0007, 0008.
CREATE OR REPLACE FUNCTION public.summary_sync_project_stats(ids integer[])
 RETURNS integer[]
 LANGUAGE plpgsql
AS $function$
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
END $function$;
