// Plain rows for the charts and their table alternatives. Pure.
import type { Breakdowns, MonthPoint } from "@/lib/summary/schema";

export type ChartSeries = { key: string; label: string };
export type ChartRow = { label: string } & Record<string, number | string>;

export const peopleSeriesKeys = ["peopleEmployed", "referred", "youth", "youthReferred"] as const;
export const projectSeriesKeys = ["projectsStarted", "projectsCompleted", "projectsCommissioned"] as const;
export const jobSeriesKeys = ["permanentJobs"] as const;
/** Month by month, not cumulative: the number the ministry asks regions for, beside the month's hires. */
export const workingSeriesKeys = ["peopleWorking", "hires"] as const;

export function monthRows(series: readonly MonthPoint[], keys: ReadonlyArray<keyof MonthPoint>, label: (month: string) => string): ChartRow[] {
  return series.map((point) => {
    const row: ChartRow = { label: label(point.month) };
    for (const key of keys) row[key] = point[key];
    return row;
  });
}

export const breakdownKeys = ["peopleEmployed", "referred", "youth"] as const;

export function categoryRows(breakdowns: Breakdowns, label: (category: string) => string): ChartRow[] {
  return breakdowns.byCategory.map((row) => ({ label: label(row.category), peopleEmployed: row.peopleEmployed, referred: row.referred, youth: row.youth }));
}

export function workTypeRows(breakdowns: Breakdowns, label: (workType: string) => string): ChartRow[] {
  return breakdowns.byWorkType.map((row) => ({ label: label(row.workType), peopleEmployed: row.peopleEmployed, referred: row.referred, youth: row.youth }));
}

/** Billions of tenge with one decimal, as the programme's reports show money. */
export function sourceRows(breakdowns: Breakdowns, label: (source: string) => string): ChartRow[] {
  const billions = (value: number) => Math.round(value / 1e8) / 10;
  return breakdowns.bySource.map((row) => ({ label: label(row.source), allocated: billions(row.allocated), disbursed: billions(row.disbursed) }));
}
