// Helpers of the month's figures: frozen figures read back, changes since submission, the
// warning on falling adjacent-industry jobs, tenge rounding, the row mapping.
import { describe, expect, it } from "vitest";
import { adjacentJobsDecreased, changedFigures, figureDifferences, FIGURE_GROUPS, FIGURE_KEYS, freezeFigures, parseFrozenFigures, tenge, toMonthFigures, type MonthFigures } from "@/lib/reports/figures";
import type { MonthKey } from "@/lib/reports/period";

const figures = Object.fromEntries(FIGURE_KEYS.map((key, i) => [key, i])) as MonthFigures;

describe("frozen figures", () => {
  it("read back what was frozen", () => {
    const frozen = freezeFigures("2021-03" as MonthKey, figures, new Date("2021-04-05T04:00:00Z"));
    expect(parseFrozenFigures(JSON.parse(JSON.stringify(frozen)))).toEqual(frozen);
  });

  it("ignore anything else (no figures, an unknown shape)", () => {
    expect(parseFrozenFigures(null)).toBeNull();
    expect(parseFrozenFigures({ version: 2 })).toBeNull();
    expect(parseFrozenFigures({ version: 1, month: "2021-03", computedAt: "x", figures: { hires: 1 } })).toBeNull();
  });

  it("read back a report frozen before a figure was added, the figure 'not recorded'", () => {
    const { projectsSuspended: _added, ...before } = figures;
    const frozen = parseFrozenFigures({ version: 1, month: "2021-03", computedAt: "2021-04-05T04:00:00.000Z", figures: before });
    expect(frozen?.figures.hires).toBe(figures.hires);
    expect(frozen?.figures.projectsSuspended).toBeUndefined();
    // A figure not recorded at submission cannot have changed since.
    expect(changedFigures(frozen!.figures, { ...figures, projectsSuspended: 5 })).toEqual([]);
  });

  it("list the figures that changed since", () => {
    expect(changedFigures(figures, { ...figures, hires: 100, disbursed: 1 })).toEqual(["hires", "disbursed"]);
    expect(changedFigures(figures, figures)).toEqual([]);
  });

  it("say by how much today's data differ, money to the kopeck", () => {
    expect(figureDifferences({ ...figures, hires: 10, disbursed: 100.1 }, { ...figures, hires: 9, disbursed: 100.3 })).toEqual({ hires: -1, disbursed: 0.2 });
    expect(figureDifferences(figures, figures)).toEqual({});
  });
});

describe("adjacentJobsDecreased", () => {
  it("warns only below last month's cumulative figure", () => {
    expect(adjacentJobsDecreased(120, 100)).toBe(true);
    expect(adjacentJobsDecreased(120, 120)).toBe(false);
    expect(adjacentJobsDecreased(null, 0)).toBe(false);
  });
});

describe("row mapping", () => {
  it("turns PostgreSQL's numeric text into tenge with kopecks", () => {
    expect(tenge("1500000.50")).toBe(1500000.5);
    expect(tenge(null)).toBe(0);
    const row = { projects_in_work: 1, projects_suspended: 17, projects_started: 2, projects_completed: 3, projects_commissioned: 4, hires: 5, people_working: 18, hires_referred: 6, hires_youth: 7, people: 8, referred: 9, youth: 10, youth_referred: 11, jobs_created: 12, jobs: 13, allocated: "14.10", disbursed: "15" };
    expect(toMonthFigures(row, 16)).toEqual({ projectsInWork: 1, projectsSuspended: 17, projectsStarted: 2, projectsCompleted: 3, projectsCommissioned: 4, hires: 5, peopleWorking: 18, hiresReferred: 6, hiresYouth: 7, peopleEmployed: 8, referred: 9, youth: 10, youthReferred: 11, permanentJobsCreated: 12, permanentJobs: 13, allocated: 14.1, disbursed: 15, adjacentIndustryJobs: 16 });
  });

  it("shows every figure in exactly one group of the table", () => {
    expect(FIGURE_GROUPS.flatMap((g) => g.keys).sort()).toEqual([...FIGURE_KEYS].sort());
  });
});
