-- prisma/sql/functions/programme_last_day.sql
-- The programme's last day: 31 December of its latest programme year, the latest year of the
-- projects or of the targets (lib/reports/period.ts reportingPeriod counts the same years). The
-- monthly series stop there, and a record dated after it is a data check (lib/checks): a date in
-- 2026 on a 2020–2021 programme is a typing error, not a month of the programme. Null: no data.
-- History: migration 0022.
CREATE OR REPLACE FUNCTION public.programme_last_day()
 RETURNS date
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$
  SELECT make_date(y, 12, 31)
    FROM (SELECT greatest((SELECT max("programmeYear") FROM "Project"), (SELECT max("programmeYear") FROM "Target")) AS y) x
   WHERE y IS NOT NULL
$function$;
