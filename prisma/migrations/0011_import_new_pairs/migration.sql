-- =============================================================================================
-- Summaries: a 200,000-placement import writes its new people's summaries from its own rows
-- (issue 4: at least 20,000 rows/s). Measured at scale 1 (200,000 new placements of 182,000 new
-- people), the summary triggers took 4.2 s of the 7.1 s write:
-- - summary_sync_worker_projects read every new pair's placements back from "Placement" (one
--   index look-up per pair) to build WorkerProject rows the inserted rows already give: a pair
--   with no WorkerProject row had no placement before the statement, so its row is the aggregate
--   of the statement's rows. summary_on_placement now writes those rows itself (INSERT … ON
--   CONFLICT DO NOTHING returns exactly the new pairs) and leaves only the pairs that had
--   placements to the recomputation, which stays the rule for updates and deletes;
-- - summary_sync_memberships recomputed all 182,000 people although only those in two or more
--   projects have memberships: it now filters them first, and groups the pairs of memberships
--   by what their correction scopes depend on before it expands the scopes;
-- - summary_sync_project_months recomputed each project's months through a LATERAL per project
--   (743 index walks over 222,000 placements): it now aggregates each record table by project
--   and month in one pass.
-- summary_sync takes the people whose WorkerProject rows its caller wrote (`people`), so that
-- their memberships follow once the projects' stats are current.
-- Current definitions: summary_sync, summary_sync_memberships, summary_sync_project_months and
-- summary_on_placement are this migration's; see 0009 and 0006 for the others.
-- =============================================================================================

DROP FUNCTION summary_sync(int[], int[], int[]);

-- ---------------------------------------------------------------------------------------------
-- Brings every summary of the given projects (and of the given worker–project pairs) up to date;
-- `people` are workers whose WorkerProject rows the caller has already written (their memberships
-- are brought up to date here).
-- Idempotent: whatever the order of calls, after the last one the summaries match the records.
CREATE FUNCTION summary_sync(project_ids int[], pair_workers int[] DEFAULT '{}', pair_projects int[] DEFAULT '{}',
                             people int[] DEFAULT '{}')
RETURNS void
LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  ids int[];
  changed_workers int[];
  moved int[];
  kr int[]; kd int[]; kc "ProjectCategory"[]; kw "WorkType"[]; ky int[];
BEGIN
  SELECT array_agg(DISTINCT id ORDER BY id) INTO ids
  FROM unnest(project_ids || pair_projects) AS u(id) WHERE id IS NOT NULL;
  IF ids IS NULL THEN RETURN; END IF;
  -- A form saves a row or two: plans built once per session serve it in a few milliseconds. An
  -- import touches thousands of rows: plan for the actual sizes (a plan made for ten ids can be
  -- quadratic for a hundred thousand). The function's SET clause restores the mode on exit.
  IF cardinality(ids) > 100 OR cardinality(pair_workers) > 100 OR cardinality(people) > 100 THEN
    PERFORM set_config('plan_cache_mode', 'force_custom_plan', true);
  END IF;

  -- One writer at a time per project (concurrent placements on the same project wait here);
  -- every later statement then sees what the previous writer committed (READ COMMITTED).
  PERFORM 1 FROM "Project" WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;

  -- Cells the projects were in and are in now: sums there may drop to zero.
  SELECT array_agg(r), array_agg(d), array_agg(c), array_agg(w), array_agg(y) INTO kr, kd, kc, kw, ky
  FROM (
    SELECT "regionId", coalesce("districtId", 0), category, "workType", "programmeYear" FROM "Project" WHERE id = ANY(ids)
    UNION
    SELECT "regionId", "districtId", category, "workType", "programmeYear" FROM "ProjectStats" WHERE "projectId" = ANY(ids)
  ) AS cells(r, d, c, w, y);

  changed_workers := people;
  IF cardinality(pair_workers) > 0 THEN
    changed_workers := changed_workers || summary_sync_worker_projects(pair_workers, pair_projects);
  END IF;
  PERFORM summary_sync_project_months(ids);
  PERFORM summary_sync_project_funding(ids);
  moved := summary_sync_project_stats(ids);
  IF cardinality(moved) > 0 THEN
    changed_workers := changed_workers
      || ARRAY(SELECT DISTINCT "workerId" FROM "MultiProjectMembership" WHERE "projectId" = ANY(moved));
  END IF;
  IF cardinality(changed_workers) > 100 THEN
    PERFORM set_config('plan_cache_mode', 'force_custom_plan', true);
  END IF;
  IF cardinality(changed_workers) > 0 THEN
    PERFORM summary_sync_memberships(ARRAY(SELECT DISTINCT w FROM unnest(changed_workers) AS u(w) ORDER BY 1));
  END IF;
  IF kr IS NOT NULL THEN
    PERFORM summary_delete_empty_cells(kr, kd, kc, kw, ky);
  END IF;
