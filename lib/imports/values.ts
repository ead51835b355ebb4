// Reading one cell as a date, a number, a yes/no or an identifier, the way people type them in
// Kazakhstan's spreadsheets: 05.03.2021, 2021-03-05 or an Excel date; "1 234,5" or 1234.5; an
// IIN that Excel turned into a number and so lost its leading zero. Each reader returns the
// value or an error code (translated under "imports.errors.<code>").
import { type CalendarDate, isValidCalendarDate } from "@/lib/iin/calendarDate";

/** A cell as read from CSV (always text) or XLSX (text, number, boolean or Date). */
export type CellValue = string | number | boolean | Date | null;

export type Read<T> = { ok: true; value: T } | { ok: false; code: string; params?: Record<string, string | number> };

export const ok = <T>(value: T): Read<T> => ({ ok: true, value });
export const fail = (code: string, params?: Record<string, string | number>): Read<never> => ({ ok: false, code, params });

/** The cell as the text a user would see; numbers without exponent or grouping. */
export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === "boolean") return value ? "1" : "0";
  return formatDay({ y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate() });
}

export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

export function formatDay(day: CalendarDate): string {
  return `${String(day.d).padStart(2, "0")}.${String(day.m).padStart(2, "0")}.${day.y}`;
}

/** "YYYY-MM-DD": what PostgreSQL reads into a `date` column in any time zone. */
export function isoDay(day: CalendarDate): string {
  return `${day.y}-${String(day.m).padStart(2, "0")}-${String(day.d).padStart(2, "0")}`;
}

export function compareDays(a: CalendarDate, b: CalendarDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/**
 * Excel's 1900 date system: serial 1 is 1 Jan 1900, and Excel counts a 29 Feb 1900 that never
 * was (serial 60), so from serial 61 on the day is 30 Dec 1899 + serial days.
 */
export function excelSerialDay(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  const epoch = Date.UTC(1899, 11, whole < 60 ? 31 : 30);
  const date = new Date(epoch + whole * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const DOTTED = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/;
// Only five-digit serials in text (1927–2173): "2021" in a date column is a mistake, not a day of 1905.
const SERIAL = /^\d{5}(?:[.,]\d+)?$/;

/**
 * A day from DD.MM.YYYY (also D.M.YYYY and DD/MM/YYYY), YYYY-MM-DD, an Excel serial number, or a
 * Date from an XLSX cell (exceljs gives date cells as UTC midnight of the day).
 */
export function readDay(value: CellValue): Read<CalendarDate> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail("invalidDate");
    // A date-time cell a little before midnight (float error) belongs to the next day.
    const rounded = new Date(Math.round(value.getTime() / 60_000) * 60_000);
    return ok({ y: rounded.getUTCFullYear(), m: rounded.getUTCMonth() + 1, d: rounded.getUTCDate() });
  }
  if (typeof value === "number") {
    const day = excelSerialDay(value);
    return day ? ok(day) : fail("invalidDate");
  }
  const text = typeof value === "string" ? value.trim() : "";
  let day: CalendarDate | null = null;
  let match = DOTTED.exec(text);
  if (match) day = { y: Number(match[3]), m: Number(match[2]), d: Number(match[1]) };
  else if ((match = ISO.exec(text))) day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  else if (SERIAL.test(text)) day = excelSerialDay(Number(text.replace(",", ".")));
  return day && isValidCalendarDate(day) ? ok(day) : fail("invalidDate");
}

/**
 * A number written with a decimal comma or point and spaces between thousands ("1 234 567,89").
 * With both a comma and a point, the later one is the decimal separator.
 */
export function readNumber(value: CellValue): Read<number> {
  if (typeof value === "number") return Number.isFinite(value) ? ok(value) : fail("invalidNumber");
  if (typeof value !== "string") return fail("invalidNumber");
  let text = value.trim().replace(/[\s\u00a0\u202f']/g, "");
  const comma = text.lastIndexOf(",");
  const point = text.lastIndexOf(".");
  if (comma >= 0 && point >= 0) {
    text = comma > point ? text.replace(/\./g, "").replace(",", ".") : text.replace(/,/g, "");
  } else if (comma >= 0) {
    if (text.indexOf(",") !== comma) return fail("invalidNumber");
    text = text.replace(",", ".");
  }
  // One way to match each number ("12", "12.", "12.5", ".5"): no backtracking between the digit runs.
  if (!/^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text)) return fail("invalidNumber");
  const number = Number(text);
  return Number.isFinite(number) ? ok(number) : fail("invalidNumber");
}

export function readInteger(value: CellValue, min: number, max: number): Read<number> {
  const number = readNumber(value);
  if (!number.ok) return number;
  if (!Number.isInteger(number.value)) return fail("notInteger");
  if (number.value < min || number.value > max) return fail("outOfRange", { min, max });
  return number;
}

/**
 * Money in tenge, kept as a decimal string with at most 2 decimals (Decimal(16,2) in the
 * database): no float rounding reaches the stored amount.
 */
export function readMoney(value: CellValue): Read<string> {
  const number = readNumber(value);
  if (!number.ok) return number;
  if (number.value < 0) return fail("negative");
  if (number.value >= 1e14) return fail("outOfRange", { min: 0, max: "99 999 999 999 999" });
  return ok((Math.round(number.value * 100) / 100).toFixed(2));
}

/**
 * A 12-digit identifier (IIN or BIN). Excel stores a long number as a number and drops leading
 * zeros: IINs of people born in 2000–2009 start with "0", up to "000" (born 1 January 2000 →
 * 000101…). A value of 9 to 11 digits gets its zeros back; the check digit then tells whether
 * that was right.
 */
export function readIdentifier(value: CellValue): string {
  // People copy IINs from documents with spaces or dashes between digit groups (as the form allows).
  const text = typeof value === "number" && Number.isInteger(value) ? value.toFixed(0) : cellText(value).replace(/[\s\u00a0-]/g, "");
  return /^\d{9,11}$/.test(text) ? text.padStart(12, "0") : text;
}
