// The reporting period: which months a region owes a monthly report for.
// Order No. 55-р of 27.03.2020 set monthly reporting on the Employment Roadmap from its start,
// and the first works began in April 2020, so the first reporting month is April 2020. The
// period runs to December of the latest programme year the database knows of — from the
// projects, or from the targets when a year has targets but no projects yet (a new programme
// year is announced with its targets first). A month after that has no report due. With no
// projects and no targets at all there is no programme yet, hence no period.
// Months are "YYYY-MM" keys; a month is stored in MonthlyReport.month as its first day.

export type MonthKey = `${number}-${string}`;

/** First reporting month of the Roadmap (Order No. 55-р of 27.03.2020). */
export const FIRST_REPORT_MONTH = "2020-04" as MonthKey;

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** { y, m } of a "YYYY-MM" key, or null when it is not one. */
export function parseMonthKey(value: string): { y: number; m: number } | null {
  const match = MONTH_KEY.exec(value);
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]) };
}

export function monthKey(y: number, m: number): MonthKey {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}` as MonthKey;
}

/** The month `offset` months after `key`. */
export function addMonths(key: MonthKey, offset: number): MonthKey {
  const parsed = parseMonthKey(key);
  if (!parsed) throw new RangeError(`not a month: ${key}`);
  const index = parsed.y * 12 + parsed.m - 1 + offset;
  return monthKey(Math.floor(index / 12), (index % 12) + 1);
}

/** The first day of the month at UTC midnight: what Prisma stores in MonthlyReport.month (@db.Date). */
export function monthStartDate(key: MonthKey): Date {
  const parsed = parseMonthKey(key);
  if (!parsed) throw new RangeError(`not a month: ${key}`);
  return new Date(Date.UTC(parsed.y, parsed.m - 1, 1));
}

/** The last day of the month at UTC midnight (the month's figures are "as of" this day's end). */
export function monthEndDate(key: MonthKey): Date {
  const parsed = parseMonthKey(key)!;
  return new Date(Date.UTC(parsed.y, parsed.m, 0));
}

/** The month a date-only value (UTC midnight, as Prisma returns @db.Date) falls in. */
export function monthKeyOf(date: Date): MonthKey {
  return date.toISOString().slice(0, 7) as MonthKey;
}

/**
 * Months from April 2020 to December of `latestProgrammeYear`, oldest first; empty when there
 * is no programme year (nothing in the database) or it ends before April 2020.
 */
export function reportingPeriod(latestProgrammeYear: number | null): MonthKey[] {
  if (latestProgrammeYear === null || !Number.isInteger(latestProgrammeYear)) return [];
  const last = monthKey(latestProgrammeYear, 12);
  const months: MonthKey[] = [];
  for (let key = FIRST_REPORT_MONTH; key <= last; key = addMonths(key, 1)) months.push(key);
  return months;
}

/** Whether a month is one a report is due for, given the period. */
export function isInPeriod(key: string, period: readonly MonthKey[]): key is MonthKey {
  return period.includes(key as MonthKey);
}

/** Programme years the period spans, for the year filter. */
export function yearsOf(period: readonly MonthKey[]): number[] {
  return [...new Set(period.map((key) => Number(key.slice(0, 4))))];
}
