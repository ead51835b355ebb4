// Limits on a placement's dates and on the person's age, in one place for the form, the schema
// and the import. Pure, no I/O.
import type { CalendarDate } from "@/lib/iin";

/**
 * No hiring before 1 January 2020: the Employment Roadmap 2020–2021 (updated by the Government
 * in March 2020 as an anti-crisis programme) has no placements before its first year.
 */
export const EARLIEST_HIRING_DAY: CalendarDate = { y: 2020, m: 1, d: 1 };

/**
 * A hiring may be entered a little ahead (a contract signed for the 1st of next month), but not
 * further: a date months ahead is nearly always a typo in the year.
 */
export const MAX_HIRING_DAYS_AHEAD = 31;

/**
 * The youngest age at which anyone may be hired: 14, for light work with a parent's consent
 * (Labour Code of RK, art. 30). A younger age on the hiring date means a wrong IIN or date.
 */
export const MIN_HIRING_AGE = 14;

/** Referral numbers of employment centres have no single national format; keep them short. */
export const REFERRAL_NUMBER_MAX_LENGTH = 50;
export const POSITION_MAX_LENGTH = 200;

/** A project's works as the records date them: actual start and end, either not yet known. */
export type ProjectWorks = { actualStart: Date | null; actualEnd: Date | null };

/**
 * Why a hiring date lies outside its project's works, with the bound it crosses, or null. People
 * are hired for the works: not before they began, nor after they ended. A project whose works
 * have no actual start yet is not checked (its start is entered when the works begin).
 */
export function hiringOutsideWorks(works: ProjectWorks, hiredAt: Date): { code: "hiredBeforeProjectStart" | "hiredAfterProjectEnd"; bound: Date } | null {
  if (works.actualStart && hiredAt.getTime() < works.actualStart.getTime()) return { code: "hiredBeforeProjectStart", bound: works.actualStart };
  if (works.actualEnd && hiredAt.getTime() > works.actualEnd.getTime()) return { code: "hiredAfterProjectEnd", bound: works.actualEnd };
  return null;
}
