// "Change since last month" on the overview: each figure now against its value at the end of
// the previous calendar month in Kazakhstan, read from the cumulative monthly series. Only
// figures that the records date (a hiring, a commissioning, a job's creation) have a month;
// projects are counted whatever their dates, and adjacent-industry jobs come from reports, so
// those two have no change (the figure catalogue's `series`, lib/dashboard/headline.ts).
import type { MonthPoint } from "@/lib/summary/schema";
import { figureOf, headlineMetrics, type HeadlineMetric } from "./headline";

export type MonthlyChange = {
  /** Last day of the previous month, "YYYY-MM-DD": the figures are compared with its end. */
  since: string;
  changes: Record<HeadlineMetric, number | null>;
};

/** "YYYY-MM" of the month before the one `now` falls in, in Kazakhstan (Asia/Almaty). */
export function previousMonthKey(now: Date, timeZone = "Asia/Almaty"): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" }).formatToParts(now);
  const year = Number(parts.find((p) => p.type === "year")?.value);
  const month = Number(parts.find((p) => p.type === "month")?.value);
  const index = year * 12 + month - 2;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function lastDayOf(monthKey: string): string {
  const [y, m] = monthKey.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * Figures now minus the series' value at the end of the previous month. The series holds the
 * cumulative value per month; before its first month every value is 0, and after its last
 * month nothing changed (so a month without records counts as the latest value before it).
 */
export function changeSinceLastMonth(
  series: readonly MonthPoint[],
  now: Record<HeadlineMetric, number | null>,
  asOf: Date,
): MonthlyChange {
  const previous = previousMonthKey(asOf);
  let base: MonthPoint | undefined;
  for (const point of series) if (point.month <= previous) base = point;
  const changes = Object.fromEntries(
    headlineMetrics.map((metric) => {
      const key = figureOf(metric).series;
      const value = now[metric];
      if (key === null || value === null) return [metric, null];
      return [metric, value - (base ? base[key] : 0)];
    }),
  ) as Record<HeadlineMetric, number | null>;
  return { since: lastDayOf(previous), changes };
}
