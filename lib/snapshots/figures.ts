// Live figures in the report's shape, read through the live summary layer (lib/summary, kept
// current by PostgreSQL triggers) plus the targets. Used by the live report and to freeze a
// snapshot. Server-only: it reads the database.
import "server-only";
import { getAsOfFigures, getAsOfProjectsBy, getBreakdowns, getFigures, getFiguresByRegion, getMonthlySeries, getRegionIdentities } from "@/lib/summary/queries";
import type { AsOfRow } from "@/lib/summary/as-of-sql";
import { monthEndDate, type MonthKey } from "@/lib/reports/period";
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
    peopleWorking: p.peopleWorking,
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
export async function collectSnapshotFigures(asOfMonth?: MonthKey): Promise<SnapshotFigures> {
  if (asOfMonth !== undefined) return collectAsOfFigures(asOfMonth);
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

/** One scope's figures as of a day (lib/summary/as-of-sql.ts), in the report's shape. */
function asOfScope(row: AsOfRow | undefined, targets: Targets | undefined): ScopeFigures {
  const n = (value: number | undefined) => Number(value ?? 0);
  return {
    projects: n(row?.projects),
    projectsByStatus: {
      PLANNED: n(row?.planned), IN_PROGRESS: n(row?.in_progress), COMPLETED: n(row?.completed),
      COMMISSIONED: n(row?.commissioned_status), SUSPENDED: n(row?.suspended),
    },
    peopleEmployed: n(row?.people),
    referred: n(row?.referred),
    youth: n(row?.youth),
    youthReferred: n(row?.youth_referred),
    placements: n(row?.placements),
    peopleWorking: n(row?.working),
    commissioned: n(row?.commissioned),
    permanentJobs: n(row?.jobs),
    permanentJobsFilled: n(row?.filled),
    plannedTemporaryJobs: n(row?.ptj),
    plannedPermanentJobs: n(row?.ppj),
    adjacentIndustryJobs: n(row?.adjacent),
    allocated: Number(row?.allocated ?? 0),
    disbursed: Number(row?.disbursed ?? 0),
    targets: targets ?? noTargets,
  };
}

/**
 * A moment on `month`'s last day whatever Kazakhstan's offset was then (UTC+6 in Almaty until
 * 2024, UTC+5 since): noon UTC. The report says "as of the end of" that day; the figures count
 * the records dated up to it.
 */
export function lastDayOfMonth(month: MonthKey): Date {
  return new Date(monthEndDate(month).getTime() + 12 * 3_600_000);
}

type AsOfBase = { day: string; byRegion: Map<number | null, AsOfRow>; regions: RegionRow[]; targets: Map<number | null, Targets> };

/** The figures of every region and of the country as of the end of `month` (one query). */
async function asOfBase(month: MonthKey): Promise<AsOfBase> {
  const day = monthEndDate(month).toISOString().slice(0, 10);
  const [rows, identities, targets] = await Promise.all([getAsOfFigures(day), getRegionIdentities(), targetsByScope(Number(month.slice(0, 4)))]);
  const byRegion = new Map(rows.map((row) => [row.region_id, row]));
  const regions: RegionRow[] = identities.map((identity) => ({ ...identity, ...asOfScope(byRegion.get(identity.regionId), targets.get(identity.regionId)) }));
  return { day, byRegion, regions, targets };
}

/** One scope's breakdowns and series as of the end of `month`. */
async function asOfDetail(base: AsOfBase, month: MonthKey, regionId: number | null) {
  const [started, points] = await Promise.all([getAsOfProjectsBy(base.day, regionId), getMonthlySeries(regionId === null ? {} : { regionId })]);
  return {
    projectsByWorkType: projectsBy(Object.values(WorkType), started.map((row) => ({ projects: row.projects, workType: row.work_type })), (row: { workType: WorkType }) => row.workType),
    projectsByCategory: projectsBy(Object.values(ProjectCategory), started.map((row) => ({ projects: row.projects, category: row.category })), (row: { category: ProjectCategory }) => row.category),
    // The series counts by the records' dates: its months up to this one are as they were then.
    series: series(points.filter((point) => point.month <= month)),
  };
}

/**
 * The report as of the end of `month`, from the records' own dates (a deputy reproduces the
 * figures of a letter of that day): the country (regionCode null) or one region; null: no such
 * region. The targets are those of the programme years up to the month's year.
 */
export async function asOfReport(regionCode: string | null, month: MonthKey): Promise<ReportFigures | null> {
  const base = await asOfBase(month);
  const region = regionCode === null ? null : base.regions.find((row) => row.code === regionCode);
  if (region === undefined) return null;
  const regionId = region?.regionId ?? null;
  const scope: FullScope = { ...asOfScope(base.byRegion.get(regionId), base.targets.get(regionId)), ...(await asOfDetail(base, month, regionId)) };
  return { asOf: lastDayOfMonth(month), endOfMonth: month, scope, region: region ? identityOf(region) : null, regions: base.regions };
}

/** Everything a snapshot as of the end of `month` freezes (see collectSnapshotFigures). */
async function collectAsOfFigures(month: MonthKey): Promise<SnapshotFigures> {
  const base = await asOfBase(month);
  const national: FullScope = { ...asOfScope(base.byRegion.get(null), base.targets.get(null)), ...(await asOfDetail(base, month, null)) };
  const regions = [];
  for (const row of base.regions) regions.push({ ...row, ...(await asOfDetail(base, month, row.regionId)) });
  return { version: 1, asOf: lastDayOfMonth(month).toISOString(), national, regions };
}
