// The SQL of each check (rules and parameters: lib/checks/rules.ts). Every check is one SELECT
// of rows (project_id, detail, vals): the offending project, which variant of the rule it breaks
// (or NULL), and the values that show it, as JSON. `scope` limits a check to one region (an
// akimat's, or the region an analyst drilled into) and is applied before the heavy parts, so
// a region's checks read only that region's rows through the regionId / projectId indexes. The
// outer queries filter by the project's stored region again, whatever a check's inner query
// scoped by (some read the region from ProjectStats).
import { Prisma } from "@/generated/prisma/client";
import { FIRST_REPORT_MONTH } from "@/lib/reports/period";
import { FINISHED_STATUSES, MIN_PROJECTS_FOR_RANGE, OUTLIER_IQR_FACTOR, STALE_AFTER_DAYS, type CheckId } from "./rules";

export type CheckScope = { regionId: number | null; now: Date };

const inScope = (scope: CheckScope) => (scope.regionId === null ? Prisma.empty : Prisma.sql`AND p."regionId" = ${scope.regionId}::int`);

/**
 * Referred ≤ employed, per project, with its "из них" chain (youth ≤ people, youth among the
 * referred ≤ referred), on the per-project distinct people the portal reports (ProjectStats,
 * kept by triggers from the placements). In the placements themselves a referred person is
 * always an employed person, so a hit here means the reported figures have drifted from the
 * records (the cure is `SELECT rebuild_summaries()`), not a typing mistake.
 */
function referredExceedsEmployed(scope: CheckScope): Prisma.Sql {
  return Prisma.sql`
    SELECT s."projectId" AS project_id, NULL::text AS detail,
           jsonb_build_object('people', s."workers", 'referred', s."referredWorkers", 'youth', s."youthWorkers",
                              'youthReferred', s."youthReferredWorkers") AS vals
    FROM "ProjectStats" s JOIN "Project" p ON p."id" = s."projectId"
    WHERE (s."referredWorkers" > s."workers" OR s."youthWorkers" > s."workers" OR s."youthReferredWorkers" > s."referredWorkers")
      ${inScope(scope)}`;
}

/** Disbursed ≤ allocated, for each funding source separately. */
function disbursedExceedsAllocated(scope: CheckScope): Prisma.Sql {
  return Prisma.sql`
    SELECT f."projectId" AS project_id, f."source"::text AS detail,
           jsonb_build_object('source', f."source", 'allocated', f."allocated", 'disbursed', f."disbursed") AS vals
    FROM "ProjectFunding" f JOIN "Project" p ON p."id" = f."projectId"
    WHERE f."disbursed" > f."allocated" ${inScope(scope)}`;
}

/**
 * Dates in order: planned start ≤ planned end, actual start ≤ actual end, commissioning on or
 * after the actual end (and a commissioned object has an end: it is commissioned only after it
 * is completed), and no placement ending before it began.
 */
function datesOutOfOrder(scope: CheckScope): Prisma.Sql {
  // The WHERE finds the few broken projects first; only those are unfolded into their rules.
  return Prisma.sql`
    SELECT p."id" AS project_id, r.rule AS detail, r.vals
    FROM "Project" p
    CROSS JOIN LATERAL (VALUES
      ('plannedStartAfterEnd', p."plannedStart" > p."plannedEnd", jsonb_build_object('from', p."plannedStart", 'to', p."plannedEnd")),
      ('actualStartAfterEnd', p."actualStart" > p."actualEnd", jsonb_build_object('from', p."actualStart", 'to', p."actualEnd")),
      ('commissionedBeforeEnd', p."commissionedAt" < p."actualEnd", jsonb_build_object('from', p."actualEnd", 'to', p."commissionedAt")),
      ('commissionedWithoutEnd', p."commissionedAt" IS NOT NULL AND p."actualEnd" IS NULL, jsonb_build_object('to', p."commissionedAt"))
    ) AS r(rule, broken, vals)
    WHERE (p."plannedStart" > p."plannedEnd" OR p."actualStart" > p."actualEnd" OR p."commissionedAt" < p."actualEnd"
           OR (p."commissionedAt" IS NOT NULL AND p."actualEnd" IS NULL))
      AND r.broken ${inScope(scope)}
    UNION ALL
    SELECT pl."projectId", 'placementEndedBeforeHired',
           jsonb_build_object('placements', count(*), 'from', min(pl."hiredAt"), 'to', min(pl."endedAt"))
    FROM "Placement" pl JOIN "Project" p ON p."id" = pl."projectId"
    WHERE pl."endedAt" < pl."hiredAt" ${inScope(scope)}
    GROUP BY pl."projectId"`;
}

