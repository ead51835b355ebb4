// Hiring and end dates are calendar days. A form sends them as "YYYY-MM-DD" (<input type="date">);
// they are stored in `date` columns, which Prisma reads and writes as Dates at UTC midnight.
import { calendarDateIn, isValidCalendarDate, utcDate, type CalendarDate } from "@/lib/iin/calendarDate";

/** "YYYY-MM-DD" -> the calendar day, or null when it is not a real day. */
export function parseDay(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidCalendarDate(day) ? day : null;
}

export function dayToDate(day: CalendarDate): Date {
  return utcDate(day);
}

/** A `date` column's value (UTC midnight) as "YYYY-MM-DD", for form fields and SQL parameters. */
export function dayText(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same day as Kazakh, Russian and English readers in Kazakhstan write it: DD.MM.YYYY. */
export function dayLabel(date: Date): string {
  const [y, m, d] = dayText(date).split("-");
  return `${d}.${m}.${y}`;
}

/** Today in Kazakhstan (Asia/Almaty), where the hiring dates are reported. */
export function todayInKazakhstan(now = new Date()): CalendarDate {
  return calendarDateIn(now);
}

export function addDays(day: CalendarDate, days: number): CalendarDate {
  const date = dayToDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}
