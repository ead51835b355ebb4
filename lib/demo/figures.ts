// The figures the demo data is built to match at scale 1, and the calendar it lives in.
// Source: the Prime Minister's reply to deputies' inquiry No. ДЗ-145 of 30.09.2020 (seed/),
// and public figures in docs/domain.md. "More than" figures are aimed a little above. The letter's
// people and projects are figures of 30.09.2020 (LETTER_DAY); the demo goes on to the end of 2021.
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

/** The day the seed letter describes: the inquiry and the reply are both of 30.09.2020, and the
 *  reply speaks of "now". Counting the records dated on or before it gives the letter's figures. */
export const LETTER_DAY = dayOf(2020, 9, 30);

/** What the generator produces at scale 1 ("about" figures on the mark, "more than" just above). */
export const DEMO_AIMS = {
  /** Programme year 2020 as of LETTER_DAY, exactly: the projects entered and under way by then,
   *  and the distinct people with a placement hired on or before that day. */
  asOfLetter: {
    projects: 6_600,
    workers: 196_000,
    /** People with a placement referred by an employment centre hired by then ("about 110 thousand"). */
    referred: 110_000,
    /** Of those, young at a referred hiring: "из них более 43 тыс." read as youth among the ~110,000. */
    youthAmongReferred: 43_600,
  },
  /** New people hired on the 2020 projects after LETTER_DAY, to the end of 2021: the crews of the
   *  works started late in the season and replacements on works that ran into 2021. About what
   *  the hiring curve of people.ts leaves after that day, so late starters keep their size. */
  laterHiresOn2020Projects: 8_800,
  /** Programme year 2021, entered, started and hired on in 2021 (not in the letter; of the order
   *  of a continuation season): ~226,000 people and 7,800 projects in all by the end of 2021. */
  continuation: { projects: 1_200, workers: 21_000, plannedTemporaryJobs: 27_000 },
  /** Shares for the people hired after LETTER_DAY, the same as the letter's on that day. */
  referredShare: 110_000 / 196_000,
  youthShareAmongReferred: 43_600 / 110_000,
  /** Youth among people hired directly by contractors (not stated anywhere; a plausible share). */
  youthShareAmongOthers: 0.3,
  /** Share of workers who worked on a second project after the first one ended. */
  secondPlacementShare: 0.012,
  /** By the demo's today (DEMO_TODAY): "more than 600" new objects, most of them of 2020. */
  objectsCommissioned: 612,
  commissionedShareOf2020: 0.9,
  permanentJobs: 15_200, // "15.2 thousand permanent jobs planned" (public figures)
  adjacentIndustryJobs: 104_000, // in the latest approved monthly reports (reports.ts)
  plannedTemporaryJobs: 255_000, // the initial plan of 255,000 jobs, for the 2020 projects
  budgetTenge: 1_000_000_000_000, // "about KZT 1 trillion", both programme years
} as const;

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

/** Targets of programme year 2021, the continuation: about what its projects deliver at scale 1
 *  (people hired on them, referred and young among those, objects commissioned and their
 *  permanent jobs: ~1,900). No adjacent-industry target: the regions report those jobs for the
 *  whole programme, cumulatively, not per programme year, so the letter's figure is their only target. */
export const CONTINUATION_TARGETS = {
  PROJECTS: DEMO_AIMS.continuation.projects,
  PEOPLE_EMPLOYED: DEMO_AIMS.continuation.workers,
  REFERRED_BY_EMPLOYMENT_CENTRES: roundTo(DEMO_AIMS.continuation.workers * DEMO_AIMS.referredShare, 100),
  YOUTH: roundTo(DEMO_AIMS.continuation.workers * DEMO_AIMS.referredShare * DEMO_AIMS.youthShareAmongReferred, 100),
  OBJECTS_COMMISSIONED: roundTo(DEMO_AIMS.objectsCommissioned * (1 - DEMO_AIMS.commissionedShareOf2020), 10),
  PERMANENT_JOBS: 1_800, // the 2021 objects are smaller than most of 2020's: about an eighth of the jobs
} as const satisfies Partial<Record<TargetMetric, number>>;

/** Order No. 55-р of 27.03.2020 started the programme; the first hires were in April 2020. */
export const FIRST_WORK_DAY = dayOf(2020, 4, 6);
export const LAST_HIRING_DAY = dayOf(2021, 12, 31);
/** The demo database describes the programme as of this day: December 2021 reports are due
 *  by 10 January 2022 (Order No. 55-р), so some are late, some still drafts. */
export const DEMO_TODAY = dayOf(2022, 1, 14);
export const FIRST_REPORT_MONTH = { y: 2020, m: 4 } as const;
export const LAST_REPORT_MONTH = { y: 2021, m: 12 } as const;
