-- The PeopleCorrection of people working during a month ("peopleWorking" and
-- "peopleWorkingOnwards"), for the given people, from their MultiProjectMembership rows as they
-- are now: per scope of summary_correction_scopes() and month, summary_working_excess() of the
-- person's memberships in that scope, summed over the people. A person never on two projects in
-- the same month has no excess in any scope and is left out before the scopes are expanded (most
-- people work on their projects one after another).
-- Called by summary_sync_memberships (before and after it rewrites the memberships) and by
-- rebuild_summaries (for everyone).
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
  overlapping AS (
    SELECT p."workerId"
    FROM (
      SELECT "workerId", array_agg(day) FILTER (WHERE NOT open) AS months, array_agg(day) FILTER (WHERE open) AS sinces
      FROM days GROUP BY "workerId"
    ) AS p
    WHERE EXISTS (SELECT 1 FROM summary_working_excess(p.months, p.sinces))
  ),
  scoped AS (
    SELECT o."workerId", sc.r, sc.d, sc.c, sc.w, sc.s, sc.y,
           array_agg(x.day) FILTER (WHERE NOT x.open) AS months, array_agg(x.day) FILTER (WHERE x.open) AS sinces
    FROM overlapping o
    JOIN members m ON m."workerId" = o."workerId"
    CROSS JOIN LATERAL summary_correction_scopes(m."regionId", m."districtId", m.category::text, m."workType"::text,
                                                 m."programmeYear", m.sources) AS sc
    JOIN days x ON x."workerId" = m."workerId" AND x."projectId" = m."projectId"
    GROUP BY o."workerId", sc.r, sc.d, sc.c, sc.w, sc.s, sc.y
  )
  SELECT g.r, g.d, g.c, g.w, g.s, g.y, e.month, sum(e.working)::int, sum(e.onwards)::int
  FROM scoped g
  CROSS JOIN LATERAL summary_working_excess(g.months, g.sinces) AS e
  GROUP BY g.r, g.d, g.c, g.w, g.s, g.y, e.month
  HAVING (sum(e.working), sum(e.onwards)) <> (0, 0)
$function$;
