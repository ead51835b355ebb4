-- Placement triggers (triggers/Placement.sql). An INSERT whose worker–project pairs are all new
-- adds its rows to the figures; one with a pair that had placements writes the new pairs'
-- WorkerProject rows from its own rows (0011) and recomputes the rest; an UPDATE or a DELETE
-- recomputes every pair and project it touched. A pair another trigger of the same statement (the
-- UPDATE half of INSERT … ON CONFLICT DO UPDATE) has already recomputed has a WorkerProject row, so
-- it counts as known here and is recomputed again, never added twice.
-- An UPDATE of an end date is a change too: it moves the months the person worked (0023).
-- History: migrations 0002, 0007, 0008, 0011, 0013, 0023.
CREATE OR REPLACE FUNCTION public.summary_on_placement()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
    -- Pairs that already have a WorkerProject row had placements before this statement
    -- (summary_sync deletes the row of a pair whose last placement goes): they are recomputed.
    -- Each new pair's row is the aggregate of this statement's rows alone, written here with a
    -- plain INSERT (under the projects' locks no one else writes these pairs' rows). When every
    -- pair is new, the statement's rows are also added to its projects' figures.
    WITH pairs AS MATERIALIZED (
      SELECT g.*, wm.months AS working_months, wm.since AS working_since
      FROM (
        SELECT n."workerId", n."projectId", count(*)::int AS placements,
               (count(*) FILTER (WHERE n."referredByEmploymentCentre"))::int AS referred,
               (count(*) FILTER (WHERE n."youthAtHiring"))::int AS youth,
               (count(*) FILTER (WHERE n."referredByEmploymentCentre" AND n."youthAtHiring"))::int AS youth_referred,
               min(n."hiredAt") AS first_hired,
               min(n."hiredAt") FILTER (WHERE n."referredByEmploymentCentre") AS first_referred,
               min(n."hiredAt") FILTER (WHERE n."youthAtHiring") AS first_youth,
               min(n."hiredAt") FILTER (WHERE n."referredByEmploymentCentre" AND n."youthAtHiring") AS first_youth_referred,
               array_agg(n."hiredAt") AS hired, array_agg(n."endedAt") AS ended,
               EXISTS (SELECT 1 FROM "WorkerProject" wp WHERE wp."workerId" = n."workerId" AND wp."projectId" = n."projectId") AS known
        FROM new_rows n
        GROUP BY n."workerId", n."projectId"
      ) AS g
      CROSS JOIN LATERAL summary_working_months(g.hired, g.ended) AS wm
    ),
    all_new AS MATERIALIZED (
      SELECT NOT EXISTS (SELECT 1 FROM pairs WHERE known) AS yes
    ),
    created AS (
      INSERT INTO "WorkerProject"
      SELECT "workerId", "projectId", placements, referred, youth, youth_referred,
             first_hired, first_referred, first_youth, first_youth_referred, working_months, working_since
      FROM pairs WHERE NOT known
      ORDER BY 1, 2
      RETURNING "workerId"
    ),
    added_pairs AS (
      SELECT * FROM pairs WHERE (SELECT yes FROM all_new)
    ),
    month_delta AS (
      SELECT x."projectId", x.month, sum(x.hires)::int AS hires, sum(x.nw)::int AS nw, sum(x.nr)::int AS nr,
             sum(x.ny)::int AS ny, sum(x.nyr)::int AS nyr, sum(x.working)::int AS working, sum(x.onwards)::int AS onwards
      FROM (
        SELECT n."projectId", summary_month(n."hiredAt"), 1, 0, 0, 0, 0, 0, 0 FROM new_rows n WHERE (SELECT yes FROM all_new)
        UNION ALL
        SELECT p."projectId", summary_month(f.first), 0, f.nw, f.nr, f.ny, f.nyr, 0, 0
        FROM added_pairs p
        CROSS JOIN LATERAL (VALUES (p.first_hired, 1, 0, 0, 0), (p.first_referred, 0, 1, 0, 0),
                                   (p.first_youth, 0, 0, 1, 0), (p.first_youth_referred, 0, 0, 0, 1)
                           ) AS f(first, nw, nr, ny, nyr)
        WHERE f.first IS NOT NULL
        UNION ALL
        SELECT p."projectId", m, 0, 0, 0, 0, 0, 1, 0 FROM added_pairs p CROSS JOIN LATERAL unnest(p.working_months) AS m
        UNION ALL
        SELECT p."projectId", p.working_since, 0, 0, 0, 0, 0, 0, 1 FROM added_pairs p WHERE p.working_since IS NOT NULL
      ) AS x("projectId", month, hires, nw, nr, ny, nyr, working, onwards)
      GROUP BY x."projectId", x.month
    ),
    project_months AS (
      INSERT INTO "ProjectMonth" AS t
      SELECT "projectId", month, hires, nw, nr, ny, nyr, 0, 0, 0, 0, working, onwards FROM month_delta ORDER BY 1, 2
      ON CONFLICT ("projectId", "month") DO UPDATE SET
        "hires" = t."hires" + excluded."hires",
        "newWorkers" = t."newWorkers" + excluded."newWorkers",
        "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
        "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
        "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
        "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
        "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
    ),
    placed_months AS (
      SELECT s."regionId" AS r, s."districtId" AS d, s.category AS c, s."workType" AS wt, s."programmeYear" AS y,
             s.sources, m.month, m.hires, m.nw, m.nr, m.ny, m.nyr, m.working, m.onwards
      FROM month_delta m JOIN "ProjectStats" s ON s."projectId" = m."projectId"
    ),
    cell_months AS (
      INSERT INTO "CellMonth" AS t
      SELECT r, d, c, wt, y, month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), 0, 0, 0, 0, sum(working), sum(onwards)
      FROM placed_months GROUP BY r, d, c, wt, y, month ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT ("regionId", "districtId", "category", "workType", "programmeYear", "month") DO UPDATE SET
        "hires" = t."hires" + excluded."hires",
        "newWorkers" = t."newWorkers" + excluded."newWorkers",
        "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
        "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
        "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
        "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
        "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
    ),
    region_months AS (
      INSERT INTO "RegionMonth" AS t
      SELECT r, c, wt, y, month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), 0, 0, 0, 0, sum(working), sum(onwards)
      FROM placed_months GROUP BY r, c, wt, y, month ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ("regionId", "category", "workType", "programmeYear", "month") DO UPDATE SET
        "hires" = t."hires" + excluded."hires",
        "newWorkers" = t."newWorkers" + excluded."newWorkers",
        "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
        "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
        "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
        "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
        "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
    ),
    source_months AS (
      INSERT INTO "SourceMonth" AS t
      SELECT src, r, c, wt, y, month, sum(hires), sum(nw), sum(nr), sum(ny), sum(nyr), 0, 0, 0, 0, sum(working), sum(onwards)
      FROM placed_months CROSS JOIN LATERAL unnest(sources) AS src
      GROUP BY src, r, c, wt, y, month ORDER BY 1, 2, 3, 4, 5, 6
      ON CONFLICT ("source", "regionId", "category", "workType", "programmeYear", "month") DO UPDATE SET
        "hires" = t."hires" + excluded."hires",
        "newWorkers" = t."newWorkers" + excluded."newWorkers",
        "newReferredWorkers" = t."newReferredWorkers" + excluded."newReferredWorkers",
        "newYouthWorkers" = t."newYouthWorkers" + excluded."newYouthWorkers",
        "newYouthReferredWorkers" = t."newYouthReferredWorkers" + excluded."newYouthReferredWorkers",
        "peopleWorking" = t."peopleWorking" + excluded."peopleWorking",
        "peopleWorkingOnwards" = t."peopleWorkingOnwards" + excluded."peopleWorkingOnwards"
    ),
    stats_delta AS (
      SELECT "projectId", count(*)::int AS workers, count(first_referred)::int AS referred,
             count(first_youth)::int AS youth, count(first_youth_referred)::int AS youth_referred,
             sum(placements)::int AS placements
      FROM added_pairs GROUP BY "projectId"
    ),
    project_stats AS (
      UPDATE "ProjectStats" t
         SET "workers" = t."workers" + d.workers, "referredWorkers" = t."referredWorkers" + d.referred,
             "youthWorkers" = t."youthWorkers" + d.youth, "youthReferredWorkers" = t."youthReferredWorkers" + d.youth_referred,
             "placements" = t."placements" + d.placements
        FROM stats_delta d
       WHERE t."projectId" = d."projectId"
    ),
    placed_stats AS (
      SELECT s."regionId" AS r, s."districtId" AS d, s.category AS c, s."workType" AS wt, s."programmeYear" AS y,
             s.sources, x.workers, x.referred, x.youth, x.youth_referred, x.placements
      FROM stats_delta x JOIN "ProjectStats" s ON s."projectId" = x."projectId"
    ),
    cell_stats AS (
      INSERT INTO "CellStats" AS t
      SELECT r, d, c, wt, y, 0, 0, 0, 0, 0, 0, 0, 0, sum(workers), sum(referred), sum(youth), sum(youth_referred), sum(placements), 0, 0
      FROM placed_stats GROUP BY r, d, c, wt, y ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ("regionId", "districtId", "category", "workType", "programmeYear") DO UPDATE SET
        "workers" = t."workers" + excluded."workers",
        "referredWorkers" = t."referredWorkers" + excluded."referredWorkers",
        "youthWorkers" = t."youthWorkers" + excluded."youthWorkers",
        "youthReferredWorkers" = t."youthReferredWorkers" + excluded."youthReferredWorkers",
        "placements" = t."placements" + excluded."placements"
    ),
    region_stats AS (
      INSERT INTO "RegionStats" AS t
      SELECT r, c, wt, y, 0, 0, 0, 0, 0, 0, 0, 0, sum(workers), sum(referred), sum(youth), sum(youth_referred), sum(placements), 0, 0
      FROM placed_stats GROUP BY r, c, wt, y ORDER BY 1, 2, 3, 4
      ON CONFLICT ("regionId", "category", "workType", "programmeYear") DO UPDATE SET
        "workers" = t."workers" + excluded."workers",
        "referredWorkers" = t."referredWorkers" + excluded."referredWorkers",
        "youthWorkers" = t."youthWorkers" + excluded."youthWorkers",
        "youthReferredWorkers" = t."youthReferredWorkers" + excluded."youthReferredWorkers",
        "placements" = t."placements" + excluded."placements"
    ),
    source_stats AS (
      INSERT INTO "SourceStats" AS t
      SELECT src, r, c, wt, y, 0, 0, 0, 0, 0, 0, 0, 0, sum(workers), sum(referred), sum(youth), sum(youth_referred), sum(placements), 0, 0
      FROM placed_stats CROSS JOIN LATERAL unnest(sources) AS src
      GROUP BY src, r, c, wt, y ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT ("source", "regionId", "category", "workType", "programmeYear") DO UPDATE SET
        "workers" = t."workers" + excluded."workers",
        "referredWorkers" = t."referredWorkers" + excluded."referredWorkers",
        "youthWorkers" = t."youthWorkers" + excluded."youthWorkers",
        "youthReferredWorkers" = t."youthReferredWorkers" + excluded."youthReferredWorkers",
        "placements" = t."placements" + excluded."placements"
    )
    SELECT (SELECT array_agg("workerId") FROM pairs WHERE known), (SELECT array_agg("projectId") FROM pairs WHERE known),
           (SELECT array_agg(DISTINCT "workerId") FROM created)
    INTO pw, pp, people;

    IF pw IS NULL THEN
      PERFORM summary_sync(ids, '{}', '{}', coalesce(people, '{}'), true);
    ELSE
      PERFORM summary_sync(ids, pw, pp, coalesce(people, '{}'));
    END IF;
    RETURN NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(w), array_agg(p) INTO pw, pp
    FROM (SELECT DISTINCT "workerId", "projectId" FROM old_rows) AS k(w, p);
  ELSE
    SELECT array_agg(w), array_agg(p) INTO pw, pp
    FROM (
      SELECT w, p FROM (
        SELECT id, "workerId", "projectId", "hiredAt", "endedAt", "referredByEmploymentCentre", "youthAtHiring" FROM old_rows
        EXCEPT
        SELECT id, "workerId", "projectId", "hiredAt", "endedAt", "referredByEmploymentCentre", "youthAtHiring" FROM new_rows
      ) AS gone(id, w, p, h, e, r, y)
      UNION
      SELECT w, p FROM (
        SELECT id, "workerId", "projectId", "hiredAt", "endedAt", "referredByEmploymentCentre", "youthAtHiring" FROM new_rows
        EXCEPT
        SELECT id, "workerId", "projectId", "hiredAt", "endedAt", "referredByEmploymentCentre", "youthAtHiring" FROM old_rows
      ) AS came(id, w, p, h, e, r, y)
    ) AS k;
  END IF;
  IF pw IS NOT NULL THEN
    PERFORM summary_sync('{}', pw, pp);
  END IF;
  RETURN NULL;
END $function$;
