// Reads for the analysts' dashboards: exact and live figures from the summary tables
// that PostgreSQL keeps current in the same transaction as every write (migration
// 0002_summaries), so a saved placement shows on the next page load, at a few milliseconds per
// loader even with two million placements. Figures hold no personal data: every role that may
// read dashboards may read all of them (the page's loader checks "dashboard.read").
import "server-only";
import { prismaRead } from "@/lib/db/client";
import { figuresSql, type Grouping } from "./figures-sql";
import { isEmptyFigures, roundTenge, toFigures, type FiguresRow } from "./figures";
import { seriesSql } from "./series-sql";
import { asOfFiguresSql, asOfProjectsBySql, type AsOfRow } from "./as-of-sql";
import { fundingSources, type Breakdowns, type DashboardFilter, type DistrictFigures, type Figures, type MonthPoint, type RegionFigures } from "./schema";
import type { ProjectCategory, WorkType } from "@/generated/prisma/enums";

async function figureRows(filter: DashboardFilter, grouping: Grouping): Promise<FiguresRow[]> {
  return prismaRead.$queryRaw<FiguresRow[]>(figuresSql(filter, grouping));
}

/** The figures of the filtered selection, and when they were read (the database's clock). */
export async function getFigures(filter: DashboardFilter = {}): Promise<Figures & { asOf: Date }> {
  const [row] = await figureRows(filter, "all");
  if (!row) throw new Error("figures query returned no row");
  return { ...toFigures(row), asOf: row.as_of };
}

/** One row per region (all 20, zeros included), in KATO code order. */
export async function getFiguresByRegion(filter: DashboardFilter = {}): Promise<RegionFigures[]> {
  const rows = await figureRows(filter, "region");
  return rows
    .map((row) => ({
      regionId: Number(row.key),
      code: row.code ?? "",
      nameRu: row.name_ru ?? "",
      nameKk: row.name_kk ?? "",
      nameEn: row.name_en ?? "",
      ...toFigures(row),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * One row per district of the region (zeros included), plus a row with districtId null for the
 * region's projects that have no district, when there are any. The region argument wins over
 * the filter's.
 */
export async function getFiguresByDistrict(regionId: number, filter: DashboardFilter = {}): Promise<DistrictFigures[]> {
  const rows = await figureRows({ ...filter, regionId }, "district");
  return rows
    .map((row) => ({
      districtId: row.key === "0" ? null : Number(row.key),
      nameRu: row.name_ru,
      nameKk: row.name_kk,
      nameEn: row.name_en,
      ...toFigures(row),
    }))
    .filter((row) => row.districtId !== null || !isEmptyFigures(row))
    .sort((a, b) => (a.nameRu ?? "\uffff").localeCompare(b.nameRu ?? "\uffff", "ru"));
}

/**
 * Figures by category and by work type, and money by funding source, under the filter.
 * Categories partition the projects, so money by source is the sum over the category rows.
 */
export async function getBreakdowns(filter: DashboardFilter = {}): Promise<Breakdowns> {
  const [categoryRows, workTypeRows] = await Promise.all([figureRows(filter, "category"), figureRows(filter, "workType")]);
  const byCategory = categoryRows.map((row) => ({ category: row.key as ProjectCategory, ...toFigures(row) }));
  const byWorkType = workTypeRows.map((row) => ({ workType: row.key as WorkType, ...toFigures(row) }));
  const bySource = fundingSources.map((source) => {
    const money = byCategory.map((row) => row.funding[source]);
    return {
      source,
      projects: money.reduce((sum, m) => sum + m.projects, 0),
      allocated: roundTenge(money.reduce((sum, m) => sum + m.allocated, 0)),
      disbursed: roundTenge(money.reduce((sum, m) => sum + m.disbursed, 0)),
    };
  });
  return { byCategory, byWorkType, bySource };
}

type SeriesRow = {
  month: string;
  hires: number;
  new_people: number;
  people: number;
  referred: number;
  youth: number;
  youth_referred: number;
  ps: number;
  pc: number;
  pm: number;
  pj: number;
  working: number;
};

/** Months from April 2020 to the latest month with any record, with cumulative figures. */
export async function getMonthlySeries(filter: DashboardFilter = {}): Promise<MonthPoint[]> {
  const rows = await prismaRead.$queryRaw<SeriesRow[]>(seriesSql(filter));
  return rows.map((row) => ({
    month: row.month,
    hires: row.hires,
    newPeople: row.new_people,
    peopleEmployed: row.people,
    referred: row.referred,
    youth: row.youth,
    youthReferred: row.youth_referred,
    projectsStarted: row.ps,
    projectsCompleted: row.pc,
    projectsCommissioned: row.pm,
    permanentJobs: row.pj,
    peopleWorking: row.working,
  }));
}

/** Figures as of the end of `day` ("YYYY-MM-DD") from the records' own dates (lib/summary/as-of-sql.ts): every region and the country (regionId null). */
export async function getAsOfFigures(day: string): Promise<AsOfRow[]> {
  return prismaRead.$queryRaw<AsOfRow[]>(asOfFiguresSql(day, `${day.slice(0, 7)}-01`));
}

/** Projects whose works had begun by `day`, by category and type of work. */
export async function getAsOfProjectsBy(day: string, regionId: number | null): Promise<Array<{ category: ProjectCategory; work_type: WorkType; projects: number }>> {
  return prismaRead.$queryRaw(asOfProjectsBySql(day, regionId));
}

/** Every region's id, code and names, by code. */
export async function getRegionIdentities(): Promise<Array<{ regionId: number; code: string; nameRu: string; nameKk: string; nameEn: string }>> {
  const rows = await prismaRead.region.findMany({ orderBy: { code: "asc" }, select: { id: true, code: true, nameRu: true, nameKk: true, nameEn: true } });
  return rows.map(({ id, ...names }) => ({ regionId: id, ...names }));
}
