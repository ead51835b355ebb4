-- PermanentJob triggers (triggers/PermanentJob.sql): statement-level, with transition tables;
-- finds the projects whose permanent jobs changed and calls summary_sync for them.
-- History: migrations 0002, 0007, 0008.
CREATE OR REPLACE FUNCTION public.summary_on_permanent_job()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
END $function$;