/**
 * Dates outside the programme's months — before April 2020 (the first reporting month) or after
 * 31 December of the last programme year: the monthly figures count such a record in April 2020
 * or not at all, so it is most likely a typing error. Hirings and permanent jobs grouped per
 * project (how many, first and last date), a project's own dates one by one.
 */
function datesOutsideProgramme(scope: CheckScope): Prisma.Sql {
  const first = Prisma.sql`${`${FIRST_REPORT_MONTH}-01`}::date`;
  const last = Prisma.sql`(SELECT programme_last_day())`;
  const outside = (column: Prisma.Sql) => Prisma.sql`(${column} < ${first} OR ${column} > ${last})`;
  return Prisma.sql`
    SELECT pl."projectId" AS project_id,
           CASE WHEN pl."hiredAt" < ${first} THEN 'hiredBeforeProgramme' ELSE 'hiredAfterProgramme' END AS detail,
           jsonb_build_object('count', count(*), 'from', min(pl."hiredAt"), 'to', max(pl."hiredAt")) AS vals
    FROM "Placement" pl JOIN "Project" p ON p."id" = pl."projectId"
    WHERE ${outside(Prisma.sql`pl."hiredAt"`)} ${inScope(scope)}
    GROUP BY 1, 2
    UNION ALL
    SELECT j."projectId", 'jobsOutsideProgramme', jsonb_build_object('count', count(*), 'from', min(j."createdOn"), 'to', max(j."createdOn"))
    FROM "PermanentJob" j JOIN "Project" p ON p."id" = j."projectId"
    WHERE ${outside(Prisma.sql`j."createdOn"`)} ${inScope(scope)}
    GROUP BY 1
    UNION ALL
    SELECT p."id", 'projectDateOutsideProgramme', jsonb_build_object('field', d.field, 'to', d.day)
    FROM "Project" p
    CROSS JOIN LATERAL (VALUES ('actualStart', p."actualStart"), ('actualEnd', p."actualEnd"), ('commissionedAt', p."commissionedAt")) AS d(field, day)
    WHERE ${outside(Prisma.sql`d.day`)} ${inScope(scope)}`;
}

/** A commissioned object creates permanent jobs (the seed letter: ~15,000 of them). */
function commissionedWithoutPermanentJobs(scope: CheckScope): Prisma.Sql {
  return Prisma.sql`
    SELECT p."id" AS project_id, NULL::text AS detail,
           jsonb_build_object('to', p."commissionedAt", 'plannedPermanentJobs', p."plannedPermanentJobs") AS vals
    FROM "Project" p
    WHERE (p."status" = 'COMMISSIONED' OR p."commissionedAt" IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM "PermanentJob" j WHERE j."projectId" = p."id")
      ${inScope(scope)}`;
}

/**
 * Money paid out for works on which nobody was hired: the Roadmap pays for jobs. Candidates come
 * from ProjectStats (no placements), each confirmed against the placements themselves, so the
 * check reads a few hundred rows instead of probing the placements of every funded project.
 */
function spendingWithoutPlacements(scope: CheckScope): Prisma.Sql {
  const region = scope.regionId === null ? Prisma.empty : Prisma.sql`AND s."regionId" = ${scope.regionId}::int`;
  return Prisma.sql`
    SELECT f."projectId" AS project_id, NULL::text AS detail, jsonb_build_object('disbursed', sum(f."disbursed")) AS vals
    FROM "ProjectStats" s JOIN "ProjectFunding" f ON f."projectId" = s."projectId"
    WHERE s."placements" = 0 ${region}
    GROUP BY f."projectId"
    HAVING sum(f."disbursed") > 0 AND NOT EXISTS (SELECT 1 FROM "Placement" pl WHERE pl."projectId" = f."projectId")`;
}

/** A project under way whose record nobody updated for 45 days (relative to `now`). */
function staleProject(scope: CheckScope): Prisma.Sql {
  const cutoff = new Date(scope.now.getTime() - STALE_AFTER_DAYS * 86_400_000);
  return Prisma.sql`
    SELECT p."id" AS project_id, p."status"::text AS detail,
           jsonb_build_object('status', p."status", 'updatedAt', p."updatedAt") AS vals
    FROM "Project" p
    WHERE p."updatedAt" < (${cutoff.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      AND p."status"::text <> ALL (${[...FINISHED_STATUSES]}::text[])
      ${inScope(scope)}`;
}

/**
 * Cost per job (disbursed / placements) outside [Q1 − 3·IQR, Q3 + 3·IQR] of the costs of the
 * same region's projects (percentile_cont), in regions with enough projects to have a range.
 * Placements per project come from ProjectStats (kept exact by triggers): counting two million
 * placement rows on every page view would cost far more than the rest of the checks together.
 */
