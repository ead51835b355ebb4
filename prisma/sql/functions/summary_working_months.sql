-- The months a person worked on a project, from their placements there (hiring and end dates,
-- pairwise): every month from a closed placement's hiring month to its end month, before the
-- month of the earliest open placement (from then on the person works on: WorkerProject's
-- "workingSince", counted in every later month without listing them, so no figure depends on
-- today's date). Sorted and distinct; empty when there is none.
-- History: migration 0023.
CREATE OR REPLACE FUNCTION public.summary_working_months(hired date[], ended date[])
 RETURNS date[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT coalesce(array_agg(DISTINCT g.month::date ORDER BY g.month::date), '{}')
  FROM unnest(hired, ended) AS p(h, e)
  CROSS JOIN LATERAL generate_series(summary_month(p.h)::timestamp, summary_month(p.e)::timestamp, interval '1 month') AS g(month)
  WHERE p.e IS NOT NULL
    AND g.month < coalesce((SELECT min(summary_month(o.h)) FROM unnest(hired, ended) AS o(h, e) WHERE o.e IS NULL),
                           'infinity'::date)
$function$;
