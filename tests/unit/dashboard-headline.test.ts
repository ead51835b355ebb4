import { describe, expect, it } from "vitest";
import { headlineMetrics, withTargets, type HeadlineMetric } from "@/lib/dashboard/headline";

const values = Object.fromEntries(headlineMetrics.map((m, i) => [m, (i + 1) * 10])) as Record<HeadlineMetric, number>;

describe("withTargets", () => {
  it("takes the targets of the latest programme year", () => {
    const { targetYear, figures } = withTargets(values, [
      { metric: "PROJECTS", programmeYear: 2020, value: 6_600 },
      { metric: "PROJECTS", programmeYear: 2021, value: 7_000 },
      { metric: "YOUTH", programmeYear: 2021, value: 43_000 },
    ]);
    expect(targetYear).toBe(2021);
    expect(figures.projects).toEqual({ value: 10, target: 7_000 });
  });

  // The letter's "из них более 43 тыс. молодых людей" is youth among the referred: only that
  // figure is measured against the youth target, on the dashboard as in the summary report.
  it("measures only youth among the referred against the youth target", () => {
    const { figures } = withTargets(values, [{ metric: "YOUTH", programmeYear: 2020, value: 43_000 }]);
    expect(figures.youthAmongReferred.target).toBe(43_000);
    expect(figures.youthAmongAll.target).toBeNull();
    expect(figures.peopleEmployed.target).toBeNull();
  });

  it("has no target year when no target is set", () => {
    const { targetYear, figures } = withTargets(values, []);
    expect(targetYear).toBeNull();
    expect(Object.values(figures).every((f) => f.target === null)).toBe(true);
  });
});
