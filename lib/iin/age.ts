// Age in full years and the youth rule.
// Law of RK No. 285-V of 9 Feb 2015 "On state youth policy", art. 1: youth are citizens aged
// 14 to 35 inclusive; for the Employment Roadmap the age is taken on the day of hiring.
import { type DateLike, toCalendarDate } from "./calendarDate";

export const YOUTH_MIN_AGE = 14;
export const YOUTH_MAX_AGE = 35;

/**
 * Full years between `birthDate` and `date`. A person turns a year older on their birthday;
 * someone born on 29 February turns older on 1 March in common years (the day after 28 Feb).
 * Dates are calendar days: a Date is read through its UTC fields (see calendarDate.ts).
 */
export function ageOn(birthDate: DateLike, date: DateLike): number {
  const b = toCalendarDate(birthDate);
  const t = toCalendarDate(date);
  let age = t.y - b.y;
  if (t.m < b.m || (t.m === b.m && t.d < b.d)) age -= 1;
  return age;
}

/** True when the person was 14..35 years old (inclusive) on the day of hiring. */
export function isYouthAt(birthDate: DateLike, hiredAt: DateLike): boolean {
  const age = ageOn(birthDate, hiredAt);
  return age >= YOUTH_MIN_AGE && age <= YOUTH_MAX_AGE;
}
