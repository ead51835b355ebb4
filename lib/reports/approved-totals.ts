// National figures as the regions reported them: each region's latest APPROVED monthly report,
// with the figures frozen at its submission, summed. Only figures that are stocks at a month's
// end are summed (projects in work, people employed so far, permanent jobs, money as of the
// month's end): regions' latest approved months differ, and a flow such as "hired in the month"
// summed over different months means nothing. The totals name their months and the regions that
// have no approved report, so no one mistakes them for the live national figures. A person who
// worked in two regions is in both regions' reports, so counts of people may exceed the live
// national figure (which counts each person once).
import type { FigureKey, MonthFigures } from "./figures";
import { tenge } from "./figures";
import type { MonthKey } from "./period";

export const APPROVED_TOTAL_KEYS = [
  "projectsInWork",
  "projectsSuspended",
  "peopleEmployed",
  "referred",
  "youth",
  "youthReferred",
  "permanentJobs",
  "adjacentIndustryJobs",
  "allocated",
  "disbursed",
] as const satisfies readonly FigureKey[];

export type ApprovedTotalKey = (typeof APPROVED_TOTAL_KEYS)[number];

/** One region's latest approved report: its month and frozen figures (null if it has none). */
export type ApprovedReport<R> = { region: R; month: MonthKey; figures: Partial<MonthFigures> | null };

export type ApprovedTotals<R> = {
  /** Each figure's sum and the number of reports it comes from (a figure added later is missing from older ones). */
  figures: Record<ApprovedTotalKey, { value: number; regions: number }>;
  /** The reports' months, latest first, with how many regions each. */
  months: Array<{ month: MonthKey; regions: number }>;
  regionsReporting: number;
  /** Regions with no approved report (up to the month asked for). */
  regionsWithout: R[];
};

const MONEY: ReadonlySet<ApprovedTotalKey> = new Set(["allocated", "disbursed"]);

export function approvedTotals<R>(reports: ReadonlyArray<ApprovedReport<R>>, regionsWithout: R[]): ApprovedTotals<R> {
  const figures = Object.fromEntries(APPROVED_TOTAL_KEYS.map((key) => [key, { value: 0, regions: 0 }])) as ApprovedTotals<R>["figures"];
  const months = new Map<MonthKey, number>();
  for (const report of reports) {
    months.set(report.month, (months.get(report.month) ?? 0) + 1);
    for (const key of APPROVED_TOTAL_KEYS) {
      const value = report.figures?.[key];
      if (value === undefined) continue;
      // Money in tiyn, so twenty regions' amounts add up exactly.
      figures[key].value = MONEY.has(key) ? tenge(figures[key].value + value) : figures[key].value + value;
      figures[key].regions += 1;
    }
  }
  return {
    figures,
    months: [...months].sort(([a], [b]) => b.localeCompare(a)).map(([month, regions]) => ({ month, regions })),
    regionsReporting: reports.length,
    regionsWithout,
  };
}
