// The one query behind every set of figures, grouped by nothing, region, district, category or
// work type. Sums come from the summary tables (RegionStats/RegionFunding, or CellStats/CellFunding
// when a district is involved); distinct people are the sums of per-project distinct counts minus
// the multi-project correction (prisma/migrations/0002_summaries to 0008_summary_plan_sizes):
// - read from PeopleCorrection for the scopes it keeps (see correctionScope);
// - otherwise computed from MultiProjectMembership (the small set of people on two or more
//   projects): Σ over people of (their projects in the selection − 1).
// A funding-source filter selects projects with money allocated from that source: project and
// people figures are then summed from SourceStats (or, with a district, from ProjectStats of
// those projects: a few thousand rows at most), and money is that source's only.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { cellConditions, correctionScope, regionOf, sourceCondition, whereAll, type Grouping } from "./conditions";
import { isPlaceFilter as isPlace } from "./filter";
import type { DashboardFilter } from "./schema";

export type { Grouping };

const byDistrict = (filter: DashboardFilter, grouping: Grouping) => filter.districtId !== undefined || grouping === "district";

const keyOf: Record<Grouping, string> = {
  all: "''",
  region: `"regionId"::text`,
  district: `"districtId"::text`,
  category: `category::text`,
  workType: `"workType"::text`,
};

function keys(grouping: Grouping, filter: DashboardFilter): Prisma.Sql {
  switch (grouping) {
    case "all":
      return Prisma.sql`SELECT ''::text AS key, 0 AS ord, NULL::text AS code, NULL::text AS name_ru, NULL::text AS name_kk, NULL::text AS name_en`;
    case "region":
      return Prisma.sql`SELECT id::text, 0, code::text, "nameRu", "nameKk", "nameEn" FROM "Region"`;
    case "district":
      return Prisma.sql`SELECT id::text, 0, NULL, "nameRu", "nameKk", "nameEn" FROM "District" WHERE "regionId" = ${regionOf(filter)}
        UNION ALL SELECT '0', 0, NULL, NULL, NULL, NULL`;
    case "category":
      return Prisma.sql`SELECT v::text, o::int, NULL, NULL, NULL, NULL FROM unnest(enum_range(NULL::"ProjectCategory")) WITH ORDINALITY AS e(v, o)`;
    case "workType":
      return Prisma.sql`SELECT v::text, o::int, NULL, NULL, NULL, NULL FROM unnest(enum_range(NULL::"WorkType")) WITH ORDINALITY AS e(v, o)`;
  }
}

const STAT_SUMS = Prisma.raw(`sum(projects) AS projects, sum("plannedProjects") AS planned,
  sum("inProgressProjects") AS in_progress, sum("completedProjects") AS completed,
  sum("commissionedProjects") AS commissioned, sum("suspendedProjects") AS suspended,
  sum("plannedTemporaryJobs") AS planned_temporary, sum("plannedPermanentJobs") AS planned_permanent,
  sum(workers) AS workers, sum("referredWorkers") AS referred, sum("youthWorkers") AS youth,
  sum("youthReferredWorkers") AS youth_referred, sum(placements) AS placements,
  sum("permanentJobs") AS jobs, sum("permanentJobsFilled") AS filled`);

function stats(filter: DashboardFilter, grouping: Grouping, key: Prisma.Sql): Prisma.Sql {
  const cells = cellConditions(filter, "s");
  if (filter.fundingSource === undefined) {
    const table = byDistrict(filter, grouping) ? Prisma.raw(`"CellStats"`) : Prisma.raw(`"RegionStats"`);
    return Prisma.sql`SELECT ${key} AS key, ${STAT_SUMS} FROM ${table} s ${whereAll(cells)} GROUP BY 1`;
  }
  if (!byDistrict(filter, grouping)) {
    const source = Prisma.sql`s.source = ${filter.fundingSource}::"FundingSource"`;
    return Prisma.sql`SELECT ${key} AS key, ${STAT_SUMS} FROM "SourceStats" s ${whereAll([source, ...cells])} GROUP BY 1`;
  }
  return Prisma.sql`
    SELECT ${key} AS key, count(*) AS projects, count(*) FILTER (WHERE status = 'PLANNED') AS planned,
           count(*) FILTER (WHERE status = 'IN_PROGRESS') AS in_progress,
           count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
           count(*) FILTER (WHERE status = 'COMMISSIONED') AS commissioned,
           count(*) FILTER (WHERE status = 'SUSPENDED') AS suspended,
           sum("plannedTemporaryJobs") AS planned_temporary, sum("plannedPermanentJobs") AS planned_permanent,
           sum(workers) AS workers, sum("referredWorkers") AS referred, sum("youthWorkers") AS youth,
           sum("youthReferredWorkers") AS youth_referred, sum(placements) AS placements,
           sum("permanentJobs") AS jobs, sum("permanentJobsFilled") AS filled
    FROM "ProjectStats" s ${whereAll([...cells, ...sourceCondition(filter, "s")])} GROUP BY 1`;
}

