// When a monthly report is due, and how many days are left or how late it is.
// Order No. 55-р of 27.03.2020: the akimats report by the 10th of the month after the reporting
// month. "By the 10th" includes the 10th: a report submitted on the 10th is on time, and it is
// one day late on the 11th. Days are counted in Kazakhstan's calendar (Asia/Almaty), whatever
// the server's time zone: at 23:30 on the 10th in Almaty it is still the 10th, even though it
// is already the 11th in some places and only the 10th's evening in UTC.
import type { ReportStatus } from "@/generated/prisma/enums";
import { calendarDateIn, type CalendarDate } from "@/lib/iin/calendarDate";
import { addMonths, monthEndDate, parseMonthKey, type MonthKey } from "./period";

/** Kazakhstan's calendar: the reporting rule's days are days there. */
export const REPORTING_TIME_ZONE = "Asia/Almaty";
/** Day of the next month by which the report is due (Order No. 55-р). */
export const DEADLINE_DAY = 10;

const DAY_MS = 86_400_000;

function dayIndex(date: CalendarDate): number {
  return Date.UTC(date.y, date.m - 1, date.d) / DAY_MS;
}

function isoDay(date: CalendarDate): string {
  return `${String(date.y).padStart(4, "0")}-${String(date.m).padStart(2, "0")}-${String(date.d).padStart(2, "0")}`;
}

/** The last day a month's report is on time: the 10th of the next month. */
export function reportDeadline(key: MonthKey): CalendarDate {
  const next = parseMonthKey(addMonths(key, 1))!;
  return { y: next.y, m: next.m, d: DEADLINE_DAY };
}

/** Today's date in Kazakhstan at the moment `now`. */
export function reportingToday(now: Date): CalendarDate {
  return calendarDateIn(now, REPORTING_TIME_ZONE);
}

export type DeadlineStanding = {
  /** "YYYY-MM-DD" of the deadline. */
  deadline: string;
  /** Days until the deadline (0 = due today); null once it has passed. */
  daysLeft: number | null;
  /** Days since the deadline (1 on the 11th); null while it has not passed. */
  daysLate: number | null;
};

/** Where `now` stands against the month's deadline. */
export function deadlineStanding(key: MonthKey, now: Date): DeadlineStanding {
  const deadline = reportDeadline(key);
  const difference = dayIndex(deadline) - dayIndex(reportingToday(now));
  return {
    deadline: isoDay(deadline),
    daysLeft: difference >= 0 ? difference : null,
    daysLate: difference < 0 ? -difference : null,
  };
}

/** Days a submission at `submittedAt` came after the deadline; 0 when it was on time. */
export function daysLateAt(key: MonthKey, submittedAt: Date): number {
  return Math.max(0, dayIndex(reportingToday(submittedAt)) - dayIndex(reportDeadline(key)));
}

/**
 * Whether the month is over in Kazakhstan, so that its figures are final enough to report:
 * a report cannot be submitted for a month that has not ended.
 */
export function monthHasEnded(key: MonthKey, now: Date): boolean {
  const end = monthEndDate(key);
  const last: CalendarDate = { y: end.getUTCFullYear(), m: end.getUTCMonth() + 1, d: end.getUTCDate() };
  return dayIndex(reportingToday(now)) > dayIndex(last);
}

/**
 * Late = the deadline has passed and the ministry has nothing to review: the report is
 * missing, still a draft, or was returned and not submitted again.
 */
export function isOverdue(status: ReportStatus | null, key: MonthKey, now: Date): boolean {
  if (status === "SUBMITTED" || status === "APPROVED") return false;
  return deadlineStanding(key, now).daysLate !== null;
}
