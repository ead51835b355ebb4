import { describe, expect, it } from "vitest";
import type { MonthPoint } from "@/lib/summary/schema";
import { changeSinceLastMonth, previousMonthKey } from "@/lib/dashboard/change";
import type { HeadlineMetric } from "@/lib/dashboard/headline";

const point = (month: string, peopleEmployed: number, permanentJobs = 0): MonthPoint => ({
  month,
  hires: 0,
  newPeople: 0,
  peopleEmployed,
  referred: peopleEmployed / 2,
  youth: 0,
  youthReferred: 0,
  projectsStarted: 0,
  projectsCompleted: 0,
  projectsCommissioned: 0,
  permanentJobs,
});

const now: Record<HeadlineMetric, number | null> = {
  projects: 50,
  peopleEmployed: 1000,
  referredByEmploymentCentres: 500,
  youthAmongReferred: 0,
  youthAmongAll: 0,
  objectsCommissioned: 0,
  permanentJobs: 30,
  adjacentIndustryJobs: null,
};

describe("previousMonthKey", () => {
  it("uses Kazakhstan's calendar: 19:30 UTC on 31 May 2025 is already June in Almaty (UTC+5)", () => {
    expect(previousMonthKey(new Date("2025-05-31T19:30:00Z"))).toBe("2025-05");
    expect(previousMonthKey(new Date("2025-05-31T18:30:00Z"))).toBe("2025-04");
  });
  it("crosses the year", () => {
    expect(previousMonthKey(new Date("2021-01-15T06:00:00Z"))).toBe("2020-12");
  });
});

describe("changeSinceLastMonth", () => {
  const series = [point("2021-03", 600, 10), point("2021-04", 800, 20), point("2021-05", 1000, 30)];

  it("compares now with the end of the previous month", () => {
    const result = changeSinceLastMonth(series, now, new Date("2021-05-20T06:00:00Z"));
    expect(result.since).toBe("2021-04-30");
    expect(result.changes.peopleEmployed).toBe(200);
    expect(result.changes.referredByEmploymentCentres).toBe(100);
    expect(result.changes.permanentJobs).toBe(10);
  });

  it("has no change for figures the records do not date", () => {
    const result = changeSinceLastMonth(series, now, new Date("2021-05-20T06:00:00Z"));
    expect(result.changes.projects).toBeNull();
    expect(result.changes.adjacentIndustryJobs).toBeNull();
  });

  it("is zero when nothing happened since the series ended", () => {
    const result = changeSinceLastMonth(series, now, new Date("2026-11-27T06:00:00Z"));
    expect(result.since).toBe("2026-10-31");
    expect(result.changes.peopleEmployed).toBe(0);
  });

  it("counts everything when the series starts in the current month", () => {
    const result = changeSinceLastMonth(series, now, new Date("2021-03-10T06:00:00Z"));
    expect(result.changes.peopleEmployed).toBe(1000);
  });
});
