// IIN (individual identification number, ИИН): 12 digits.
// Digits 1–6: birth date YYMMDD; digit 7: century and sex (1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s;
// odd = male, even = female); digits 8–11: serial; digit 12: check digit (see checkDigit.ts).
// An IIN is personal data (Law of RK "On personal data and their protection"): these functions
// only compute, they never log.
import { checkDigit, hasValidCheckDigit } from "./checkDigit";
import { type CalendarDate, type DateLike, isValidCalendarDate, toCalendarDate, utcDate } from "./calendarDate";

export type Sex = "MALE" | "FEMALE";

/** Why a string is not a valid IIN; forms map each code to a translated message. */
export type IinInvalidReason = "length" | "digits" | "century" | "birthDate" | "checksum";

export type ParsedIin = {
  /** The birth date at UTC midnight (how Prisma reads and writes a `date` column). */
  birthDate: Date;
  /** The same day as plain numbers, for code that must not touch time zones. */
  birth: CalendarDate;
  sex: Sex;
};

/** First year of the century that the 7th digit names; index = digit. 0, 7, 8, 9 are not issued. */
const CENTURY_BY_DIGIT: Record<string, number> = { "1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000 };

function birthOf(s: string): CalendarDate | null {
  const century = CENTURY_BY_DIGIT[s[6]!];
  if (century === undefined) return null;
  return { y: century + Number(s.slice(0, 2)), m: Number(s.slice(2, 4)), d: Number(s.slice(4, 6)) };
}

/** The first reason `s` is not a valid IIN, in the order a person reading it would notice; null if valid. */
export function iinInvalidReason(s: string): IinInvalidReason | null {
  if (s.length !== 12) return "length";
  if (!/^\d{12}$/.test(s)) return "digits";
  const birth = birthOf(s);
  if (!birth) return "century";
  if (!isValidCalendarDate(birth)) return "birthDate";
  if (!hasValidCheckDigit(s)) return "checksum";
  return null;
}

export function validateIin(s: string): boolean {
  return iinInvalidReason(s) === null;
}

/** Birth date and sex encoded in a valid IIN; null when `s` is not a valid IIN. */
export function parseIin(s: string): ParsedIin | null {
  if (!validateIin(s)) return null;
  const birth = birthOf(s)!;
  return { birthDate: utcDate(birth), birth, sex: Number(s[6]) % 2 === 1 ? "MALE" : "FEMALE" };
}

/**
 * Builds the IIN of a person born on `birthDate` with the given sex and 4-digit serial.
 * Returns null when no check digit exists for these 11 digits (the second weighted sum is 10):
 * such a serial is never issued, so callers take the next serial.
 */
export function makeIin(birthDate: DateLike, sex: Sex, serial: number): string | null {
  const { y, m, d } = toCalendarDate(birthDate);
  if (!isValidCalendarDate({ y, m, d })) throw new RangeError(`not a calendar date: ${y}-${m}-${d}`);
  if (y < 1800 || y > 2099) throw new RangeError(`IINs encode births in 1800–2099, not ${y}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 9999) throw new RangeError(`serial must be 0..9999, not ${serial}`);
  const centuryDigit = 1 + 2 * ((y - 1800 - (y % 100)) / 100) + (sex === "MALE" ? 0 : 1);
  const first11 =
    String(y % 100).padStart(2, "0") +
    String(m).padStart(2, "0") +
    String(d).padStart(2, "0") +
    String(centuryDigit) +
    String(serial).padStart(4, "0");
  const check = checkDigit(first11);
  return check === null ? null : first11 + String(check);
}
