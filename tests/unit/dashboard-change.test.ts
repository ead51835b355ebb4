import { describe, expect, it } from "vitest";
import type { MonthPoint } from "@/lib/summary/schema";
import { changeSinceApproved } from "@/lib/dashboard/change";
import type { HeadlineMetric } from "@/lib/dashboard/headline";

const point = (month: string, peopleEmployed: number, permanentJobs = 0): MonthPoint => ({
  month,
  hires: 0,
  newPeople: 0,
  peopleWorking: 0,
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

describe("changeSinceApproved", () => {
  const series = [point("2021-03", 600, 10), point("2021-04", 800, 20), point("2021-05", 1000, 30)];

  it("compares now with the end of the last approved month", () => {
    const result = changeSinceApproved(series, now, "2021-04")!;
    expect(result.since).toBe("2021-04-30");
    expect(result.changes.peopleEmployed).toBe(200);
    expect(result.changes.referredByEmploymentCentres).toBe(100);
    expect(result.changes.permanentJobs).toBe(10);
  });

  it("has no change for figures the records do not date", () => {
    const result = changeSinceApproved(series, now, "2021-04")!;
    expect(result.changes.projects).toBeNull();
    expect(result.changes.adjacentIndustryJobs).toBeNull();
  });

  it("is zero when nothing was dated after the approved month", () => {
    const result = changeSinceApproved(series, now, "2021-09")!;
    expect(result.since).toBe("2021-09-30");
    expect(result.changes.peopleEmployed).toBe(0);
  });

  it("counts everything when the approved month comes before the series", () => {
    expect(changeSinceApproved(series, now, "2020-12")!.changes.peopleEmployed).toBe(1000);
  });

  it("is not shown before any report is approved", () => {
    expect(changeSinceApproved(series, now, null)).toBeNull();
  });
});
