// National figures built from approved reports (issue "a submitted month stays as it was
// submitted"): each region's latest APPROVED report counts with the figures frozen at its
// submission; a newer submitted or returned month does not count until approved. The totals say
// which months they are of and which regions have no approved report.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { buildWorld, type World } from "./projects/fixtures";

const { prisma } = await import("@/lib/db/client");
const { getApprovedTotals } = await import("@/lib/reports/queries");

let w: World;
let shymkent: { id: number };

const figures = (month: string, values: Record<string, number>) => ({
  version: 1,
  month,
  computedAt: `${month}-28T10:00:00.000Z`,
  figures: {
    projectsInWork: 0, projectsStarted: 0, projectsCompleted: 0, projectsCommissioned: 0, hires: 0, hiresReferred: 0,
    hiresYouth: 0, peopleEmployed: 0, referred: 0, youth: 0, youthReferred: 0, permanentJobsCreated: 0, permanentJobs: 0,
    adjacentIndustryJobs: 0, allocated: 0, disbursed: 0,
    ...values,
  },
});

async function report(regionId: number, month: string, status: string, values: Record<string, number> | null) {
  await testPool().query(
    `INSERT INTO "MonthlyReport" ("regionId", month, status, figures, "submittedAt", "updatedAt") VALUES ($1, $2, $3::"ReportStatus", $4, now(), now())`,
    [regionId, `${month}-01`, status, values ? JSON.stringify(figures(month, values)) : null],
  );
}

beforeEach(async () => {
  await resetDatabase();
  w = await buildWorld();
  shymkent = await prisma.region.create({ data: { code: "79", nameRu: "г. Шымкент", nameKk: "Шымкент қаласы", nameEn: "Shymkent" } });
  // Akmola: October and November approved, December submitted (not yet the ministry's).
  await report(w.akmola.id, "2021-10", "APPROVED", { peopleEmployed: 900, referred: 500, projectsInWork: 30, allocated: 1000.1, disbursed: 400.05, projectsSuspended: 1 });
  await report(w.akmola.id, "2021-11", "APPROVED", { peopleEmployed: 1000, referred: 550, projectsInWork: 31, allocated: 1200.2, disbursed: 500.1, projectsSuspended: 2 });
  await report(w.akmola.id, "2021-12", "SUBMITTED", { peopleEmployed: 5000, referred: 4000, projectsInWork: 99 });
  // Almaty: September approved (frozen before "suspended" was a figure), October returned.
  await report(w.almaty.id, "2021-09", "APPROVED", { peopleEmployed: 300, referred: 100, projectsInWork: 12, allocated: 0.2, disbursed: 0.1 });
  await report(w.almaty.id, "2021-10", "RETURNED", { peopleEmployed: 7000, referred: 7000, projectsInWork: 70 });
  // Shymkent: nothing approved.
  await report(shymkent.id, "2021-11", "DRAFT", null);
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("national figures from approved reports", () => {
  it("sum each region's latest approved report as frozen, and say which months and which regions are missing", async () => {
    const totals = await getApprovedTotals();
    expect(totals.figures.peopleEmployed).toEqual({ value: 1300, regions: 2 });
    expect(totals.figures.referred).toEqual({ value: 650, regions: 2 });
    expect(totals.figures.projectsInWork).toEqual({ value: 43, regions: 2 });
    expect(totals.figures.allocated).toEqual({ value: 1200.4, regions: 2 });
    expect(totals.figures.disbursed).toEqual({ value: 500.2, regions: 2 });
    // A figure added after Almaty's report was frozen: summed over the reports that have it.
    expect(totals.figures.projectsSuspended).toEqual({ value: 2, regions: 1 });
    expect(totals.months).toEqual([{ month: "2021-11", regions: 1 }, { month: "2021-09", regions: 1 }]);
    expect(totals.regionsReporting).toBe(2);
    expect(totals.regionsWithout.map((r) => r.code)).toEqual(["79"]);
  });

  it("as of a month, take each region's latest approved report up to it", async () => {
    const totals = await getApprovedTotals("2021-10");
    expect(totals.figures.peopleEmployed).toEqual({ value: 1200, regions: 2 });
    expect(totals.months).toEqual([{ month: "2021-10", regions: 1 }, { month: "2021-09", regions: 1 }]);
    const none = await getApprovedTotals("2021-08");
    expect(none.regionsReporting).toBe(0);
    expect(none.figures.peopleEmployed).toEqual({ value: 0, regions: 0 });
    expect(none.regionsWithout).toHaveLength(3);
  });
});
