-- ProjectFunding's history trigger (triggers/ProjectFunding.sql): statement-level, with transition
-- tables; writes one dated FundingChange per project and source whose amounts changed (docs/domain.md,
-- "Money as of a month's end"). The date is the one the writer set for its transaction
-- (set_config('roadmap.funding_on', 'YYYY-MM-DD', true): the form's "date of the change"), or
-- today in Kazakhstan. Rows of a project being deleted are not recorded: its history goes with it.
-- History: migration 0020.
CREATE OR REPLACE FUNCTION public.record_funding_changes()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  changed_on date := coalesce(nullif(current_setting('roadmap.funding_on', true), '')::date,
                              (now() AT TIME ZONE 'Asia/Almaty')::date);
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "FundingChange" ("projectId", source, "allocatedChange", "disbursedChange", "changedOn")
    SELECT "projectId", source, allocated, disbursed, changed_on FROM new_rows
     WHERE allocated <> 0 OR disbursed <> 0;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "FundingChange" ("projectId", source, "allocatedChange", "disbursedChange", "changedOn")
    SELECT o."projectId", o.source, -o.allocated, -o.disbursed, changed_on FROM old_rows o
     WHERE (o.allocated <> 0 OR o.disbursed <> 0)
       AND EXISTS (SELECT 1 FROM "Project" p WHERE p.id = o."projectId");
  ELSE
    INSERT INTO "FundingChange" ("projectId", source, "allocatedChange", "disbursedChange", "changedOn")
    SELECT coalesce(n."projectId", o."projectId"), coalesce(n.source, o.source),
           coalesce(n.allocated, 0) - coalesce(o.allocated, 0), coalesce(n.disbursed, 0) - coalesce(o.disbursed, 0), changed_on
      FROM new_rows n FULL JOIN old_rows o ON o."projectId" = n."projectId" AND o.source = n.source
     WHERE coalesce(n.allocated, 0) <> coalesce(o.allocated, 0) OR coalesce(n.disbursed, 0) <> coalesce(o.disbursed, 0);
  END IF;
  RETURN NULL;
END $function$;
