// Live figures in the report's shape, read through the live summary layer (lib/summary, kept
// current by PostgreSQL triggers) plus the targets. Used by the live report and to freeze a
// snapshot. Server-only: it reads the database.
import "server-only";
import { getBreakdowns, getFigures, getFiguresByRegion, getMonthlySeries } from "@/lib/summary/queries";
import type { Breakdowns, DashboardFilter, Figures, MonthPoint as LiveMonthPoint } from "@/lib/summary/schema";
import { ProjectCategory, WorkType } from "@/generated/prisma/enums";
import type { FullScope, MonthPoint, RegionRow, ScopeFigures, SnapshotFigures, Targets } from "./schema";
import { identityOf, type ReportFigures } from "./report";
import { targetsByScope } from "./queries";

const noTargets: Targets = { year: null, values: {} };

/** Only the aggregate fields the report keeps: nothing else from the live layer is frozen. */
function scopeFigures(figures: Figures, targets: Targets | undefined): ScopeFigures {
  return {
    projects: figures.projects,
    projectsByStatus: { ...figures.projectsByStatus },
    peopleEmployed: figures.peopleEmployed,
    referred: figures.referred,
    youth: figures.youth,
    youthReferred: figures.youthReferred,
    placements: figures.placements,
    commissioned: figures.commissioned,
    permanentJobs: figures.permanentJobs,
    permanentJobsFilled: figures.permanentJobsFilled,
    plannedTemporaryJobs: figures.plannedTemporaryJobs,
    plannedPermanentJobs: figures.plannedPermanentJobs,
    adjacentIndustryJobs: figures.adjacentIndustryJobs,
    allocated: figures.allocated,
    disbursed: figures.disbursed,
    targets: targets ?? noTargets,
  };
}

function series(points: LiveMonthPoint[]): MonthPoint[] {
  return points.map((p) => ({
    month: p.month,
    hires: p.hires,
    newPeople: p.newPeople,
    peopleEmployed: p.peopleEmployed,
    referred: p.referred,
    youth: p.youth,
    youthReferred: p.youthReferred,
    projectsStarted: p.projectsStarted,
    projectsCompleted: p.projectsCompleted,
    projectsCommissioned: p.projectsCommissioned,
    permanentJobs: p.permanentJobs,
  }));
}

function projectsBy<K extends string>(keys: readonly K[], rows: ReadonlyArray<{ projects: number }>, keyOf: (row: never) => K) {
  const result = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const row of rows) result[keyOf(row as never)] += row.projects;
  return result;
}

function detail(breakdowns: Breakdowns, points: LiveMonthPoint[]) {
  return {
    projectsByWorkType: projectsBy(Object.values(WorkType), breakdowns.byWorkType, (row: { workType: WorkType }) => row.workType),
    projectsByCategory: projectsBy(Object.values(ProjectCategory), breakdowns.byCategory, (row: { category: ProjectCategory }) => row.category),
    series: series(points),
  };
}

async function fullScope(filter: DashboardFilter, targets: Targets | undefined): Promise<{ asOf: Date; scope: FullScope }> {
  const [figures, breakdowns, points] = await Promise.all([getFigures(filter), getBreakdowns(filter), getMonthlySeries(filter)]);
  return { asOf: figures.asOf, scope: { ...scopeFigures(figures, targets), ...detail(breakdowns, points) } };
}

async function regionRows(targets: Map<number | null, Targets>): Promise<RegionRow[]> {
  const rows = await getFiguresByRegion({});
  return rows.map((row) => ({ ...identityOf(row), ...scopeFigures(row, targets.get(row.regionId)) }));
}

/** The live report of the country (regionCode null) or of one region; null: no such region. */
export async function liveReport(regionCode: string | null): Promise<ReportFigures | null> {
  const targets = await targetsByScope();
  const regions = await regionRows(targets);
  const region = regionCode === null ? null : regions.find((row) => row.code === regionCode);
  if (region === undefined) return null;
  const { asOf, scope } = await fullScope(region ? { regionId: region.regionId } : {}, targets.get(region?.regionId ?? null));
  return { asOf, scope, region: region ? identityOf(region) : null, regions };
}

/**
 * Everything a snapshot freezes: the country and every region, each with its breakdowns and
 * monthly series. The reads are not one transaction (the summary layer reads through the shared
 * client), so a write landing during publication may show in some figures and not others; the
 * as-of time is the database clock at the first read.
 */
export async function collectSnapshotFigures(): Promise<SnapshotFigures> {
  const targets = await targetsByScope();
  const national = await fullScope({}, targets.get(null));
  const regions = await regionRows(targets);
  const full = await Promise.all(
    regions.map(async (row) => {
      const [breakdowns, points] = await Promise.all([getBreakdowns({ regionId: row.regionId }), getMonthlySeries({ regionId: row.regionId })]);
      return { ...row, ...detail(breakdowns, points) };
    }),
  );
  return { version: 1, asOf: national.asOf.toISOString(), national: national.scope, regions: full };
}
