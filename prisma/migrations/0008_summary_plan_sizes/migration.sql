
-- =============================================================================================
-- Summaries: generic plans only for small writes (issue 5). 0007 made every summary statement use
-- a plan built once per session; right for a form's write (about 3 ms instead of 10–50 ms at scale
-- 10), but loading the scale-1 demo with the triggers on then took 159 s instead of 15 s: a plan
-- made for a few ids met 200,000. summary_sync now chooses by the size of the write, and the
-- functions it calls inherit its choice.
-- Current definitions: summary_sync is this migration's; see 0007 and 0006 for the others.
-- =============================================================================================

-- ---------------------------------------------------------------------------------------------
-- Brings every summary of the given projects (and of the given worker–project pairs) up to date.
-- Idempotent: whatever the order of calls, after the last one the summaries match the records.
CREATE OR REPLACE FUNCTION summary_sync(project_ids int[], pair_workers int[] DEFAULT '{}', pair_projects int[] DEFAULT '{}')
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
  IF cardinality(ids) > 100 OR cardinality(pair_workers) > 100 THEN
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

  changed_workers := '{}';
  IF cardinality(pair_workers) > 0 THEN
    changed_workers := summary_sync_worker_projects(pair_workers, pair_projects);
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

ALTER FUNCTION summary_sync_worker_projects(int[], int[]) RESET plan_cache_mode;
ALTER FUNCTION summary_sync_project_months(int[]) RESET plan_cache_mode;
ALTER FUNCTION summary_sync_project_funding(int[]) RESET plan_cache_mode;
ALTER FUNCTION summary_sync_project_stats(int[]) RESET plan_cache_mode;
ALTER FUNCTION summary_sync_memberships(int[]) RESET plan_cache_mode;
ALTER FUNCTION summary_delete_empty_cells(int[], int[], "ProjectCategory"[], "WorkType"[], int[]) RESET plan_cache_mode;
ALTER FUNCTION summary_on_placement() RESET plan_cache_mode;
ALTER FUNCTION summary_on_project() RESET plan_cache_mode;
ALTER FUNCTION summary_on_project_funding() RESET plan_cache_mode;
ALTER FUNCTION summary_on_permanent_job() RESET plan_cache_mode;
