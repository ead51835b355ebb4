-- =============================================================================================
-- Summaries: a 200,000-placement import no longer locks its people one by one (issue 4).
-- summary_sync_memberships locks every person whose multi-project memberships it recomputes
-- (FOR NO KEY UPDATE, so that two transactions never recompute one person at once). For an import
-- of 182,000 new people that was 0.45 s of row locks on rows no other transaction can even see.
-- The import now takes the locks itself before it writes: the file's projects, then the people
-- it already knew (both ordered by id, the order summary_sync takes them in, so no deadlock with
-- a form's save), and creates the others in its own transaction; then it sets the
-- transaction-local summary.people_locked = 'on' around its placement INSERT and back to 'off'
-- after it. Any other writer leaves the setting unset and the function locks as before.
-- Current definitions: summary_sync_memberships is this migration's; summary_sync is 0008's;
-- see 0007 and 0006 for the others.
-- =============================================================================================

CREATE OR REPLACE FUNCTION summary_sync_memberships(person_ids int[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  kr int[]; kd int[]; kc text[]; kw text[]; ks text[]; ky int[]; km date[];
BEGIN
  -- Lock the people first: their memberships depend on all their projects, which other
  -- transactions (holding other projects' locks) may be changing at the same time. A writer that
  -- already holds these locks (or created the people itself, so no one else can see them) says
  -- so in summary.people_locked for its statement; the spreadsheet import does (0010).
  IF coalesce(current_setting('summary.people_locked', true), '') <> 'on' THEN
    PERFORM 1 FROM "Worker" WHERE id = ANY(person_ids) ORDER BY id FOR NO KEY UPDATE;
  END IF;

  WITH multi AS (
    SELECT wp."workerId" FROM "WorkerProject" wp
    WHERE wp."workerId" = ANY(person_ids)
    GROUP BY wp."workerId" HAVING count(*) >= 2
  ),
  fresh AS (
    SELECT wp."workerId", wp."projectId", s."regionId", s."districtId", s.category, s."workType", s."programmeYear",
           wp."firstHiredAt", wp."firstReferredAt", wp."firstYouthAt", wp."firstYouthReferredAt", s.sources
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
      "sources" = excluded."sources"
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
  -- A scope counts once per membership even when several earlier memberships share it.
  items AS (
    SELECT p.sign, p.kind, p.month, s.r, s.d, s.c, s.w, s.s, s.y
    FROM pairs p
    CROSS JOIN LATERAL summary_shared_correction_scopes(p.r1, p.d1, p.c1, p.w1, p.y1, p.s1,
                                                        p.r2, p.d2, p.c2, p.w2, p.y2, p.s2) AS s
    WHERE p.earlier = 1
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
           coalesce(sum(sign) FILTER (WHERE kind = 0), 0)::int AS workers,
           coalesce(sum(sign) FILTER (WHERE kind = 1), 0)::int AS referred,
           coalesce(sum(sign) FILTER (WHERE kind = 2), 0)::int AS youth,
           coalesce(sum(sign) FILTER (WHERE kind = 3), 0)::int AS youth_referred
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
              (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers") = (0, 0, 0, 0) AS empty
  )
  SELECT array_agg("regionId"), array_agg("districtId"), array_agg("category"), array_agg("workType"),
         array_agg("source"), array_agg("programmeYear"), array_agg("month")
  INTO kr, kd, kc, kw, ks, ky, km
  FROM applied WHERE empty;

  IF kr IS NOT NULL THEN
    -- The WHERE is checked again on the latest row version, so a concurrent increment survives.
    DELETE FROM "PeopleCorrection" t
    USING unnest(kr, kd, kc, kw, ks, ky, km) AS k(r, d, c, w, s, y, month)
    WHERE (t."regionId", t."districtId", t."category", t."workType", t."source", t."programmeYear", t."month")
          = (k.r, k.d, k.c, k.w, k.s, k.y, k.month)
      AND (t."workers", t."referredWorkers", t."youthWorkers", t."youthReferredWorkers") = (0, 0, 0, 0);
  END IF;
END $$;
