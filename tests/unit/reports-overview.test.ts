// The reports table's cells and the list of late regions.
import { describe, expect, it } from "vitest";
import { cellView, lateRegions, regionCells, type StoredReport } from "@/lib/reports/overview";
import type { MonthKey } from "@/lib/reports/period";

const m = (key: string) => key as MonthKey;
const NOW = new Date("2022-01-14T06:00:00Z"); // the demo's today: December's reports 4 days late

describe("cellView", () => {
  it("shows a missing report of an ended month as MISSING, and of a running month as NOT_DUE", () => {
    expect(cellView(m("2021-12"), null, NOW)).toMatchObject({ status: "MISSING", overdue: true, daysLate: 4, deadline: "2022-01-10" });
    expect(cellView(m("2022-01"), null, NOW)).toMatchObject({ status: "NOT_DUE", overdue: false, daysLeft: 27 });
  });

  it("a submitted report is not overdue, a draft past the deadline is", () => {
    expect(cellView(m("2021-12"), "SUBMITTED", NOW).overdue).toBe(false);
    expect(cellView(m("2021-12"), "DRAFT", NOW).overdue).toBe(true);
    expect(cellView(m("2021-11"), "RETURNED", NOW)).toMatchObject({ overdue: true, daysLate: 35 });
  });
});

describe("lateRegions", () => {
  const months = [m("2021-11"), m("2021-12")];
  const reports: StoredReport[] = [
    { regionId: 1, month: m("2021-11"), status: "APPROVED" },
    { regionId: 1, month: m("2021-12"), status: "SUBMITTED" },
    { regionId: 2, month: m("2021-11"), status: "APPROVED" },
    { regionId: 2, month: m("2021-12"), status: "DRAFT" },
    { regionId: 3, month: m("2021-11"), status: "RETURNED" },
  ];

  it("lists regions with overdue months, the longest overdue first", () => {
    expect(lateRegions([1, 2, 3], months, reports, NOW)).toEqual([
      { regionId: 3, months: ["2021-11", "2021-12"], longestDaysLate: 35 },
      { regionId: 2, months: ["2021-12"], longestDaysLate: 4 },
    ]);
  });

  it("gives each region its own cells", () => {
    expect(regionCells(1, months, reports, NOW).map((c) => c.status)).toEqual(["APPROVED", "SUBMITTED"]);
    expect(regionCells(3, months, reports, NOW).map((c) => c.status)).toEqual(["RETURNED", "MISSING"]);
  });
});
