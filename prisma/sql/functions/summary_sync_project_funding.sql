-- ProjectFundingStats of the given projects, and its difference into CellFunding and RegionFunding.
-- A project "has" a source when money is allocated from it (allocated > 0).
-- History: migrations 0002, 0004, 0007, 0008.
CREATE OR REPLACE FUNCTION public.summary_sync_project_funding(ids integer[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
  WITH fresh AS (
    SELECT f."projectId", f.source, f.allocated, f.disbursed,
           p."regionId" AS r, coalesce(p."districtId", 0) AS d, p.category AS c, p."workType" AS wt, p."programmeYear" AS y
    FROM "ProjectFunding" f JOIN "Project" p ON p.id = f."projectId"
    WHERE f."projectId" = ANY(ids) AND (f.allocated <> 0 OR f.disbursed <> 0)
  ),
  old AS (
    SELECT f.*, s."regionId" AS r, s."districtId" AS d, s.category AS c, s."workType" AS wt, s."programmeYear" AS y
    FROM "ProjectFundingStats" f JOIN "ProjectStats" s ON s."projectId" = f."projectId"
    WHERE f."projectId" = ANY(ids)
  ),
  upserted AS (
    INSERT INTO "ProjectFundingStats" AS t
    SELECT "projectId", source, allocated, disbursed FROM fresh ORDER BY 1, 2
    ON CONFLICT ("projectId", "source") DO UPDATE SET
      "allocated" = excluded."allocated", "disbursed" = excluded."disbursed"
    WHERE (t."allocated", t."disbursed") IS DISTINCT FROM (excluded."allocated", excluded."disbursed")
  ),
  deleted AS (
    DELETE FROM "ProjectFundingStats" t
    WHERE t."projectId" = ANY(ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f."projectId" = t."projectId" AND f.source = t.source)
  ),
  delta AS (
    SELECT r, d, c, wt, y, source, sum(n)::int AS n, sum(allocated) AS allocated, sum(disbursed) AS disbursed
    FROM (
      SELECT r, d, c, wt, y, source, (allocated > 0)::int AS n, allocated, disbursed FROM fresh
      UNION ALL
      SELECT r, d, c, wt, y, source, -(allocated > 0)::int, -allocated, -disbursed FROM old
    ) AS x
    GROUP BY r, d, c, wt, y, source
    HAVING (sum(n), sum(allocated), sum(disbursed)) <> (0, 0, 0)
  ),
  cell_funding AS (
    INSERT INTO "CellFunding" AS t
    SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("regionId", "districtId", "category", "workType", "programmeYear", "source") DO UPDATE SET
      "projects" = t."projects" + excluded."projects",
      "allocated" = t."allocated" + excluded."allocated",
      "disbursed" = t."disbursed" + excluded."disbursed"
  )
  INSERT INTO "RegionFunding" AS t
  SELECT r, c, wt, y, source, sum(n), sum(allocated), sum(disbursed)
  FROM delta
  GROUP BY r, c, wt, y, source
  HAVING (sum(n), sum(allocated), sum(disbursed)) <> (0, 0, 0)
  ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("regionId", "category", "workType", "programmeYear", "source") DO UPDATE SET
    "projects" = t."projects" + excluded."projects",
    "allocated" = t."allocated" + excluded."allocated",
    "disbursed" = t."disbursed" + excluded."disbursed";
END $function$;
