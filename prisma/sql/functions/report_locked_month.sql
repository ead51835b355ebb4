-- The first month on or after `day`'s month whose report of the region is submitted or approved,
-- or null (lib/reports/lock.ts). Month figures are cumulative (people employed by the month's end,
-- money as of its end), so a change dated `day` changes every later month's figures: it is refused
-- when this is not null, naming this month. The one home of that rule for the forms and imports.
-- History: migration 0020.
CREATE OR REPLACE FUNCTION public.report_locked_month(region integer, day date)
 RETURNS date
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$
  SELECT min("month") FROM "MonthlyReport"
   WHERE "regionId" = region AND status IN ('SUBMITTED', 'APPROVED') AND "month" >= date_trunc('month', day::timestamp)::date
$function$;
