// Assertions shared by the summary tests: every loader's figures against the independent raw
// counts (raw.ts), for one filter, at every level (country, regions, districts, breakdowns,
// months).
import { expect } from "vitest";
import type pg from "pg";
import { getBreakdowns, getFigures, getFiguresByDistrict, getFiguresByRegion, getMonthlySeries } from "@/lib/summary/queries";
import type { DashboardFilter, Figures } from "@/lib/summary/schema";
import { rawAdjacentJobs, rawFigures, rawSeries, type RawFigures, type RawFilter } from "./raw";
import { CATEGORIES, SOURCES, WORK_TYPES } from "./fixtures";

const cents = (value: number) => Math.round(value * 100);

/** The raw figures' shape, from a loader's Figures (money in cents, sources with money only). */
function asRaw(figures: Figures): RawFigures {
  const funding: RawFigures["funding"] = {};
  for (const [source, money] of Object.entries(figures.funding)) {
    if (money.projects || money.allocated || money.disbursed) {
      funding[source] = { projects: money.projects, allocated: cents(money.allocated), disbursed: cents(money.disbursed) };
    }
  }
  return {
    projects: figures.projects,
    planned: figures.projectsByStatus.PLANNED,
    inProgress: figures.projectsByStatus.IN_PROGRESS,
    completed: figures.projectsByStatus.COMPLETED,
    commissioned: figures.projectsByStatus.COMMISSIONED,
    suspended: figures.projectsByStatus.SUSPENDED,
    people: figures.peopleEmployed,
    referred: figures.referred,
    youth: figures.youth,
    youthReferred: figures.youthReferred,
    placements: figures.placements,
    jobs: figures.permanentJobs,
    filled: figures.permanentJobsFilled,
    plannedTemporary: figures.plannedTemporaryJobs,
    plannedPermanent: figures.plannedPermanentJobs,
    funding,
  };
}

function normalised(raw: RawFigures): RawFigures {
  const funding: RawFigures["funding"] = {};
  for (const [source, money] of Object.entries(raw.funding)) {
    if (money.projects || money.allocated || money.disbursed) {
      funding[source] = { projects: money.projects, allocated: cents(money.allocated), disbursed: cents(money.disbursed) };
    }
  }
  return { ...raw, funding };
}

const NOTHING: RawFilter = { regionId: -1 };

/** Raw figures of a filter narrowed further; a narrowing the filter excludes (another region) is empty. */
async function rawNarrowed(db: pg.Pool, filter: DashboardFilter, narrow: RawFilter) {
  for (const key of Object.keys(filter) as Array<keyof DashboardFilter>) {
    if (key in narrow && narrow[key] !== filter[key]) return rawFigures(db, NOTHING);
  }
  if (narrow.noDistrict && filter.districtId !== undefined) return rawFigures(db, NOTHING);
  return rawFigures(db, { ...filter, ...narrow });
}

export async function expectFiguresMatchRaw(db: pg.Pool, filter: DashboardFilter, label = JSON.stringify(filter)) {
  const figures = await getFigures(filter);
  expect(asRaw(figures), `getFigures ${label}`).toEqual(normalised(await rawFigures(db, filter)));
  const splitsAdjacent = filter.category || filter.workType || filter.fundingSource || filter.districtId;
  expect(figures.adjacentIndustryJobs, `adjacent jobs ${label}`).toBe(splitsAdjacent ? null : await rawAdjacentJobs(db, filter));

  const regions = await getFiguresByRegion(filter);
  const { rows } = await db.query<{ id: number }>(`SELECT id FROM "Region" ORDER BY code`);
  expect(regions.map((r) => r.regionId), `regions listed ${label}`).toEqual(rows.map((r) => r.id));
  for (const region of regions) {
    expect(asRaw(region), `region ${region.code} ${label}`).toEqual(normalised(await rawNarrowed(db, filter, { regionId: region.regionId })));
  }

  const regionId = filter.regionId ?? regions.find((r) => r.projects > 0)?.regionId;
  if (regionId !== undefined) {
    const districts = await getFiguresByDistrict(regionId, filter);
    for (const district of districts) {
      const narrow: RawFilter = district.districtId === null ? { regionId, noDistrict: true } : { regionId, districtId: district.districtId };
      expect(asRaw(district), `district ${district.districtId} ${label}`).toEqual(normalised(await rawNarrowed(db, filter, narrow)));
    }
  }

  const breakdowns = await getBreakdowns(filter);
  expect(breakdowns.byCategory.map((r) => r.category)).toEqual([...CATEGORIES]);
  for (const row of breakdowns.byCategory) {
    expect(asRaw(row), `category ${row.category} ${label}`).toEqual(normalised(await rawNarrowed(db, filter, { category: row.category })));
  }
  expect(breakdowns.byWorkType.map((r) => r.workType)).toEqual([...WORK_TYPES]);
  for (const row of breakdowns.byWorkType) {
    expect(asRaw(row), `work type ${row.workType} ${label}`).toEqual(normalised(await rawNarrowed(db, filter, { workType: row.workType })));
  }
  expect(breakdowns.bySource.map((s) => s.source)).toEqual([...SOURCES]);
  const rawMoney = normalised(await rawFigures(db, filter)).funding;
  for (const source of breakdowns.bySource) {
    expect({ projects: source.projects, allocated: cents(source.allocated), disbursed: cents(source.disbursed) }, `source ${source.source} ${label}`)
      .toEqual(rawMoney[source.source] ?? { projects: 0, allocated: 0, disbursed: 0 });
  }

  const series = await getMonthlySeries(filter);
  expect(series[0]?.month).toBe("2020-04");
  const last = series.at(-1)!.month;
  const raw = await rawSeries(db, filter, last);
  expect(
    series.map((m) => ({
      month: m.month,
      hires: m.hires,
      working: m.peopleWorking,
      people: m.peopleEmployed,
      referred: m.referred,
      youth: m.youth,
      youthReferred: m.youthReferred,
      started: m.projectsStarted,
      completed: m.projectsCompleted,
      commissioned: m.projectsCommissioned,
      jobs: m.permanentJobs,
    })),
    `monthly series ${label}`,
  ).toEqual(raw);
  // The series stops at the programme's last month: people first hired after it (a data check,
  // datesOutsideProgramme) are in the figure and not in the series.
  const { rows: [after] } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Placement" WHERE "hiredAt" >= ($1::date + interval '1 month')`, [`${last}-01`]);
  if (after!.n === 0) expect(series.at(-1)!.peopleEmployed, `series ends at the figure ${label}`).toBe(figures.peopleEmployed);
  else expect(series.at(-1)!.peopleEmployed, `series ends within the figure ${label}`).toBeLessThanOrEqual(figures.peopleEmployed);
  series.forEach((m, i) => expect(m.newPeople).toBe(m.peopleEmployed - (series[i - 1]?.peopleEmployed ?? 0)));
}
