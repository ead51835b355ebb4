-- Brings every summary of the given projects (and of the given worker–project pairs) up to date;
-- `people` are workers whose WorkerProject rows the caller has already written (their memberships
-- are brought up to date here). With `added`, the caller has already added its statement's rows
-- to the projects' figures (summary_on_placement), and only the memberships remain.
-- Idempotent: whatever the order of calls, after the last one the summaries match the records.
-- Generic plans (built once per session) for a form's small write, custom plans above 100 ids (0008):
-- the functions it calls inherit its plan_cache_mode.
-- History: migrations 0002, 0007, 0008, 0011, 0013.
CREATE OR REPLACE FUNCTION public.summary_sync(project_ids integer[], pair_workers integer[] DEFAULT '{}'::integer[], pair_projects integer[] DEFAULT '{}'::integer[], people integer[] DEFAULT '{}'::integer[], added boolean DEFAULT false)
 RETURNS void
 LANGUAGE plpgsql
 SET plan_cache_mode TO 'force_generic_plan'
AS $function$
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

  changed_workers := people;
  IF NOT added THEN
    -- Cells the projects were in and are in now: sums there may drop to zero.
    SELECT array_agg(r), array_agg(d), array_agg(c), array_agg(w), array_agg(y) INTO kr, kd, kc, kw, ky
    FROM (
      SELECT "regionId", coalesce("districtId", 0), category, "workType", "programmeYear" FROM "Project" WHERE id = ANY(ids)
      UNION
      SELECT "regionId", "districtId", category, "workType", "programmeYear" FROM "ProjectStats" WHERE "projectId" = ANY(ids)
    ) AS cells(r, d, c, w, y);

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
END $function$;
