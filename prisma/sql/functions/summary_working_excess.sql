-- For one person's memberships within one scope: by how much the sum of the projects' counts of
-- people working exceeds one person, per month. `months` concatenates the memberships'
-- workingMonths (distinct within each), `sinces` their workingSince (open placements, null-free).
-- In a month where c memberships work by closed placements and k by open ones (since ≤ month),
-- the person is counted c + k times instead of once: c + k − 1 too many. The open part,
-- (k − 1)⁺, steps up by one at every since but the earliest ("onwards": counted in every later
-- month); the rest, c − 1 when k = 0 and c otherwise, is the month's own ("working"). Rows may
-- repeat a month: callers sum them.
-- History: migration 0023.
CREATE OR REPLACE FUNCTION public.summary_working_excess(months date[], sinces date[])
 RETURNS TABLE(month date, working integer, onwards integer)
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT x.month, (x.c - CASE WHEN x.k = 0 THEN 1 ELSE 0 END)::int, 0
  FROM (
    SELECT m.month, count(*) AS c, (SELECT count(*) FROM unnest(sinces) AS s(day) WHERE s.day <= m.month) AS k
    FROM unnest(months) AS m(month)
    GROUP BY m.month
  ) AS x
  WHERE x.c - CASE WHEN x.k = 0 THEN 1 ELSE 0 END <> 0
  UNION ALL
  SELECT o.day, 0, 1
  FROM (SELECT s.day, row_number() OVER (ORDER BY s.day) AS rank FROM unnest(sinces) AS s(day) WHERE s.day IS NOT NULL) AS o
  WHERE o.rank > 1
$function$;
