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
