// Birth dates for demo workers, drawn so that the age on the hiring day is the one intended:
// youth are 14–35 on that day (Law No. 285-V, art. 1); the generator's workers are 16–64 and
// born 1955–2004, as working-age people hired in 2020–2021 are.
import { dayOf, partsOfDay } from "./days";
import type { Random } from "./random";

const YOUTH_AGES: ReadonlyArray<readonly [number, number]> = Array.from({ length: 20 }, (_, i) => [16 + i, i < 2 ? 0.3 : 1] as const);
const OLDER_AGES: ReadonlyArray<readonly [number, number]> = Array.from({ length: 29 }, (_, i) => [36 + i, 36 + i <= 50 ? 1 : 36 + i <= 58 ? 0.7 : 0.3] as const);

const EARLIEST_BIRTH = dayOf(1955, 1, 1);
const LATEST_BIRTH = dayOf(2004, 12, 31);

/** The same calendar day `years` earlier; 29 February falls back to the 28th. */
function yearsBefore(day: number, years: number): number {
  const { y, m, d } = partsOfDay(day);
  const target = y - years;
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
  return dayOf(target, m, m === 2 && d === 29 && !leap ? 28 : d);
}

/** A birth day that makes the person `age` years old on `hireDay` (then kept within 1955–2004). */
export function birthDayFor(hireDay: number, young: boolean, rng: Random): number {
  const age = rng.weighted(young ? YOUTH_AGES : OLDER_AGES);
  const latest = yearsBefore(hireDay, age);
  const earliest = yearsBefore(hireDay, age + 1) + 1;
  const birth = earliest + rng.int(0, latest - earliest);
  return Math.min(Math.max(birth, EARLIEST_BIRTH), LATEST_BIRTH);
}
