// The headline's comparisons. Targets and actuals cover the same programme years (issue: "the header says targets for 2020
// while the actuals include 2021 projects"). With a year chosen, that year's projects against that
// year's targets; with none, every year's projects against the years' targets summed, and the
// header says which years.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getOverview, getRegionRows } from "@/lib/dashboard/views";
import { prisma } from "@/lib/db/client";
import { closeTestPool, resetDatabase } from "./db";

let regionId = 0;

beforeAll(async () => {
  await resetDatabase();
  const region = await prisma.region.create({ data: { code: "11", nameRu: "Акмолинская область", nameKk: "Ақмола облысы", nameEn: "Akmola Region" } });
  regionId = region.id;
  const project = (code: string, programmeYear: number) =>
    prisma.project.create({ data: { code, name: code, regionId, category: "SOCIAL", workType: "CURRENT_REPAIR", programmeYear } });
  for (const code of ["A-1", "A-2", "A-3"]) await project(code, 2020);
  await project("B-1", 2021);
  await prisma.target.createMany({
    data: [
      { metric: "PROJECTS", programmeYear: 2020, value: 4 },
      { metric: "PROJECTS", programmeYear: 2021, value: 2 },
      { metric: "PROJECTS", programmeYear: 2020, regionId, value: 4 },
      { metric: "PROJECTS", programmeYear: 2021, regionId, value: 2 },
    ],
  });
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("targets against actuals", () => {
  it("with no year chosen: every year's projects against the sum of the years' targets", async () => {
    const overview = await getOverview({});
    expect(overview.targetYears).toEqual({ from: 2020, to: 2021 });
    expect(overview.figures.projects).toEqual({ value: 4, target: 6 });
    const { rows, targetYears } = await getRegionRows({}, "ru");
    expect(targetYears).toEqual({ from: 2020, to: 2021 });
    expect(rows[0]).toMatchObject({ values: { projects: 4 }, targets: { projects: 6 } });
  });

  it("with a year chosen: that year's projects against that year's targets", async () => {
    const overview = await getOverview({ programmeYear: 2020 });
    expect(overview.targetYears).toEqual({ from: 2020, to: 2020 });
    expect(overview.figures.projects).toEqual({ value: 3, target: 4 });
    const { rows } = await getRegionRows({ programmeYear: 2021 }, "ru");
    expect(rows[0]).toMatchObject({ values: { projects: 1 }, targets: { projects: 2 } });
  });
});

describe("change of the figures", () => {
  // A submitted month is locked for every date up to its end, so whatever is entered after the
  // last approved reports is dated after them: the change since then is what moved.
  it("is counted since the last approved reports, so a person entered today moves it", async () => {
    const project = await prisma.project.findUniqueOrThrow({ where: { code: "A-1" } });
    const hire = async (iin: string, hiredAt: string) => {
      const w = await prisma.worker.create({ data: { iin, fullName: iin, birthDate: new Date("1980-01-01T00:00:00Z"), sex: "MALE" } });
      await prisma.placement.create({ data: { workerId: w.id, projectId: project.id, hiredAt: new Date(`${hiredAt}T00:00:00Z`), youthAtHiring: false } });
    };
    await hire("800101300011", "2021-05-10");
    await prisma.monthlyReport.create({ data: { regionId, month: new Date("2021-06-01T00:00:00Z"), status: "APPROVED" } });
    let overview = await getOverview({});
    expect(overview.change).toMatchObject({ since: "2021-06-30", changes: { peopleEmployed: 0 } });
    await hire("800101300022", "2021-07-05");
    overview = await getOverview({});
    expect(overview.change).toMatchObject({ since: "2021-06-30", changes: { peopleEmployed: 1 } });
    expect((await getOverview({ regionId })).change).toMatchObject({ since: "2021-06-30", changes: { peopleEmployed: 1 } });
  });

  it("says which approved months the adjacent-industry jobs come from", async () => {
    expect((await getOverview({})).adjacentMonths).toEqual({ from: "2021-06", to: "2021-06" });
    await prisma.monthlyReport.create({ data: { regionId, month: new Date("2021-07-01T00:00:00Z"), status: "SUBMITTED" } });
    expect((await getOverview({ regionId })).adjacentMonths).toEqual({ from: "2021-06", to: "2021-06" });
  });
});

describe("the programme's months", () => {
  it("the monthly series runs over the programme's months only; a record dated outside them is listed as a data check", async () => {
    const project = await prisma.project.findUniqueOrThrow({ where: { code: "B-1" } });
    const w = await prisma.worker.create({ data: { iin: "800101300033", fullName: "Поздний", birthDate: new Date("1980-01-01T00:00:00Z"), sex: "MALE" } });
    await prisma.placement.create({ data: { workerId: w.id, projectId: project.id, hiredAt: new Date("2026-11-02T00:00:00Z"), youthAtHiring: false } });
    const { series } = await getOverview({});
    expect(series[0]!.month).toBe("2020-04");
    expect(series.at(-1)!.month).toBe("2021-12");
    const { getCheckFindings } = await import("@/lib/checks/queries");
    const analyst = { id: 1, role: "ANALYST" as const, regionId: null };
    const { findings } = await getCheckFindings(analyst, "datesOutsideProgramme" as never);
    expect(findings.map((f) => [f.code, f.detail])).toEqual([["B-1", "hiredAfterProgramme"]]);
  });
});