function correction(filter: DashboardFilter, grouping: Grouping, key: Prisma.Sql): Prisma.Sql {
  const scope = correctionScope(filter, grouping, "c");
  if (scope) {
    return Prisma.sql`
      SELECT ${key} AS key, sum(workers) AS workers, sum("referredWorkers") AS referred,
             sum("youthWorkers") AS youth, sum("youthReferredWorkers") AS youth_referred
      FROM "PeopleCorrection" c ${whereAll(scope)}
      GROUP BY 1`;
  }
  const where = whereAll([...cellConditions(filter, "m"), ...sourceCondition(filter, "m")]);
  return Prisma.sql`
    SELECT key, sum(n - 1) AS workers, sum(nr - 1) FILTER (WHERE nr > 0) AS referred,
           sum(ny - 1) FILTER (WHERE ny > 0) AS youth, sum(nyr - 1) FILTER (WHERE nyr > 0) AS youth_referred
    FROM (
      SELECT ${key} AS key, m."workerId", count(*) AS n, count(m."firstReferredAt") AS nr,
             count(m."firstYouthAt") AS ny, count(m."firstYouthReferredAt") AS nyr
      FROM "MultiProjectMembership" m ${where}
      GROUP BY 1, 2
    ) AS per_person
    GROUP BY key`;
}

function money(filter: DashboardFilter, grouping: Grouping, key: Prisma.Sql): Prisma.Sql {
  const table = byDistrict(filter, grouping) ? Prisma.raw(`"CellFunding"`) : Prisma.raw(`"RegionFunding"`);
  const source = filter.fundingSource === undefined ? [] : [Prisma.sql`f.source = ${filter.fundingSource}::"FundingSource"`];
  return Prisma.sql`
    SELECT key, json_object_agg(source, json_build_array(projects, allocated, disbursed)) AS funding
    FROM (
      SELECT ${key} AS key, f.source, sum(f.projects)::int AS projects, sum(f.allocated)::float8 AS allocated,
             sum(f.disbursed)::float8 AS disbursed
      FROM ${table} f ${whereAll([...cellConditions(filter, "f"), ...source])}
      GROUP BY 1, 2
    ) AS by_source
    GROUP BY key`;
}

/**
 * Reported jobs in adjacent industries: per region, its latest APPROVED report (cumulative as
 * of that month). A submitted or returned figure is not yet the ministry's: it waits for approval.
 */
function adjacentJobs(filter: DashboardFilter, grouping: Grouping, key: Prisma.Sql): Prisma.Sql | null {
  if (!isPlace(filter) || filter.districtId !== undefined) return null;
  if (grouping !== "all" && grouping !== "region") return null;
  const conditions = [Prisma.sql`r.status = 'APPROVED'`];
  if (filter.regionId !== undefined) conditions.push(Prisma.sql`r."regionId" = ${filter.regionId}::int`);
  if (filter.programmeYear !== undefined) {
    conditions.push(Prisma.sql`r.month >= make_date(${filter.programmeYear}::int, 1, 1)
      AND r.month < make_date(${filter.programmeYear}::int + 1, 1, 1)`);
  }
  return Prisma.sql`
    SELECT ${key} AS key, sum(jobs) AS jobs
    FROM (
      SELECT DISTINCT ON (r."regionId") r."regionId", r."adjacentIndustryJobs" AS jobs
      FROM "MonthlyReport" r ${whereAll(conditions)}
      ORDER BY r."regionId", r.month DESC
    ) AS latest
    GROUP BY 1`;
}

/** One row per key of the grouping (all regions, all districts of the region, …), zeros included. */
export function figuresSql(filter: DashboardFilter, grouping: Grouping): Prisma.Sql {
  const key = Prisma.raw(keyOf[grouping]);
  const adjacent = adjacentJobs(filter, grouping, key);
  return Prisma.sql`
    WITH keys(key, ord, code, name_ru, name_kk, name_en) AS (${keys(grouping, filter)}),
    stats AS (${stats(filter, grouping, key)}),
    correction AS (${correction(filter, grouping, key)}),
    money AS (${money(filter, grouping, key)})
    ${adjacent ? Prisma.sql`, adjacent AS (${adjacent})` : Prisma.empty}
    SELECT k.key, k.code, k.name_ru, k.name_kk, k.name_en,
           coalesce(s.projects, 0)::int AS projects, coalesce(s.planned, 0)::int AS planned,
           coalesce(s.in_progress, 0)::int AS in_progress, coalesce(s.completed, 0)::int AS completed,
           coalesce(s.commissioned, 0)::int AS commissioned, coalesce(s.suspended, 0)::int AS suspended,
           coalesce(s.planned_temporary, 0)::int AS planned_temporary,
           coalesce(s.planned_permanent, 0)::int AS planned_permanent,
           (coalesce(s.workers, 0) - coalesce(c.workers, 0))::int AS people,
           (coalesce(s.referred, 0) - coalesce(c.referred, 0))::int AS referred,
           (coalesce(s.youth, 0) - coalesce(c.youth, 0))::int AS youth,
           (coalesce(s.youth_referred, 0) - coalesce(c.youth_referred, 0))::int AS youth_referred,
           coalesce(s.placements, 0)::int AS placements, coalesce(s.jobs, 0)::int AS jobs,
           coalesce(s.filled, 0)::int AS filled, m.funding,
           ${adjacent ? Prisma.sql`coalesce(a.jobs, 0)::int` : Prisma.sql`NULL::int`} AS adjacent, now() AS as_of
    FROM keys k
    LEFT JOIN stats s ON s.key = k.key
    LEFT JOIN correction c ON c.key = k.key
    LEFT JOIN money m ON m.key = k.key
    ${adjacent ? Prisma.sql`LEFT JOIN adjacent a ON a.key = k.key` : Prisma.empty}
    ORDER BY k.ord, k.key`;
}
