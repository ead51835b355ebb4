-- The funding sources a project has money allocated from (allocated > 0), in the enum's order.
-- History: migration 0006.
CREATE OR REPLACE FUNCTION public.summary_project_sources(project integer)
 RETURNS "FundingSource"[]
 LANGUAGE sql
 STABLE
AS $function$
  SELECT coalesce(array_agg(source ORDER BY source), '{}')
  FROM "ProjectFunding" WHERE "projectId" = project AND allocated > 0
$function$;
