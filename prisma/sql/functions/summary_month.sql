-- First day of the month of a date, as a date (no time zone involved).
-- History: migration 0002.
CREATE OR REPLACE FUNCTION public.summary_month(day date)
 RETURNS date
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$ SELECT date_trunc('month', day::timestamp)::date $function$;
