// Reads for the dashboards. Figures come from the summary loaders (lib/summary), which
// read tables PostgreSQL keeps current in the same transaction as every write: exact, live, and
// a few milliseconds each at 2,000,000 placements. What the summaries do not hold — targets,
// names, the projects of a district — is read here, from small tables or from ProjectStats.
// Dashboards hold no personal data: every role with "dashboard.read" sees them nationally.
import "server-only";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import type { ProjectCategory, ProjectStatus, ReportStatus, WorkType } from "@/generated/prisma/enums";
import { prismaRead } from "@/lib/db/client";
import type { MonthKey } from "@/lib/reports/period";
import { cellConditions, sourceCondition, whereAll } from "@/lib/summary/conditions";
import { getFigures } from "@/lib/summary/queries";
import { headlineValues, nationalScope, withTargets, type HeadlineFigures, type HeadlineScope, type TargetValue } from "./headline";
import type { DashboardFilter } from "@/lib/summary/schema";

export type TargetRow = TargetValue & { regionId: number | null };

// Hot-path reads use $queryRaw: the Prisma 7 client compiles every model query in WebAssembly,
// which costs more CPU than these small reads themselves (measured with lib/cli/profile-dashboard.mts).

/** The targets of one scope: national (regionId null) or one region's. */
export function targetsOf(rows: readonly TargetRow[], regionId: number | null): TargetValue[] {
  return rows.filter((row) => row.regionId === regionId);
}

/**
 * The headline figures of the country or of one region, with that scope's targets of the
 * latest programme year (home page).
 */
export async function getHeadlineFigures(scope: HeadlineScope = nationalScope): Promise<HeadlineFigures> {
  const filter = scope.regionId === null ? {} : { regionId: scope.regionId };
  const [figures, targets] = await Promise.all([getFigures(filter), getTargetRows()]);
  return { asOf: figures.asOf, ...withTargets(headlineValues(figures), targetsOf(targets, scope.regionId)) };
}

export type RegionRef = { id: number; code: string; nameRu: string; nameKk: string; nameEn: string };
export type DistrictRef = { id: number; regionId: number; nameRu: string; nameKk: string; nameEn: string };

export type FilterOptions = {
  regions: RegionRef[];
  /** Programme years that have projects, ascending. */
  years: number[];
};

type Reference = FilterOptions & {
  targets: TargetRow[];
  /** Latest programme year of the projects or the targets (bounds the reporting period). */
  latestYear: number | null;
};

/**
 * The small reference tables every dashboard page needs — regions, programme years, targets
 * (a few hundred rows: 7 metrics × 21 scopes × years) — in one round trip, once per request.
 */
const getReference = cache(async (): Promise<Reference> => {
  const rows = await prismaRead.$queryRaw<Array<{ regions: RegionRef[] | null; years: number[] | null; targets: TargetRow[] | null }>>(Prisma.sql`
    SELECT (SELECT json_agg(json_build_object('id', id, 'code', code, 'nameRu', "nameRu", 'nameKk', "nameKk", 'nameEn', "nameEn")
                            ORDER BY code) FROM "Region") AS regions,
           (SELECT array_agg(y ORDER BY y) FROM (SELECT DISTINCT "programmeYear" AS y FROM "CellStats") years) AS years,
           (SELECT json_agg(json_build_object('metric', metric, 'programmeYear', "programmeYear", 'regionId', "regionId", 'value', value))
              FROM "Target") AS targets`);
  const row = rows[0];
  const years = row?.years ?? [];
  const targets = row?.targets ?? [];
  const latest = Math.max(...years, ...targets.map((t) => t.programmeYear));
  return { regions: row?.regions ?? [], years, targets, latestYear: Number.isFinite(latest) ? latest : null };
});

/** What the filter form offers. */
export async function getFilterOptions(): Promise<FilterOptions> {
  const { regions, years } = await getReference();
  return { regions, years };
}

/** Every target row. */
export async function getTargetRows(): Promise<TargetRow[]> {
  return (await getReference()).targets;
}

/** The latest programme year of the projects or the targets (as lib/reports/queries.ts does). */
export async function getLatestProgrammeYear(): Promise<number | null> {
  return (await getReference()).latestYear;
}

export async function findRegionByCode(code: string): Promise<RegionRef | null> {
  if (!/^\d{2}$/.test(code)) return null;
  const rows = await prismaRead.$queryRaw<RegionRef[]>(Prisma.sql`SELECT id, code, "nameRu", "nameKk", "nameEn" FROM "Region" WHERE code = ${code}`);
  return rows[0] ?? null;
}

