// The reporting period: April 2020 (Order No. 55-р of 27.03.2020) to December of the latest
// programme year.
import { describe, expect, it } from "vitest";
import { addMonths, isInPeriod, monthEndDate, monthKeyOf, monthStartDate, parseMonthKey, reportingPeriod, yearsOf, type MonthKey } from "@/lib/reports/period";

describe("reportingPeriod", () => {
  it("runs from April 2020 to December of the latest programme year", () => {
    const period = reportingPeriod(2021);
    expect(period).toHaveLength(21);
    expect(period[0]).toBe("2020-04");
    expect(period.at(-1)).toBe("2021-12");
    expect(yearsOf(period)).toEqual([2020, 2021]);
  });

  it("is April–December 2020 for a programme of 2020 only", () => {
    expect(reportingPeriod(2020)).toEqual(["2020-04", "2020-05", "2020-06", "2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12"]);
  });

  it("is empty without any programme year, or one before the Roadmap", () => {
    expect(reportingPeriod(null)).toEqual([]);
    expect(reportingPeriod(2019)).toEqual([]);
  });

  it("knows which months are in it", () => {
    const period = reportingPeriod(2021);
    expect(isInPeriod("2021-12", period)).toBe(true);
    expect(isInPeriod("2022-01", period)).toBe(false);
    expect(isInPeriod("2020-03", period)).toBe(false);
  });
});

describe("month keys", () => {
  it("parses only YYYY-MM", () => {
    expect(parseMonthKey("2021-03")).toEqual({ y: 2021, m: 3 });
    for (const bad of ["2021-3", "2021-13", "2021-00", "21-03", "2021-03-01", ""]) expect(parseMonthKey(bad)).toBeNull();
  });

  it("adds months across years", () => {
    expect(addMonths("2020-12" as MonthKey, 1)).toBe("2021-01");
    expect(addMonths("2021-01" as MonthKey, -1)).toBe("2020-12");
    expect(addMonths("2020-04" as MonthKey, 20)).toBe("2021-12");
  });

  it("gives the first and last day as UTC-midnight dates, whatever the local zone", () => {
    expect(monthStartDate("2020-02" as MonthKey).toISOString()).toBe("2020-02-01T00:00:00.000Z");
    expect(monthEndDate("2020-02" as MonthKey).toISOString()).toBe("2020-02-29T00:00:00.000Z");
    expect(monthEndDate("2021-12" as MonthKey).toISOString()).toBe("2021-12-31T00:00:00.000Z");
    expect(monthKeyOf(new Date("2021-12-31T00:00:00Z"))).toBe("2021-12");
  });
});
