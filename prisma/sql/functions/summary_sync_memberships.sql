-- MultiProjectMembership of the given people, and its difference into PeopleCorrection.
-- A person counts in several projects' distinct counts; for a set of projects S the number of
-- distinct people is Σ_{p∈S} people(p) − Σ_person (|projects(person) ∩ S| − 1)⁺. PeopleCorrection
-- holds that second sum per month for the scopes of summary_correction_scopes(): per person and
-- scope, +1 at the month of each of their memberships in it except the earliest (by first-hire
-- date, then project id). The same for referred, youth and youth-among-referred, each with its
-- own first date. The old memberships are subtracted and the new ones added.
-- Locks the people first unless the writer set summary.people_locked = 'on' (the import, 0010);
-- only people in two or more projects are recomputed (0011).
-- People working during a month have their own correction (summary_working_overlaps): it is
-- read for these people before the memberships are rewritten and again after, and the
-- difference is applied (0023).
-- History: migrations 0002, 0004, 0006, 0007, 0008, 0009, 0010, 0011, 0023.
CREATE OR REPLACE FUNCTION public.summary_sync_memberships(person_ids integer[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
DECLARE
  kr int[]; kd int[]; kc text[]; kw text[]; ks text[]; ky int[]; km date[];
  wr int[]; wd int[]; wc text[]; ww text[]; ws text[]; wy int[]; wm date[]; wn int[]; wo int[];
  er int[]; ed int[]; ec text[]; ew text[]; es text[]; ey int[]; em date[];
BEGIN
  -- Lock the people first: their memberships depend on all their projects, which other
  -- transactions (holding other projects' locks) may be changing at the same time. A writer that
  -- already holds these locks (or created the people itself, so no one else can see them) says
  -- so in summary.people_locked for its statement; the spreadsheet import does (0010).
  IF coalesce(current_setting('summary.people_locked', true), '') <> 'on' THEN
    PERFORM 1 FROM "Worker" WHERE id = ANY(person_ids) ORDER BY id FOR NO KEY UPDATE;
  END IF;

  -- Only people in two or more projects, now or before this write, have memberships; the others
  -- (most of the people an import adds) change nothing here. Filtered after the locks: a person
  -- another transaction is adding to a second project is seen in two once that one commits.
  -- Joins with unnest rather than = ANY: planning = ANY over a 180,000-element array estimates
  -- each element, which alone cost 0.4 s of a 200,000-row import.
  SELECT array_agg(k.id ORDER BY k.id) INTO person_ids
  FROM (
    SELECT wp."workerId" FROM unnest(person_ids) AS u(id) JOIN "WorkerProject" wp ON wp."workerId" = u.id
    GROUP BY wp."workerId" HAVING count(*) >= 2
    UNION
    SELECT m."workerId" FROM unnest(person_ids) AS u(id) JOIN "MultiProjectMembership" m ON m."workerId" = u.id
  ) AS k(id);
  IF person_ids IS NULL THEN
    RETURN;
  END IF;

  -- The working correction of these people's memberships before they change.
  SELECT array_agg(x.r), array_agg(x.d), array_agg(x.c), array_agg(x.w), array_agg(x.s), array_agg(x.y),
         array_agg(x.month), array_agg(x.working), array_agg(x.onwards)
  INTO wr, wd, wc, ww, ws, wy, wm, wn, wo
  FROM summary_working_overlaps(person_ids) AS x;

  WITH multi AS (
    SELECT wp."workerId" FROM "WorkerProject" wp
    WHERE wp."workerId" = ANY(person_ids)
    GROUP BY wp."workerId" HAVING count(*) >= 2
  ),
  fresh AS (
    SELECT wp."workerId", wp."projectId", s."regionId", s."districtId", s.category, s."workType", s."programmeYear",
           wp."firstHiredAt", wp."firstReferredAt", wp."firstYouthAt", wp."firstYouthReferredAt", s.sources,
           wp."workingMonths", wp."workingSince"
    FROM multi
    JOIN "WorkerProject" wp ON wp."workerId" = multi."workerId"
    JOIN "ProjectStats" s ON s."projectId" = wp."projectId"
  ),
  old AS (
    SELECT * FROM "MultiProjectMembership" WHERE "workerId" = ANY(person_ids)
  ),
  upserted AS (
    INSERT INTO "MultiProjectMembership" AS t
    SELECT * FROM fresh ORDER BY 1, 2
    ON CONFLICT ("workerId", "projectId") DO UPDATE SET
      "regionId" = excluded."regionId",
      "districtId" = excluded."districtId",
      "category" = excluded."category",
      "workType" = excluded."workType",
      "programmeYear" = excluded."programmeYear",
      "firstHiredAt" = excluded."firstHiredAt",
      "firstReferredAt" = excluded."firstReferredAt",
      "firstYouthAt" = excluded."firstYouthAt",
      "firstYouthReferredAt" = excluded."firstYouthReferredAt",
      "sources" = excluded."sources",
      "workingMonths" = excluded."workingMonths",
      "workingSince" = excluded."workingSince"
    WHERE ROW(t.*) IS DISTINCT FROM ROW(excluded.*)
  ),
  deleted AS (
    DELETE FROM "MultiProjectMembership" t
    WHERE t."workerId" = ANY(person_ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."workerId" = t."workerId" AND f."projectId" = t."projectId")
  ),
  members AS (
    SELECT 1 AS sign, * FROM fresh UNION ALL SELECT -1, * FROM old
  ),
  -- Each membership with each earlier membership of the same person, per kind of first date.
  pairs AS (
    SELECT a.sign, a."workerId", a."projectId", k.kind, summary_month(k.first) AS month,
           a."regionId" AS r1, a."districtId" AS d1, a.category::text AS c1, a."workType"::text AS w1,
           a."programmeYear" AS y1, a.sources AS s1,
           b."regionId" AS r2, b."districtId" AS d2, b.category::text AS c2, b."workType"::text AS w2,
           b."programmeYear" AS y2, b.sources AS s2,
           count(*) OVER (PARTITION BY a.sign, a."workerId", a."projectId", k.kind) AS earlier
    FROM members a
    JOIN members b ON b.sign = a.sign AND b."workerId" = a."workerId" AND b."projectId" <> a."projectId"
    CROSS JOIN LATERAL (VALUES (0, a."firstHiredAt", b."firstHiredAt"), (1, a."firstReferredAt", b."firstReferredAt"),
                               (2, a."firstYouthAt", b."firstYouthAt"), (3, a."firstYouthReferredAt", b."firstYouthReferredAt")
                       ) AS k(kind, first, other_first)
    WHERE k.first IS NOT NULL AND k.other_first IS NOT NULL
      AND (k.other_first, b."projectId") < (k.first, a."projectId")
  ),
  -- A scope counts once per membership even when several earlier memberships share it. Pairs
  -- with one earlier membership are grouped by what their scopes depend on before the scopes are
  -- expanded: an import's 35,000 pairs share a few hundred such kinds (0.5 million rows before).
  items AS (
    SELECT g.weight, g.kind, g.month, s.r, s.d, s.c, s.w, s.s, s.y
    FROM (
      SELECT sum(sign)::int AS weight, kind, month, r1, d1, c1, w1, y1, s1, r2, d2, c2, w2, y2, s2
      FROM pairs WHERE earlier = 1
      GROUP BY kind, month, r1, d1, c1, w1, y1, s1, r2, d2, c2, w2, y2, s2
    ) AS g
    CROSS JOIN LATERAL summary_shared_correction_scopes(g.r1, g.d1, g.c1, g.w1, g.y1, g.s1,
                                                        g.r2, g.d2, g.c2, g.w2, g.y2, g.s2) AS s
    WHERE g.weight <> 0
    UNION ALL
    SELECT sign, kind, month, r, d, c, w, s, y
    FROM (
      SELECT DISTINCT p.sign, p."workerId", p."projectId", p.kind, p.month, s.r, s.d, s.c, s.w, s.s, s.y
      FROM pairs p
      CROSS JOIN LATERAL summary_shared_correction_scopes(p.r1, p.d1, p.c1, p.w1, p.y1, p.s1,
                                                          p.r2, p.d2, p.c2, p.w2, p.y2, p.s2) AS s
      WHERE p.earlier > 1
    ) AS several
  ),
  delta AS (
    SELECT r, d, c, w, s, y, month,
           coalesce(sum(weight) FILTER (WHERE kind = 0), 0)::int AS workers,
           coalesce(sum(weight) FILTER (WHERE kind = 1), 0)::int AS referred,
           coalesce(sum(weight) FILTER (WHERE kind = 2), 0)::int AS youth,
           coalesce(sum(weight) FILTER (WHERE kind = 3), 0)::int AS youth_referred
    FROM items
    GROUP BY r, d, c, w, s, y, month
  ),
  applied AS (
    INSERT INTO "PeopleCorrection" AS t ("regionId", "districtId", "category", "workType", "source", "programmeYear",
                                        "month", "workers", "referredWorkers", "youthWorkers", "youthReferredWorkers")
    SELECT * FROM delta WHERE (workers, referred, youth, youth_referred) <> (0, 0, 0, 0)
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ("regionId", "districtId", "category", "workType", "source", "programmeYear", "month") DO UPDATE SET
      "workers" = t."workers" + excluded."workers",
      "referredWorkers" = t."referredWorkers" + excluded."referredWorkers",
      "youthWorkers" = t."youthWorkers" + excluded."youthWorkers",
      "youthReferredWorkers" = t."youthReferredWorkers" + excluded."youthReferredWorkers"
    RETURNING t."regionId", t."districtId", t."category", t."workType", t."source", t."programmeYear", t."month",
              (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers", t."peopleWorking",
               t."peopleWorkingOnwards") = (0, 0, 0, 0, 0, 0) AS empty
  )
  SELECT array_agg("regionId"), array_agg("districtId"), array_agg("category"), array_agg("workType"),
         array_agg("source"), array_agg("programmeYear"), array_agg("month")
  INTO kr, kd, kc, kw, ks, ky, km
  FROM applied WHERE empty;

  -- The working correction now, minus before.
  WITH delta AS (
    SELECT x.r, x.d, x.c, x.w, x.s, x.y, x.month, sum(x.working)::int AS working, sum(x.onwards)::int AS onwards
    FROM (
      SELECT * FROM summary_working_overlaps(person_ids)
      UNION ALL
      SELECT o.r, o.d, o.c, o.w, o.s, o.y, o.month, -o.working, -o.onwards
      FROM unnest(wr, wd, wc, ww, ws, wy, wm, wn, wo) AS o(r, d, c, w, s, y, month, working, onwards)
    ) AS x
    GROUP BY x.r, x.d, x.c, x.w, x.s, x.y, x.month
    HAVING (sum(x.working), sum(x.onwards)) <> (0, 0)
  ),
  applied AS (
    INSERT INTO "PeopleCorrection" AS t ("regionId", "districtId", "category", "workType", "source", "programmeYear",
                                        "month", "workers", "referredWorkers", "youthWorkers", "youthReferredWorkers",
                                        "peopleWorking", "peopleWorkingOnwards")
    SELECT r, d, c, w, s, y, month, 0, 0, 0, 0, working, onwards FROM delta
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT ("regionId", "districtId", "category", "workType", "source", "programmeYear", "month") DO UPDATE SET
      "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
      "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
    RETURNING t."regionId", t."districtId", t."category", t."workType", t."source", t."programmeYear", t."month",
              (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers", t."peopleWorking",
               t."peopleWorkingOnwards") = (0, 0, 0, 0, 0, 0) AS empty
  )
  SELECT array_agg("regionId"), array_agg("districtId"), array_agg("category"), array_agg("workType"),
         array_agg("source"), array_agg("programmeYear"), array_agg("month")
  INTO er, ed, ec, ew, es, ey, em
  FROM applied WHERE empty;
  IF er IS NOT NULL THEN
    kr := coalesce(kr, '{}') || er; kd := coalesce(kd, '{}') || ed; kc := coalesce(kc, '{}') || ec;
    kw := coalesce(kw, '{}') || ew; ks := coalesce(ks, '{}') || es; ky := coalesce(ky, '{}') || ey;
    km := coalesce(km, '{}') || em;
  END IF;

  IF kr IS NOT NULL THEN
    -- The WHERE is checked again on the latest row version, so a concurrent increment survives.
    DELETE FROM "PeopleCorrection" t
    USING unnest(kr, kd, kc, kw, ks, ky, km) AS k(r, d, c, w, s, y, month)
    WHERE (t."regionId", t."districtId", t."category", t."workType", t."source", t."programmeYear", t."month")
          = (k.r, k.d, k.c, k.w, k.s, k.y, k.month)
      AND (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers", t."peopleWorking",
           t."peopleWorkingOnwards") = (0, 0, 0, 0, 0, 0);
  END IF;
END $function$;
