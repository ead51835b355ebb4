// "Change since the last approved reports" on the overview: each figure now against its value at
// the end of the last month whose reports are approved, read from the cumulative monthly series. Only
// figures that the records date (a hiring, a commissioning, a job's creation) have a month;
// projects are counted whatever their dates, and adjacent-industry jobs come from reports, so
// those two have no change (the figure catalogue's `series`, lib/dashboard/headline.ts).
import type { MonthPoint } from "@/lib/summary/schema";
import { figureOf, headlineMetrics, type HeadlineMetric } from "./headline";

export type MonthlyChange = {
  /** Last day of the last approved month, "YYYY-MM-DD": the figures are compared with its end. */
  since: string;
  changes: Record<HeadlineMetric, number | null>;
};

function lastDayOf(monthKey: string): string {
  const [y, m] = monthKey.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * Figures now minus the series' value at the end of `baseMonth` ("YYYY-MM"), the last month whose
 * reports are approved (see getApprovedReportMonths): a submitted month is locked for every date up
 * to its end, so whatever was entered since is dated after it and shows here. The series holds
 * the cumulative value per month; before its first month every value is 0, and after its last
 * month nothing changed. Null without an approved month: there is nothing to compare with.
 */
export function changeSinceApproved(
  series: readonly MonthPoint[],
  now: Record<HeadlineMetric, number | null>,
  baseMonth: string | null,
): MonthlyChange | null {
  if (baseMonth === null) return null;
  let base: MonthPoint | undefined;
  for (const point of series) if (point.month <= baseMonth) base = point;
  const changes = Object.fromEntries(
    headlineMetrics.map((metric) => {
      const key = figureOf(metric).series;
      const value = now[metric];
      if (key === null || value === null) return [metric, null];
      return [metric, value - (base ? base[key] : 0)];
    }),
  ) as Record<HeadlineMetric, number | null>;
  return { since: lastDayOf(baseMonth), changes };
}
