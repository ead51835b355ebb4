-- Removes sum rows that became all zeros in the given cells, as rebuild_summaries() has none.
-- History: migrations 0002, 0004, 0006, 0007, 0008, 0023.
CREATE OR REPLACE FUNCTION public.summary_delete_empty_cells(kr integer[], kd integer[], kc "ProjectCategory"[], kw "WorkType"[], ky integer[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
  DELETE FROM "CellStats" t USING unnest(kr, kd, kc, kw, ky) AS k(r, d, c, w, y)
  WHERE (t."regionId", t."districtId", t.category, t."workType", t."programmeYear") = (k.r, k.d, k.c, k.w, k.y)
    AND (t."projects", t."plannedProjects", t."inProgressProjects", t."completedProjects", t."commissionedProjects",
         t."suspendedProjects", t."plannedTemporaryJobs", t."plannedPermanentJobs", t."workers", t."referredWorkers",
         t."youthWorkers", t."youthReferredWorkers", t."placements", t."permanentJobs", t."permanentJobsFilled")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  DELETE FROM "CellFunding" t USING unnest(kr, kd, kc, kw, ky) AS k(r, d, c, w, y)
  WHERE (t."regionId", t."districtId", t.category, t."workType", t."programmeYear") = (k.r, k.d, k.c, k.w, k.y)
    AND (t."projects", t."allocated", t."disbursed") = (0, 0, 0);
  DELETE FROM "CellMonth" t USING unnest(kr, kd, kc, kw, ky) AS k(r, d, c, w, y)
  WHERE (t."regionId", t."districtId", t.category, t."workType", t."programmeYear") = (k.r, k.d, k.c, k.w, k.y)
    AND (t."hires", t."newWorkers", t."newReferredWorkers", t."newYouthWorkers", t."newYouthReferredWorkers",
         t."projectsStarted", t."projectsCompleted", t."projectsCommissioned", t."permanentJobsCreated",
         t."peopleWorking", t."peopleWorkingOnwards")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  DELETE FROM "RegionMonth" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."hires", t."newWorkers", t."newReferredWorkers", t."newYouthWorkers", t."newYouthReferredWorkers",
         t."projectsStarted", t."projectsCompleted", t."projectsCommissioned", t."permanentJobsCreated",
         t."peopleWorking", t."peopleWorkingOnwards")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  DELETE FROM "RegionStats" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."projects", t."plannedProjects", t."inProgressProjects", t."completedProjects", t."commissionedProjects",
         t."suspendedProjects", t."plannedTemporaryJobs", t."plannedPermanentJobs", t."workers", t."referredWorkers",
         t."youthWorkers", t."youthReferredWorkers", t."placements", t."permanentJobs", t."permanentJobsFilled")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  DELETE FROM "RegionFunding" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."projects", t."allocated", t."disbursed") = (0, 0, 0);
  DELETE FROM "SourceStats" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."projects", t."plannedProjects", t."inProgressProjects", t."completedProjects", t."commissionedProjects",
         t."suspendedProjects", t."plannedTemporaryJobs", t."plannedPermanentJobs", t."workers", t."referredWorkers",
         t."youthWorkers", t."youthReferredWorkers", t."placements", t."permanentJobs", t."permanentJobsFilled")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  DELETE FROM "SourceMonth" t USING (SELECT DISTINCT r, c, w, y FROM unnest(kr, kc, kw, ky) AS u(r, c, w, y)) AS k
  WHERE (t."regionId", t.category, t."workType", t."programmeYear") = (k.r, k.c, k.w, k.y)
    AND (t."hires", t."newWorkers", t."newReferredWorkers", t."newYouthWorkers", t."newYouthReferredWorkers",
         t."projectsStarted", t."projectsCompleted", t."projectsCommissioned", t."permanentJobsCreated",
         t."peopleWorking", t."peopleWorkingOnwards")
        = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
END $function$;
