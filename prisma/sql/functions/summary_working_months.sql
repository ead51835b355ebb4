-- What a person's placements on a project (hiring and end dates, pairwise) say about the months
-- they worked there: `months`, every month from a closed placement's hiring month to its end
-- month before `since`, sorted and distinct (empty when none); `since`, the month of the earliest
-- open placement (null when none), from which the person works on: it counts in every later month
-- without listing them, so no figure depends on today's date. WorkerProject's "workingMonths"
-- and "workingSince".
-- One row, from a single SELECT: PostgreSQL inlines it into the caller's query (CROSS JOIN
-- LATERAL), planned once for all pairs. A scalar SQL function with a subquery is not inlined
-- and was planned on every call: 2 s for an import's 20,000 pairs instead of 0.1 s.
-- History: migration 0023.
CREATE OR REPLACE FUNCTION public.summary_working_months(hired date[], ended date[])
 RETURNS TABLE(months date[], since date)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT coalesce((SELECT array_agg(DISTINCT g.month::date ORDER BY g.month::date)
                   FROM unnest(hired, ended) AS p(h, e)
                   CROSS JOIN LATERAL generate_series(summary_month(p.h)::timestamp, summary_month(p.e)::timestamp,
                                                      interval '1 month') AS g(month)
                   WHERE p.e IS NOT NULL AND g.month < coalesce(o.since, 'infinity'::date)), '{}'),
         o.since
  FROM (SELECT min(summary_month(x.h)) AS since FROM unnest(hired, ended) AS x(h, e) WHERE x.e IS NULL) AS o
$function$;
