// What each dashboard page shows, assembled from the summary loaders and lib/dashboard/queries:
// one function per level (national, regions, region, district, trends), so that the pages, the
// exports and the integration tests read the very same figures.
import "server-only";
import { allows, requirePermission, type Actor } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/config";
import { reportingPeriod } from "@/lib/reports/period";
import { isPlaceFilter } from "@/lib/summary/filter";
import { getBreakdowns, getFigures, getFiguresByDistrict, getFiguresByRegion, getMonthlySeries } from "@/lib/summary/queries";
import type { Breakdowns, DashboardFilter, MonthPoint } from "@/lib/summary/schema";
import { changeSinceApproved, type MonthlyChange } from "./change";
import { headlineValues, targetYearsOf, withTargets, type HeadlineFigures, type TargetYears } from "./headline";
import { lateReportsByRegion, type LateReportsRow } from "./late-reports";
import { localName } from "@/lib/i18n/names";
import {
  findDistrict,
  getDistrictProjects,
  getApprovedReportMonths,
  getFilterOptions,
  getLatestProgrammeYear,
  getReportStatuses,
  getTargetRows,
  targetsOf,
  type DistrictProjectRow,
  type DistrictRef,
  type RegionRef,
} from "./queries";
import { placeRow, type PlaceRow } from "./table-rows";

/**
 * Targets are set for a place (the country, a region) and a programme year as a whole, so they
 * apply only when the filter selects places and years: against a category or a funding source
 * alone they would read as under-fulfilled. Districts have no targets.
 */
export function targetsApply(filter: DashboardFilter): boolean {
  return isPlaceFilter(filter) && filter.districtId === undefined;
}

export type Overview = HeadlineFigures & {
  /** Null before any approved report (nothing to compare with). */
  change: MonthlyChange | null;
  /** The approved reports' months the adjacent-industry jobs come from ("YYYY-MM"), or null. */
  adjacentMonths: { from: string; to: string } | null;
  series: MonthPoint[];
  allocated: number;
  disbursed: number;
  placements: number;
  /** False when targets do not apply to the filter (see targetsApply). */
  targetsApply: boolean;
};

/** Headline figures of the filtered selection, its targets and its change since last month. */
export async function getOverview(filter: DashboardFilter): Promise<Overview> {
  const [figures, series, targetRows, approved] = await Promise.all([
    getFigures(filter), getMonthlySeries(filter), getTargetRows(), getApprovedReportMonths(filter.regionId ?? null),
  ]);
  const applies = targetsApply(filter);
  const targets = applies ? targetsOf(targetRows, filter.regionId ?? null) : [];
  const values = headlineValues(figures);
  return {
    asOf: figures.asOf,
    ...withTargets(values, targets, filter.programmeYear),
    change: changeSinceApproved(series, values, approved.lastApproved),
    adjacentMonths: approved.adjacent,
    series,
    allocated: figures.allocated,
    disbursed: figures.disbursed,
    placements: figures.placements,
    targetsApply: applies,
  };
}

/** The filter of a table of all regions: every region, whatever region the filter names. */
export function withoutPlace(filter: DashboardFilter): DashboardFilter {
  return { ...filter, regionId: undefined, districtId: undefined };
}

/** All 20 regions with their figures and the percentage of each region's own targets. */
export async function getRegionRows(filter: DashboardFilter, locale: Locale): Promise<{ rows: PlaceRow[]; targetYears: TargetYears }> {
  const scoped = withoutPlace(filter);
  const [regions, targetRows] = await Promise.all([getFiguresByRegion(scoped), getTargetRows()]);
  const applies = targetsApply(scoped);
  const targetYears = applies ? targetYearsOf(targetRows.filter((row) => row.regionId !== null), filter.programmeYear) : null;
  const rows = regions.map((region) =>
    placeRow(
      { id: region.regionId, code: region.code, name: localName(region, locale) },
      region,
      applies ? targetsOf(targetRows, region.regionId) : [],
      filter.programmeYear,
    ),
  );
  return { rows, targetYears };
}

/** The districts of a region (and its projects without a district, when there are any). */
export async function getDistrictRows(region: RegionRef, filter: DashboardFilter, locale: Locale, noDistrictName: string): Promise<PlaceRow[]> {
  const districts = await getFiguresByDistrict(region.id, { ...filter, regionId: region.id, districtId: undefined });
  return districts.map((district) =>
    placeRow(
      { id: district.districtId, code: null, name: district.districtId === null ? noDistrictName : localName({ nameRu: district.nameRu, nameKk: district.nameKk, nameEn: district.nameEn }, locale) },
      district,
      [],
    ),
  );
}

export type DistrictView = { district: DistrictRef; overview: Overview; projects: DistrictProjectRow[] };

/** A district's figures and projects; null when the district is not in the region. */
export async function getDistrictView(region: RegionRef, districtId: number, filter: DashboardFilter): Promise<DistrictView | null> {
  const district = await findDistrict(region.id, districtId);
  if (!district) return null;
  const scoped = { ...filter, regionId: region.id, districtId: district.id };
  const [overview, projects] = await Promise.all([getOverview(scoped), getDistrictProjects(region.id, district.id, filter)]);
  return { district, overview, projects };
}

export type Trends = { series: MonthPoint[]; breakdowns: Breakdowns };

export async function getTrends(filter: DashboardFilter): Promise<Trends> {
  const [series, breakdowns] = await Promise.all([getMonthlySeries(filter), getBreakdowns(filter)]);
  return { series, breakdowns };
}

export type LateReports = { rows: Array<LateReportsRow & { code: string; name: string }>; total: number };

/**
 * Late monthly reports by region for the data-quality panel, for those who may read reports
 * (analysts nationally, an akimat its own region); null for others (deputies).
 */
export async function getLateReports(viewer: Actor, locale: Locale, now: Date = new Date()): Promise<LateReports | null> {
  if (!allows(viewer, "report.read")) return null;
  // An akimat's grant is its own region (the permission table decides, not the request).
  const { regionId } = requirePermission(viewer, "report.read");
  const [options, latestYear] = await Promise.all([getFilterOptions(), getLatestProgrammeYear()]);
  const period = reportingPeriod(latestYear);
  const regions = options.regions.filter((region) => regionId === null || region.id === regionId);
  const reports = period.length ? await getReportStatuses(regionId, period[0]!, period.at(-1)!) : [];
  const late = lateReportsByRegion(regions.map((r) => r.id), period, reports, now);
  const rows = late.map((row, i) => ({ ...row, code: regions[i]!.code, name: localName(regions[i]!, locale) }));
  return { rows, total: rows.reduce((sum, row) => sum + row.late, 0) };
}
