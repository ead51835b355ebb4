// The data-quality panel's late monthly reports: per region, the months of the reporting period
// whose deadline (the 10th of the next month, Order No. 55-р of 27.03.2020) has passed while the
// ministry has nothing to review — the report is missing, a draft, or returned and not resent.
// The period and the deadline rule are the monthly reports' own (lib/reports).
import type { ReportStatus } from "@/generated/prisma/enums";
import { reportDeadline, reportingToday } from "@/lib/reports/deadline";
import type { MonthKey } from "@/lib/reports/period";

export type LateReportsRow = {
  regionId: number;
  missing: number;
  drafts: number;
  returned: number;
  /** All three together. */
  late: number;
  /** Oldest late month, "YYYY-MM". */
  oldest: MonthKey | null;
};

export function lateReportsByRegion(
  regionIds: readonly number[],
  period: readonly MonthKey[],
  reports: ReadonlyArray<{ regionId: number; month: MonthKey; status: ReportStatus }>,
  now: Date,
): LateReportsRow[] {
  const status = new Map(reports.map((r) => [`${r.regionId}:${r.month}`, r.status]));
  // Today in Kazakhstan once, not per report (it takes an Intl formatter): a month is overdue
  // once its deadline day is behind today (lib/reports/deadline.ts, isOverdue).
  const today = reportingToday(now);
  const day = (d: { y: number; m: number; d: number }) => d.y * 10_000 + d.m * 100 + d.d;
  const due = period.filter((month) => day(reportDeadline(month)) < day(today));
  return regionIds.map((regionId) => {
    const row: LateReportsRow = { regionId, missing: 0, drafts: 0, returned: 0, late: 0, oldest: null };
    for (const month of due) {
      const current = status.get(`${regionId}:${month}`) ?? null;
      if (current === "SUBMITTED" || current === "APPROVED") continue;
      if (current === null) row.missing++;
      else if (current === "RETURNED") row.returned++;
      else row.drafts++;
      row.late++;
      row.oldest ??= month;
    }
    return row;
  });
}
