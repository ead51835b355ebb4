// A day in the calendar, with no time and no time zone. Birth dates and hiring dates are days:
// PostgreSQL `date` columns come back from Prisma as Dates at UTC midnight, so a Date is read
// through its UTC fields. Never read them with getFullYear()/getDate(): under TZ=Asia/Almaty
// (UTC+5) that still works, but west of Greenwich it would give the day before.

export type CalendarDate = { y: number; m: number; d: number };

export type DateLike = Date | CalendarDate;

export function toCalendarDate(value: DateLike): CalendarDate {
  if (value instanceof Date) {
    return { y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate() };
  }
  return value;
}

/** The Date at UTC midnight of a calendar day: what Prisma writes into a `date` column as that day. */
export function utcDate(value: CalendarDate): Date {
  return new Date(Date.UTC(value.y, value.m - 1, value.d));
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidCalendarDate(value: CalendarDate): boolean {
  const { y, m, d } = value;
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The calendar day a moment falls on in a time zone (default Kazakhstan's, Asia/Almaty). */
export function calendarDateIn(moment: Date, timeZone = "Asia/Almaty"): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(moment);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: part("year"), m: part("month"), d: part("day") };
}
