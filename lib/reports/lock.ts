// The lock on reported months (Order No. 55-р of 27.03.2020: regions report monthly, by the
// 10th of the next month). Once a region's report for a month is SUBMITTED or APPROVED, writes
// that would change that month's figures are refused until an analyst returns (or, on the
// akimat's request, reopens) the report. The figures are cumulative — people employed by the
// month's end, money as of its end — so a change dated in ANY month up to a locked one changes
// it: a write is refused if a locked month lies on or after the earliest date it touches, and
// the error names the first such month (SQL function report_locked_month). The dates: a
// placement's hiring and end dates, a project's actual start, end and commissioning, the date a
// status or a funding change takes effect (FundingChange, ProjectStatusChange), a permanent job's
// creation. Callers pass every date the write touches — old AND new values.
import type { Prisma } from "@/generated/prisma/client";
import { DomainError } from "@/lib/forms/state";
import { refuseDuringRegionImport } from "@/lib/imports/region-gate";

export class MonthLockedError extends DomainError {
  declare readonly code: "monthLocked";
  constructor(
    readonly regionId: number,
    /** First day of the locked month, "YYYY-MM-01". */
    readonly month: string,
  ) {
    super("monthLocked", undefined, { month }, `The report for ${month} of region ${regionId} is submitted; the month is locked.`);
    this.name = "MonthLockedError";
  }
}

/** "YYYY-MM-01" of a date-only value (stored as UTC midnight by Prisma's @db.Date). */
export function monthOf(date: Date): string {
  return `${date.toISOString().slice(0, 7)}-01`;
}

/**
 * Throws MonthLockedError if a month whose report for `regionId` is submitted or approved lies on
 * or after the month of the earliest of `dates`. Must run inside the write's transaction: it takes a shared
 * transaction-level advisory lock on the region, and submitting a report takes the exclusive
 * one (`lockRegionReports`), so a write and a submission of the same region cannot interleave.
 * Every write of the region calls it, so it is also where a write is refused while an import
 * of the region is being written (lib/imports/region-gate.ts) — even a write that touches no month.
 */
export async function assertMonthsOpen(
  tx: Prisma.TransactionClient,
  regionId: number,
  dates: ReadonlyArray<Date | null | undefined>,
): Promise<void> {
  await refuseDuringRegionImport(tx, regionId);
  const valid = dates.filter((d): d is Date => d instanceof Date && !Number.isNaN(d.getTime()));
  if (valid.length === 0) return;
  const earliest = monthOf(new Date(Math.min(...valid.map((d) => d.getTime()))));
  await tx.$executeRaw`SELECT pg_advisory_xact_lock_shared(${REPORT_LOCK_SPACE}::int, ${regionId}::int)`;
  const locked = await tx.$queryRaw<{ month: string | null }[]>`
    SELECT to_char(report_locked_month(${regionId}::int, ${earliest}::date), 'YYYY-MM-DD') AS month`;
  if (locked[0]?.month) throw new MonthLockedError(regionId, locked[0].month);
}

/** Taken by report submission (and review) in their transaction; see assertMonthsOpen. */
export async function lockRegionReports(tx: Prisma.TransactionClient, regionId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REPORT_LOCK_SPACE}::int, ${regionId}::int)`;
}

/** First key of the two-key advisory locks used for report locking (arbitrary, fixed). */
const REPORT_LOCK_SPACE = 55; // Order No. 55-р
