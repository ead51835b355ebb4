import { describe, expect, it } from "vitest";
import type { MonthKey } from "@/lib/reports/period";
import { lateReportsByRegion } from "@/lib/dashboard/late-reports";

const period = ["2021-01", "2021-02", "2021-03"] as MonthKey[];

describe("lateReportsByRegion", () => {
  it("counts missing, draft and returned reports whose deadline has passed", () => {
    const reports = [
      { regionId: 1, month: "2021-01" as MonthKey, status: "APPROVED" as const },
      { regionId: 1, month: "2021-02" as MonthKey, status: "RETURNED" as const },
      { regionId: 2, month: "2021-01" as MonthKey, status: "DRAFT" as const },
      { regionId: 2, month: "2021-02" as MonthKey, status: "SUBMITTED" as const },
    ];
    // 11 March 2021 in Almaty: February's report was due on 10 March; March's is not due yet.
    const rows = lateReportsByRegion([1, 2, 3], period, reports, new Date("2021-03-11T06:00:00Z"));
    expect(rows).toEqual([
      { regionId: 1, missing: 0, drafts: 0, returned: 1, late: 1, oldest: "2021-02" },
      { regionId: 2, missing: 0, drafts: 1, returned: 0, late: 1, oldest: "2021-01" },
      { regionId: 3, missing: 2, drafts: 0, returned: 0, late: 2, oldest: "2021-01" },
    ]);
  });

  it("does not count a report on its deadline day", () => {
    const rows = lateReportsByRegion([3], period, [], new Date("2021-03-10T12:00:00Z"));
    expect(rows[0]).toMatchObject({ missing: 1, oldest: "2021-01" });
  });
});
