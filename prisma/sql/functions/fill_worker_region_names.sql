-- The name each region keeps for a person (docs/privacy.md) is filled, for people a region placed
-- or employed and has no name for yet, with the name the portal held for them until now. Returns
-- the number of rows written. Run by 0014 for existing data, and by the demo seed after its bulk load.
-- History: migration 0014.
CREATE OR REPLACE FUNCTION public.fill_worker_region_names()
 RETURNS bigint
 LANGUAGE sql
AS $function$
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
$function$;
