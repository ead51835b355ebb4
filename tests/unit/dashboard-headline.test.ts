import { describe, expect, it } from "vitest";
import { headlineMetrics, withTargets, type HeadlineMetric } from "@/lib/dashboard/headline";

const values = Object.fromEntries(headlineMetrics.map((m, i) => [m, (i + 1) * 10])) as Record<HeadlineMetric, number>;

describe("withTargets", () => {
  it("sums the targets of every programme year when no year is chosen, as the actuals count every year", () => {
    const targets = [
      { metric: "PROJECTS" as const, programmeYear: 2020, value: 6_600 },
      { metric: "PROJECTS" as const, programmeYear: 2021, value: 7_000 },
      { metric: "YOUTH" as const, programmeYear: 2021, value: 43_000 },
    ];
    const whole = withTargets(values, targets);
    expect(whole.targetYears).toEqual({ from: 2020, to: 2021 });
    expect(whole.figures.projects).toEqual({ value: 10, target: 13_600 });
    const year = withTargets(values, targets, 2020);
    expect(year.targetYears).toEqual({ from: 2020, to: 2020 });
    expect(year.figures.projects).toEqual({ value: 10, target: 6_600 });
    expect(year.figures.youthAmongReferred.target).toBeNull();
    expect(withTargets(values, targets, 2022).targetYears).toBeNull();
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
    const { targetYears, figures } = withTargets(values, []);
    expect(targetYears).toBeNull();
    expect(Object.values(figures).every((f) => f.target === null)).toBe(true);
  });
});
