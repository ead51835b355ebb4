// The figures the demo data is built to match at scale 1, and the calendar it lives in.
// Source: the Prime Minister's reply to deputies' inquiry No. ДЗ-145 of 30.09.2020 (seed/),
// and public figures in docs/domain.md. "More than" figures are aimed a little above.
import type { TargetMetric } from "@/generated/prisma/enums";
import { dayOf } from "./days";

export const SEED_LETTER = {
  PROJECTS: 6_600,
  PEOPLE_EMPLOYED: 196_000,
  REFERRED_BY_EMPLOYMENT_CENTRES: 110_000,
  YOUTH: 43_000,
  OBJECTS_COMMISSIONED: 600,
  PERMANENT_JOBS: 15_000,
  ADJACENT_INDUSTRY_JOBS: 100_000,
} as const satisfies Record<TargetMetric, number>;

/** What the generator produces at scale 1 ("about" figures on the mark, "more than" just above). */
export const DEMO_AIMS = {
  projects: 6_600,
  workers: 196_000,
  referredShare: 110_000 / 196_000,
  /** Youth among the referred: "из них более 43 тыс." read as youth among the ~110,000. */
  youthShareAmongReferred: 43_600 / 110_000,
  /** Youth among people hired directly by contractors (not stated anywhere; a plausible share). */
  youthShareAmongOthers: 0.3,
  /** Share of workers who worked on a second project after the first one ended. */
  secondPlacementShare: 0.012,
  objectsCommissioned: 612,
  permanentJobs: 15_200, // "15.2 thousand permanent jobs planned" (public figures)
  adjacentIndustryJobs: 104_000,
  plannedTemporaryJobs: 255_000, // the initial plan of 255,000 jobs
  budgetTenge: 1_000_000_000_000, // "about KZT 1 trillion"
} as const;

/** Order No. 55-р of 27.03.2020 started the programme; the first hires were in April 2020. */
export const FIRST_WORK_DAY = dayOf(2020, 4, 6);
export const LAST_HIRING_DAY = dayOf(2021, 12, 31);
/** The demo database describes the programme as of this day: December 2021 reports are due
 *  by 10 January 2022 (Order No. 55-р), so some are late, some still drafts. */
export const DEMO_TODAY = dayOf(2022, 1, 14);
export const FIRST_REPORT_MONTH = { y: 2020, m: 4 } as const;
export const LAST_REPORT_MONTH = { y: 2021, m: 12 } as const;