END $$;

-- ---------------------------------------------------------------------------------------------
-- MultiProjectMembership of the given people, and its difference into PeopleCorrection (0009).
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

-- ---------------------------------------------------------------------------------------------
-- ProjectMonth of the given projects, and its difference into CellMonth, RegionMonth and
-- SourceMonth (0007; only the way `fresh` is computed changed).
CREATE OR REPLACE FUNCTION summary_sync_project_months(ids int[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Each source table aggregated by project and month on its own, then combined: a LATERAL per
  -- project read the import's 200,000 placements in 743 index walks, three times slower.
  WITH fresh AS (
    SELECT p.id AS "projectId", v.month,
           p."regionId" AS r, coalesce(p."districtId", 0) AS d, p.category AS c, p."workType" AS wt, p."programmeYear" AS y,
           sum(v.hires)::int AS hires, sum(v.nw)::int AS nw, sum(v.nr)::int AS nr, sum(v.ny)::int AS ny,
           sum(v.nyr)::int AS nyr, sum(v.ps)::int AS ps, sum(v.pc)::int AS pc, sum(v.pm)::int AS pm,
           sum(v.pj)::int AS pj
    FROM "Project" p
    JOIN (
      SELECT pl."projectId", summary_month(pl."hiredAt"), count(*), 0, 0, 0, 0, 0, 0, 0, 0
      FROM "Placement" pl WHERE pl."projectId" = ANY(ids)
      GROUP BY 1, 2
      UNION ALL
      SELECT wp."projectId", summary_month(f.first), 0, sum(f.nw), sum(f.nr), sum(f.ny), sum(f.nyr), 0, 0, 0, 0
      FROM "WorkerProject" wp
      CROSS JOIN LATERAL (VALUES (wp."firstHiredAt", 1, 0, 0, 0), (wp."firstReferredAt", 0, 1, 0, 0),
                                 (wp."firstYouthAt", 0, 0, 1, 0), (wp."firstYouthReferredAt", 0, 0, 0, 1)
                         ) AS f(first, nw, nr, ny, nyr)
      WHERE wp."projectId" = ANY(ids) AND f.first IS NOT NULL
      GROUP BY 1, 2
      UNION ALL
      SELECT q.id, summary_month(e.day), 0, 0, 0, 0, 0, e.ps, e.pc, e.pm, 0
      FROM "Project" q
      CROSS JOIN LATERAL (VALUES (q."actualStart", 1, 0, 0), (q."actualEnd", 0, 1, 0), (q."commissionedAt", 0, 0, 1)) AS e(day, ps, pc, pm)
      WHERE q.id = ANY(ids) AND e.day IS NOT NULL
      UNION ALL
      SELECT j."projectId", summary_month(j."createdOn"), 0, 0, 0, 0, 0, 0, 0, 0, count(*)
      FROM "PermanentJob" j WHERE j."projectId" = ANY(ids)
      GROUP BY 1, 2
    ) AS v("projectId", month, hires, nw, nr, ny, nyr, ps, pc, pm, pj) ON v."projectId" = p.id
    WHERE p.id = ANY(ids)
    GROUP BY p.id, v.month
  ),
  old AS (
    SELECT m.*, s."regionId" AS r, s."districtId" AS d, s.category AS c, s."workType" AS wt, s."programmeYear" AS y,
           s.sources
    FROM "ProjectMonth" m JOIN "ProjectStats" s ON s."projectId" = m."projectId"
    WHERE m."projectId" = ANY(ids)
  ),
  upserted AS (
    INSERT INTO "ProjectMonth" AS t
    SELECT "projectId", month, hires, nw, nr, ny, nyr, ps, pc, pm, pj FROM fresh ORDER BY 1, 2
    ON CONFLICT ("projectId", "month") DO UPDATE SET
      "hires" = excluded."hires",
      "newWorkers" = excluded."newWorkers",
      "newReferredWorkers" = excluded."newReferredWorkers",
      "newYouthWorkers" = excluded."newYouthWorkers",
      "newYouthReferredWorkers" = excluded."newYouthReferredWorkers",
      "projectsStarted" = excluded."projectsStarted",
      "projectsCompleted" = excluded."projectsCompleted",
      "projectsCommissioned" = excluded."projectsCommissioned",
      "permanentJobsCreated" = excluded."permanentJobsCreated"
    WHERE ROW(t.*) IS DISTINCT FROM ROW(excluded.*)
  ),
  deleted AS (
    DELETE FROM "ProjectMonth" t
    WHERE t."projectId" = ANY(ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."projectId" = t."projectId" AND f.month = t.month)
  ),
  new_sources AS (
    SELECT u.id AS "projectId", summary_project_sources(u.id) AS sources FROM unnest(ids) AS u(id)
  ),
  source_delta AS (
    SELECT source, r, c, wt, y, month,
           sum(hires)::int AS hires, sum(nw)::int AS nw, sum(nr)::int AS nr, sum(ny)::int AS ny, sum(nyr)::int AS nyr,
           sum(ps)::int AS ps, sum(pc)::int AS pc, sum(pm)::int AS pm, sum(pj)::int AS pj
    FROM (
      SELECT r, c, wt, y, month, hires, nw, nr, ny, nyr, ps, pc, pm, pj, n.sources
      FROM fresh JOIN new_sources n USING ("projectId")
      UNION ALL
      SELECT r, c, wt, y, month, -"hires", -"newWorkers", -"newReferredWorkers", -"newYouthWorkers",
             -"newYouthReferredWorkers", -"projectsStarted", -"projectsCompleted", -"projectsCommissioned",
             -"permanentJobsCreated", sources
      FROM old
    ) AS x
    CROSS JOIN LATERAL unnest(x.sources) AS source
    GROUP BY source, r, c, wt, y, month
    HAVING (sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj))
           <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
  ),
  source_month AS (
    INSERT INTO "SourceMonth" AS t
    SELECT * FROM source_delta ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("source", "regionId", "category", "workType", "programmeYear", "month") DO UPDATE SET
      "hires" = t."hires" + excluded."hires",
      "newWorkers" = t."newWorkers" + excluded."newWorkers",
      "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
      "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
      "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
      "projectsStarted" = t."projectsStarted" + excluded."projectsStarted",
      "projectsCompleted" = t."projectsCompleted" + excluded."projectsCompleted",
      "projectsCommissioned" = t."projectsCommissioned" + excluded."projectsCommissioned",
      "permanentJobsCreated" = t."permanentJobsCreated" + excluded."permanentJobsCreated"
  ),
  delta AS (
    SELECT r, d, c, wt, y, month,
           sum(hires)::int AS hires, sum(nw)::int AS nw, sum(nr)::int AS nr, sum(ny)::int AS ny, sum(nyr)::int AS nyr,
           sum(ps)::int AS ps, sum(pc)::int AS pc, sum(pm)::int AS pm, sum(pj)::int AS pj
    FROM (
      SELECT r, d, c, wt, y, month, hires, nw, nr, ny, nyr, ps, pc, pm, pj FROM fresh
      UNION ALL
      SELECT r, d, c, wt, y, month, -"hires", -"newWorkers", -"newReferredWorkers", -"newYouthWorkers",
             -"newYouthReferredWorkers", -"projectsStarted", -"projectsCompleted", -"projectsCommissioned",
             -"permanentJobsCreated"
      FROM old
    ) AS x
    GROUP BY r, d, c, wt, y, month
    HAVING (sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj))
           <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
  ),
  cell_month AS (
    INSERT INTO "CellMonth" AS t
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("regionId", "districtId", "category", "workType", "programmeYear", "month") DO UPDATE SET
      "hires" = t."hires" + excluded."hires",
      "newWorkers" = t."newWorkers" + excluded."newWorkers",
      "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
      "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
      "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
      "projectsStarted" = t."projectsStarted" + excluded."projectsStarted",
      "projectsCompleted" = t."projectsCompleted" + excluded."projectsCompleted",
      "projectsCommissioned" = t."projectsCommissioned" + excluded."projectsCommissioned",
      "permanentJobsCreated" = t."permanentJobsCreated" + excluded."permanentJobsCreated"
  )
  INSERT INTO "RegionMonth" AS t
  SELECT r, c, wt, y, month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), sum(ps), sum(pc), sum(pm), sum(pj)
  FROM delta
  GROUP BY r, c, wt, y, month
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("regionId", "category", "workType", "programmeYear", "month") DO UPDATE SET
    "hires" = t."hires" + excluded."hires",
    "newWorkers" = t."newWorkers" + excluded."newWorkers",
    "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
    "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
    "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
    "projectsStarted" = t."projectsStarted" + excluded."projectsStarted",
    "projectsCompleted" = t."projectsCompleted" + excluded."projectsCompleted",
    "projectsCommissioned" = t."projectsCommissioned" + excluded."projectsCommissioned",
    "permanentJobsCreated" = t."permanentJobsCreated" + excluded."permanentJobsCreated";
