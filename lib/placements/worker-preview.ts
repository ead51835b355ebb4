// What the "add worker" form shows while the IIN is being typed: the first thing wrong with it,
// or the birth date, sex, age on the hiring date and youth read from it. Pure: runs in the
// browser on every keystroke, and in unit tests under TZ=Asia/Almaty.
import { ageOn, iinInvalidReason, isYouthAt, parseIin, type Sex } from "@/lib/iin";
import { daysInMonth } from "@/lib/iin/calendarDate";
import { IIN_ERROR_CODES, normalizeIin } from "@/lib/workers/schema";
import { parseDay, dayToDate } from "./days";
import { MIN_HIRING_AGE } from "./rules";

export type WorkerPreview =
  | { state: "empty" }
  /** Fewer than 12 digits and nothing wrong so far. */
  | { state: "incomplete"; digits: number }
  /** An error code of the "placements.errors" namespace. */
  | { state: "invalid"; code: string }
  | {
      state: "valid";
      birthDate: Date;
      sex: Sex;
      /** Full years on the hiring date; null until a hiring date is entered. */
      age: number | null;
      /** 14–35 on the hiring date (Law No. 285-V, art. 1); null without a hiring date. */
      youth: boolean | null;
      /** Younger than the Labour Code allows on the hiring date. */
      underMinimumAge: boolean;
    };

const CENTURY_DIGITS = "123456";

/**
 * A mistake visible in the first digits, before all 12 are typed: a month 13, a day 32, a 7th
 * digit that names no century. Reported at once, so the person fixes it while the document is
 * still in front of them.
 */
function earlyMistake(digits: string): string | null {
  if (digits.length >= 4) {
    const month = Number(digits.slice(2, 4));
    if (month < 1 || month > 12) return IIN_ERROR_CODES.birthDate;
  }
  if (digits.length >= 6) {
    const day = Number(digits.slice(4, 6));
    if (day < 1 || day > 31) return IIN_ERROR_CODES.birthDate;
  }
  if (digits.length >= 7) {
    const centuryDigit = digits[6]!;
    if (!CENTURY_DIGITS.includes(centuryDigit)) return IIN_ERROR_CODES.century;
    const year = 1800 + 100 * Math.floor((Number(centuryDigit) - 1) / 2) + Number(digits.slice(0, 2));
    if (Number(digits.slice(4, 6)) > daysInMonth(year, Number(digits.slice(2, 4)))) return IIN_ERROR_CODES.birthDate;
  }
  return null;
}

export function previewWorker(rawIin: string, hiredAtText: string): WorkerPreview {
  const iin = normalizeIin(rawIin);
  if (iin === "") return { state: "empty" };
  if (!/^\d+$/.test(iin)) return { state: "invalid", code: IIN_ERROR_CODES.digits };
  if (iin.length > 12) return { state: "invalid", code: IIN_ERROR_CODES.length };
  const early = earlyMistake(iin);
  if (early) return { state: "invalid", code: early };
  if (iin.length < 12) return { state: "incomplete", digits: iin.length };
  const reason = iinInvalidReason(iin);
  const parsed = parseIin(iin);
  if (reason || !parsed) return { state: "invalid", code: IIN_ERROR_CODES[reason ?? "checksum"] };
  const hired = parseDay(hiredAtText);
  if (!hired) return { state: "valid", birthDate: parsed.birthDate, sex: parsed.sex, age: null, youth: null, underMinimumAge: false };
  const age = ageOn(parsed.birth, hired);
  return {
    state: "valid",
    birthDate: parsed.birthDate,
    sex: parsed.sex,
    age,
    youth: isYouthAt(parsed.birth, dayToDate(hired)),
    underMinimumAge: age < MIN_HIRING_AGE,
  };
}