export type ApprovedReportMonths = {
  /**
   * The last month ("YYYY-MM") whose reports are approved: the region's latest approved month, or
   * nationally the earliest of the regions' latest approved months (so every region's entries
   * since are dated after it); null when a region has no approved report yet. The dashboard's
   * change is counted since its end (lib/dashboard/change.ts).
   */
  lastApproved: string | null;
  /** The earliest and latest of those months: whose reports the adjacent-industry jobs sum; null when none. */
  adjacent: { from: string; to: string } | null;
};

/** Each region's latest approved month, read once for both uses (every dashboard load). */
export async function getApprovedReportMonths(regionId: number | null): Promise<ApprovedReportMonths> {
  const rows = await prismaRead.$queryRaw<Array<{ last: string | null; from: string | null; to: string | null }>>(Prisma.sql`
    SELECT CASE WHEN bool_and(a.month IS NOT NULL) THEN to_char(min(a.month), 'YYYY-MM') END AS last,
           to_char(min(a.month), 'YYYY-MM') AS "from", to_char(max(a.month), 'YYYY-MM') AS "to"
      FROM "Region" g
      LEFT JOIN LATERAL (SELECT max(r.month) AS month FROM "MonthlyReport" r WHERE r."regionId" = g.id AND r.status = 'APPROVED') a ON true
     WHERE ${regionId}::int IS NULL OR g.id = ${regionId}::int`);
  const row = rows[0];
  return { lastApproved: row?.last ?? null, adjacent: row?.from && row.to ? { from: row.from, to: row.to } : null };
}

/** The district, only when it lies in the given region (a URL may pair them wrongly). */
export async function findDistrict(regionId: number, districtId: number): Promise<DistrictRef | null> {
  if (!Number.isSafeInteger(districtId) || districtId <= 0 || districtId > 2_147_483_647) return null;
  const rows = await prismaRead.$queryRaw<DistrictRef[]>(Prisma.sql`
    SELECT id, "regionId", "nameRu", "nameKk", "nameEn" FROM "District" WHERE id = ${districtId}::int AND "regionId" = ${regionId}::int`);
  return rows[0] ?? null;
}

export type ReportStatusRow = { regionId: number; month: MonthKey; status: ReportStatus };

/**
 * The stored monthly reports' statuses of the period (months "YYYY-MM" from `first` to `last`),
 * of one region or all, and the latest programme year (which bounds the reporting period,
 * lib/reports/period.ts), in one round trip.
 */
export async function getReportStatuses(regionId: number | null, first: string, last: string): Promise<ReportStatusRow[]> {
  return prismaRead.$queryRaw<ReportStatusRow[]>(Prisma.sql`
    SELECT "regionId", to_char(month, 'YYYY-MM') AS month, status FROM "MonthlyReport"
    WHERE month BETWEEN to_date(${first}, 'YYYY-MM') AND to_date(${last}, 'YYYY-MM')
      AND (${regionId}::int IS NULL OR "regionId" = ${regionId}::int)`);
}


export type DistrictProjectRow = {
  id: number;
  code: string;
  name: string;
  category: ProjectCategory;
  workType: WorkType;
  status: ProjectStatus;
  programmeYear: number;
  plannedTemporaryJobs: number;
  peopleEmployed: number;
  referred: number;
  youthAmongReferred: number;
  youthAmongAll: number;
  permanentJobs: number;
  /** Tenge; the filtered source's only when a funding source is chosen (as in getFigures). */
  allocated: number;
  disbursed: number;
};

/**
 * The projects of a district under the filter, with their figures from ProjectStats (per
 * project, distinct people are exact as they are). Projects hold no personal data.
 */
export async function getDistrictProjects(regionId: number, districtId: number, filter: DashboardFilter): Promise<DistrictProjectRow[]> {
  const scoped = { ...filter, regionId, districtId };
  const where = whereAll([...cellConditions(scoped, "s"), ...sourceCondition(scoped, "s")]);
  const source = filter.fundingSource === undefined ? Prisma.empty : Prisma.sql`AND f.source = ${filter.fundingSource}::"FundingSource"`;
  return prismaRead.$queryRaw<DistrictProjectRow[]>(Prisma.sql`
    SELECT p.id, p.code, p.name, s.category, s."workType", s.status, s."programmeYear",
           s."plannedTemporaryJobs", s.workers AS "peopleEmployed", s."referredWorkers" AS referred,
           s."youthReferredWorkers" AS "youthAmongReferred", s."youthWorkers" AS "youthAmongAll",
           s."permanentJobs",
           coalesce(money.allocated, 0)::float8 AS allocated, coalesce(money.disbursed, 0)::float8 AS disbursed
    FROM "ProjectStats" s
    JOIN "Project" p ON p.id = s."projectId"
    LEFT JOIN LATERAL (
      SELECT sum(f.allocated) AS allocated, sum(f.disbursed) AS disbursed
      FROM "ProjectFundingStats" f WHERE f."projectId" = s."projectId" ${source}
    ) money ON true
    ${where}
    ORDER BY p.code`);
}
