-- Project triggers (triggers/Project.sql): statement-level, with transition tables; finds the
-- projects whose summarised columns changed (ignoring columns no summary reads) and calls
-- summary_sync for them.
-- History: migrations 0002, 0007, 0008.
CREATE OR REPLACE FUNCTION public.summary_on_project()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
END $function$;
