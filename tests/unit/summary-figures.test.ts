import { describe, expect, it } from "vitest";
import { fundingBySource, isEmptyFigures, toFigures, type FiguresRow } from "@/lib/summary/figures";

const row: FiguresRow = {
  key: "",
  code: null,
  name_ru: null,
  name_kk: null,
  name_en: null,
  projects: 10,
  planned: 1,
  in_progress: 4,
  completed: 2,
  commissioned: 2,
  suspended: 1,
  planned_temporary: 300,
  planned_permanent: 12,
  people: 250,
  referred: 140,
  youth: 60,
  youth_referred: 35,
  placements: 270,
  jobs: 9,
  filled: 5,
  funding: { REPUBLICAN_BUDGET: [7, 1_000_000.1, 400_000.2], BOND_LOANS: [1, 51_000_000_000.55, 0.1] },
  adjacent: 1200,
  as_of: new Date("2021-06-30T10:00:00Z"),
};

describe("figures from a summary row", () => {
  it("names every figure and keeps commissioned = projects in status COMMISSIONED", () => {
    const figures = toFigures(row);
    expect(figures.projectsByStatus).toEqual({ PLANNED: 1, IN_PROGRESS: 4, COMPLETED: 2, COMMISSIONED: 2, SUSPENDED: 1 });
    expect(figures.commissioned).toBe(2);
    expect([figures.peopleEmployed, figures.referred, figures.youth, figures.youthReferred]).toEqual([250, 140, 60, 35]);
    expect([figures.permanentJobs, figures.permanentJobsFilled, figures.adjacentIndustryJobs]).toEqual([9, 5, 1200]);
  });

  it("lists every funding source, zeros for those without money, and totals to the tiyn", () => {
    const figures = toFigures(row);
    expect(Object.keys(figures.funding)).toEqual(["REPUBLICAN_BUDGET", "LOCAL_BUDGET", "BOND_LOANS", "OTHER"]);
    expect(figures.funding.LOCAL_BUDGET).toEqual({ projects: 0, allocated: 0, disbursed: 0 });
    expect(figures.allocated).toBe(51_001_000_000.65);
    expect(figures.disbursed).toBe(400_000.3);
  });

  it("treats a missing funding object as no money at all", () => {
    expect(Object.values(fundingBySource(null)).every((m) => m.allocated === 0 && m.projects === 0)).toBe(true);
  });

  it("tells an empty row (the 'no district' row of a region without such projects)", () => {
    expect(isEmptyFigures(toFigures({ ...row, projects: 0, placements: 0, funding: null }))).toBe(true);
    expect(isEmptyFigures(toFigures(row))).toBe(false);
  });
});