END $$;

-- ---------------------------------------------------------------------------------------------
-- Placement triggers. An INSERT writes the WorkerProject rows of its new pairs from its own rows;
-- pairs that had placements, and every pair of an UPDATE or DELETE, are recomputed from the
-- records. Either way the result is the records' aggregate: a pair another trigger of the same
-- statement (the UPDATE half of INSERT … ON CONFLICT DO UPDATE) has already recomputed has a row,
-- so it is recomputed again here, not added to.
CREATE OR REPLACE FUNCTION summary_on_placement() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  pw int[]; pp int[]; ids int[]; people int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT "projectId" ORDER BY "projectId") INTO ids FROM new_rows;
    IF ids IS NULL THEN
      RETURN NULL;
    END IF;
    -- The projects' locks first, in summary_sync's order: a pair's WorkerProject row is then
    -- written by one transaction at a time, and a second one finds the first one's row.
    PERFORM 1 FROM "Project" WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
    -- Pairs without a WorkerProject row had no placement before this statement (summary_sync
    -- deletes the row of a pair whose last placement goes): their row is this statement's rows
    -- alone. A plain INSERT, not ON CONFLICT: under the projects' locks no one else writes these
    -- pairs' rows, and a speculative insertion per row cost a third more.
    WITH pairs AS MATERIALIZED (
      SELECT "workerId", "projectId", count(*)::int AS placements,
             (count(*) FILTER (WHERE "referredByEmploymentCentre"))::int AS referred,
             (count(*) FILTER (WHERE "youthAtHiring"))::int AS youth,
             (count(*) FILTER (WHERE "referredByEmploymentCentre" AND "youthAtHiring"))::int AS youth_referred,
             min("hiredAt") AS first_hired,
             min("hiredAt") FILTER (WHERE "referredByEmploymentCentre") AS first_referred,
             min("hiredAt") FILTER (WHERE "youthAtHiring") AS first_youth,
             min("hiredAt") FILTER (WHERE "referredByEmploymentCentre" AND "youthAtHiring") AS first_youth_referred,
             EXISTS (SELECT 1 FROM "WorkerProject" wp WHERE wp."workerId" = n."workerId" AND wp."projectId" = n."projectId") AS known
      FROM new_rows n
      GROUP BY "workerId", "projectId"
    ),
    created AS (
      INSERT INTO "WorkerProject"
      SELECT "workerId", "projectId", placements, referred, youth, youth_referred,
             first_hired, first_referred, first_youth, first_youth_referred
      FROM pairs WHERE NOT known
      ORDER BY 1, 2
      RETURNING "workerId"
    )
    SELECT (SELECT array_agg("workerId") FROM pairs WHERE known), (SELECT array_agg("projectId") FROM pairs WHERE known),
           (SELECT array_agg(DISTINCT "workerId") FROM created)
    INTO pw, pp, people;
    PERFORM summary_sync(ids, coalesce(pw, '{}'), coalesce(pp, '{}'), coalesce(people, '{}'));
    RETURN NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(w), array_agg(p) INTO pw, pp
    FROM (SELECT DISTINCT "workerId", "projectId" FROM old_rows) AS k(w, p);
  ELSE
    SELECT array_agg(w), array_agg(p) INTO pw, pp
    FROM (
      SELECT w, p FROM (
        SELECT id, "workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring" FROM old_rows
        EXCEPT
        SELECT id, "workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring" FROM new_rows
      ) AS gone(id, w, p)
      UNION
      SELECT w, p FROM (
        SELECT id, "workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring" FROM new_rows
        EXCEPT
        SELECT id, "workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring" FROM old_rows
      ) AS came(id, w, p)
    ) AS k;
  END IF;
  IF pw IS NOT NULL THEN
    PERFORM summary_sync('{}', pw, pp);
  END IF;
  RETURN NULL;
END $$;
