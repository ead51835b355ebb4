-- Project's history trigger (triggers/Project.sql): statement-level, with transition tables;
-- writes one dated ProjectStatusChange per project created or whose status changed (docs/domain.md,
-- "A project's status from a date on"). The date is the one the writer set for its transaction
-- (set_config('roadmap.status_on', 'YYYY-MM-DD', true): the form's "status since"), or today in
-- Kazakhstan.
-- History: migration 0020.
CREATE OR REPLACE FUNCTION public.record_status_changes()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  changed_on date := coalesce(nullif(current_setting('roadmap.status_on', true), '')::date,
                              (now() AT TIME ZONE 'Asia/Almaty')::date);
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ProjectStatusChange" ("projectId", status, "changedOn")
    SELECT id, status, changed_on FROM new_rows;
  ELSE
    INSERT INTO "ProjectStatusChange" ("projectId", status, "changedOn")
    SELECT n.id, n.status, changed_on FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE n.status IS DISTINCT FROM o.status;
  END IF;
  RETURN NULL;
END $function$;
