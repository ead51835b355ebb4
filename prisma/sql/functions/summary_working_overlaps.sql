-- The PeopleCorrection of people working during a month ("peopleWorking" and
-- "peopleWorkingOnwards"), for the given people, from their MultiProjectMembership rows as they
-- are now; summary_sync_memberships reads it before and after it rewrites the memberships and
-- applies the difference, rebuild_summaries reads it for everyone.
-- Per person, scope of summary_correction_scopes() and month: a person counted c times by closed
-- months and k times by open placements (since ≤ month) is counted c + k − 1 times too often.
-- The open part, (k − 1)⁺, steps up by one at every since but the earliest ("onwards", counted
-- in every later month); the rest, c − 1 before the earliest since and c from it on, is the
-- month's own ("working"). summary_working_excess is the same rule for one group of memberships.
-- Set-based, no function call per person or scope: an import adds thousands of people on two
-- projects at once. A person with no excess over all their projects (the country, no filter)
-- has none in any narrower scope and is left out before the scopes are expanded; a scope with
-- one of the person's projects has none either, so a person on two projects has the excess over
-- all their projects in the scopes both share (summary_shared_correction_scopes).
-- History: migration 0023.
CREATE OR REPLACE FUNCTION public.summary_working_overlaps(person_ids integer[])
 RETURNS TABLE(r integer, d integer, c text, w text, s text, y integer, month date, working integer, onwards integer)
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$
  WITH members AS MATERIALIZED (
    SELECT m.* FROM unnest(person_ids) AS u(id) JOIN "MultiProjectMembership" m ON m."workerId" = u.id
  ),
  -- Each membership's months of work: closed months, and the month it works on from.
  days AS MATERIALIZED (
    SELECT m."workerId", m."projectId", v.day, v.open
    FROM members m
    CROSS JOIN LATERAL (
      SELECT x, false FROM unnest(m."workingMonths") AS x
      UNION ALL
      SELECT m."workingSince", true WHERE m."workingSince" IS NOT NULL
    ) AS v(day, open)
  ),
  person_open AS (
    SELECT "workerId", day, row_number() OVER (PARTITION BY "workerId" ORDER BY day) AS rank FROM days WHERE open
  ),
  -- The excess over all of a person's projects (the country, no filter).
  person_items AS MATERIALIZED (
    SELECT x."workerId", x.day AS month, (count(*) - CASE WHEN f.day <= x.day THEN 0 ELSE 1 END)::int AS working, 0 AS onwards
    FROM days x LEFT JOIN person_open f ON f."workerId" = x."workerId" AND f.rank = 1
    WHERE NOT x.open
    GROUP BY x."workerId", x.day, f.day
    HAVING count(*) - CASE WHEN f.day <= x.day THEN 0 ELSE 1 END <> 0
    UNION ALL
    SELECT "workerId", day, 0, 1 FROM person_open WHERE rank > 1
  ),
  overlapping AS (
    SELECT i."workerId", count(*) AS projects
    FROM (SELECT DISTINCT "workerId" FROM person_items) AS i JOIN members m ON m."workerId" = i."workerId"
    GROUP BY i."workerId"
  ),
  -- A person on two projects (most of them): the excess is the person's in every scope that
  -- holds both projects and nil elsewhere. Summed by the two projects' cells first, so that the
  -- shared scopes are worked out once per kind of pair, not once per person.
  pair_items AS (
    SELECT a."regionId" AS r1, a."districtId" AS d1, a.category::text AS c1, a."workType"::text AS w1,
           a."programmeYear" AS y1, a.sources AS s1,
           b."regionId" AS r2, b."districtId" AS d2, b.category::text AS c2, b."workType"::text AS w2,
           b."programmeYear" AS y2, b.sources AS s2,
           i.month, sum(i.working)::int AS working, sum(i.onwards)::int AS onwards
    FROM overlapping o
    JOIN members a ON a."workerId" = o."workerId"
    JOIN members b ON b."workerId" = o."workerId" AND b."projectId" > a."projectId"
    JOIN person_items i ON i."workerId" = o."workerId"
    WHERE o.projects = 2
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, i.month
  ),
  kinds AS (
    SELECT DISTINCT r1, d1, c1, w1, y1, s1, r2, d2, c2, w2, y2, s2 FROM pair_items
  ),
  kind_scopes AS (
    SELECT k.*, sc.r, sc.d, sc.c, sc.w, sc.s, sc.y
    FROM kinds k
    CROSS JOIN LATERAL summary_shared_correction_scopes(k.r1, k.d1, k.c1, k.w1, k.y1, k.s1, k.r2, k.d2, k.c2, k.w2, k.y2, k.s2) AS sc
  ),
  -- Three or more projects: scope by scope, from the months of the projects each holds. Only a
  -- scope that holds two or more of them can count the person twice.
  shared AS (
    SELECT x."workerId", x."projectId", x.r, x.d, x.c, x.w, x.s, x.y
    FROM (
      SELECT m."workerId", m."projectId", sc.r, sc.d, sc.c, sc.w, sc.s, sc.y,
             count(*) OVER (PARTITION BY m."workerId", sc.r, sc.d, sc.c, sc.w, sc.s, sc.y) AS projects
      FROM overlapping o
      JOIN members m ON m."workerId" = o."workerId"
      CROSS JOIN LATERAL summary_correction_scopes(m."regionId", m."districtId", m.category::text, m."workType"::text,
                                                   m."programmeYear", m.sources) AS sc
      WHERE o.projects >= 3
    ) AS x
    WHERE x.projects >= 2
  ),
  scoped AS MATERIALIZED (
    SELECT h."workerId", h.r, h.d, h.c, h.w, h.s, h.y, x.day, x.open
    FROM shared h
    JOIN days x ON x."workerId" = h."workerId" AND x."projectId" = h."projectId"
  ),
  opens AS (
    SELECT "workerId", r, d, c, w, s, y, day,
           row_number() OVER (PARTITION BY "workerId", r, d, c, w, s, y ORDER BY day) AS rank
    FROM scoped WHERE open
  ),
  items AS (
    SELECT k.r, k.d, k.c, k.w, k.s, k.y, k.day AS month,
           (count(*) - CASE WHEN f.day <= k.day THEN 0 ELSE 1 END)::int AS working, 0 AS onwards
    FROM scoped k
    LEFT JOIN opens f ON f.rank = 1 AND (f."workerId", f.r, f.d, f.c, f.w, f.s, f.y) = (k."workerId", k.r, k.d, k.c, k.w, k.s, k.y)
    WHERE NOT k.open
    GROUP BY k."workerId", k.r, k.d, k.c, k.w, k.s, k.y, k.day, f.day
    UNION ALL
    SELECT r, d, c, w, s, y, day, 0, 1 FROM opens WHERE rank > 1
    UNION ALL
    SELECT ks.r, ks.d, ks.c, ks.w, ks.s, ks.y, p.month, p.working, p.onwards
    FROM pair_items p
    JOIN kind_scopes ks ON (ks.r1, ks.d1, ks.c1, ks.w1, ks.y1, ks.s1, ks.r2, ks.d2, ks.c2, ks.w2, ks.y2, ks.s2)
                         = (p.r1, p.d1, p.c1, p.w1, p.y1, p.s1, p.r2, p.d2, p.c2, p.w2, p.y2, p.s2)
  )
  SELECT i.r, i.d, i.c, i.w, i.s, i.y, i.month, sum(i.working)::int, sum(i.onwards)::int
  FROM items i
  GROUP BY i.r, i.d, i.c, i.w, i.s, i.y, i.month
  HAVING (sum(i.working), sum(i.onwards)) <> (0, 0)
$function$;