function costPerJobOutlier(scope: CheckScope): Prisma.Sql {
  return Prisma.sql`
    WITH money AS (
      SELECT f."projectId", sum(f."disbursed") AS disbursed
      FROM "ProjectFunding" f ${scope.regionId === null ? Prisma.empty : Prisma.sql`JOIN "Project" p ON p."id" = f."projectId" AND p."regionId" = ${scope.regionId}::int`}
      GROUP BY f."projectId" HAVING sum(f."disbursed") > 0
    ),
    cost AS (
      SELECT s."projectId" AS project_id, s."regionId", m.disbursed, s."placements",
             (m.disbursed / s."placements")::float8 AS cost
      FROM money m JOIN "ProjectStats" s ON s."projectId" = m."projectId" AND s."placements" > 0
    ),
    fences AS (
      SELECT "regionId", q1 - ${OUTLIER_IQR_FACTOR}::float8 * (q3 - q1) AS low, q3 + ${OUTLIER_IQR_FACTOR}::float8 * (q3 - q1) AS high
      FROM (
        SELECT "regionId", count(*) AS n,
               percentile_cont(0.25) WITHIN GROUP (ORDER BY cost) AS q1,
               percentile_cont(0.75) WITHIN GROUP (ORDER BY cost) AS q3
        FROM cost GROUP BY "regionId"
      ) AS quartiles
      WHERE n >= ${MIN_PROJECTS_FOR_RANGE}::int
    )
    SELECT c.project_id, CASE WHEN c.cost > f.high THEN 'high' ELSE 'low' END AS detail,
           jsonb_build_object('disbursed', c.disbursed, 'placements', c.placements, 'costPerJob', round(c.cost::numeric, 2),
                              'low', round(greatest(f.low, 0)::numeric, 2), 'high', round(f.high::numeric, 2)) AS vals
    FROM cost c JOIN fences f ON f."regionId" = c."regionId"
    WHERE c.cost < f.low OR c.cost > f.high`;
}

/**
 * Projects with people whose name as the project's region typed it differs from the national
 * record (Worker.fullName) other than in case and spacing: one person was entered under two
 * spellings, and the ministry decides which is right (docs/privacy.md). National viewers only.
 */
function regionalNameDiffers(scope: CheckScope): Prisma.Sql {
  return Prisma.sql`
    SELECT pl."projectId" AS project_id, NULL::text AS detail, jsonb_build_object('people', count(DISTINCT pl."workerId")) AS vals
    FROM "WorkerRegionName" n
    JOIN "Worker" w ON w."id" = n."workerId"
    JOIN "Placement" pl ON pl."workerId" = n."workerId"
    JOIN "Project" p ON p."id" = pl."projectId" AND p."regionId" = n."regionId"
    WHERE lower(regexp_replace(btrim(n."fullName"), '\s+', ' ', 'g')) <> lower(regexp_replace(btrim(w."fullName"), '\s+', ' ', 'g'))
      ${inScope(scope)}
    GROUP BY pl."projectId"`;
}

export const CHECK_SQL: Record<CheckId, (scope: CheckScope) => Prisma.Sql> = {
  referredExceedsEmployed,
  disbursedExceedsAllocated,
  datesOutOfOrder,
  commissionedWithoutPermanentJobs,
  spendingWithoutPlacements,
  staleProject,
  costPerJobOutlier,
  datesOutsideProgramme,
  regionalNameDiffers,
};

/** Offending projects of one check per region (a project breaking two variants counts once). */
export function countByRegionSql(check: CheckId, scope: CheckScope): Prisma.Sql {
  return Prisma.sql`
    SELECT p."regionId" AS region_id, count(DISTINCT f.project_id)::int AS projects
    FROM (${CHECK_SQL[check](scope)}) AS f JOIN "Project" p ON p."id" = f.project_id
    WHERE true ${inScope(scope)}
    GROUP BY p."regionId"`;
}

/** One page of a check's findings with the project and its region, by region and project code. */
export function findingsSql(check: CheckId, scope: CheckScope, page: { limit: number; offset: number }): Prisma.Sql {
  return Prisma.sql`
    SELECT f.project_id, f.detail, f.vals, p."code", p."name", p."regionId" AS region_id, r."code" AS region_code,
           r."nameRu" AS region_ru, r."nameKk" AS region_kk, r."nameEn" AS region_en,
           count(*) OVER ()::int AS total
    FROM (${CHECK_SQL[check](scope)}) AS f
    JOIN "Project" p ON p."id" = f.project_id
    JOIN "Region" r ON r."id" = p."regionId"
    WHERE true ${inScope(scope)}
    ORDER BY r."code", p."code", f.detail
    LIMIT ${page.limit}::int OFFSET ${page.offset}::int`;
}
