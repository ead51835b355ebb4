// What the reports table shows in each region × month cell, and which regions are late
// (Order No. 55-р of 27.03.2020: due by the 10th of the next month). Pure: the page passes the
// stored reports and the moment "now".
import type { ReportStatus } from "@/generated/prisma/enums";
import { deadlineStanding, isOverdue, monthHasEnded } from "./deadline";
import type { MonthKey } from "./period";

/** A stored status, or MISSING (no report yet for an ended month), or NOT_DUE (month not over). */
export type CellStatus = ReportStatus | "MISSING" | "NOT_DUE";

export type CellView = {
  month: MonthKey;
  status: CellStatus;
  /** The deadline passed with nothing for the ministry to review. */
  overdue: boolean;
  deadline: string;
  daysLeft: number | null;
  daysLate: number | null;
};

export type StoredReport = { regionId: number; month: MonthKey; status: ReportStatus };

export function cellView(month: MonthKey, status: ReportStatus | null, now: Date): CellView {
  const standing = deadlineStanding(month, now);
  const shown: CellStatus = status ?? (monthHasEnded(month, now) ? "MISSING" : "NOT_DUE");
  return { month, status: shown, overdue: isOverdue(status, month, now), ...standing };
}

/** Cells of one region over the given months. */
export function regionCells(regionId: number, months: readonly MonthKey[], reports: readonly StoredReport[], now: Date): CellView[] {
  const byMonth = new Map(reports.filter((r) => r.regionId === regionId).map((r) => [r.month, r.status]));
  return months.map((month) => cellView(month, byMonth.get(month) ?? null, now));
}

export type LateRegion = { regionId: number; months: MonthKey[]; longestDaysLate: number };

/** Regions with at least one overdue month, the most overdue first. */
export function lateRegions(regionIds: readonly number[], months: readonly MonthKey[], reports: readonly StoredReport[], now: Date): LateRegion[] {
  return regionIds
    .map((regionId) => {
      const late = regionCells(regionId, months, reports, now).filter((cell) => cell.overdue);
      return { regionId, months: late.map((cell) => cell.month), longestDaysLate: Math.max(0, ...late.map((cell) => cell.daysLate ?? 0)) };
    })
    .filter((region) => region.months.length > 0)
    .sort((a, b) => b.longestDaysLate - a.longestDaysLate || b.months.length - a.months.length);
}
