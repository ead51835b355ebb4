// Status and dates of a demo project, consistent with each other and with the demo's "today":
// planned start ≤ planned end; actual start after the programme began (April 2020); completed
// and commissioned projects have an actual end before today; commissioning follows the end.
import type { ProjectStatus, WorkType } from "@/generated/prisma/enums";
import { dayOf } from "./days";
import { DEMO_TODAY, FIRST_WORK_DAY, LAST_HIRING_DAY } from "./figures";
import type { Random } from "./random";

export type Schedule = {
  status: ProjectStatus;
  plannedStart: number;
  plannedEnd: number;
  actualStart: number | null;
  actualEnd: number | null;
  commissionedAt: number | null;
  /** Days on which workers can be hired: [actualStart, hiringEnd]; null when works never started. */
  hiringEnd: number | null;
  createdDay: number;
};

type Year = 2020 | 2021;

// By 2022 nearly all 2020 works are done; 2021 works, especially construction, are partly open.
const STATUS_WEIGHTS: Record<Year, Record<WorkType, ReadonlyArray<readonly [ProjectStatus, number]>>> = {
  2020: {
    CURRENT_REPAIR: [["COMPLETED", 95], ["IN_PROGRESS", 3], ["SUSPENDED", 2]],
    CAPITAL_REPAIR: [["COMPLETED", 85], ["IN_PROGRESS", 11], ["SUSPENDED", 4]],
    NEW_CONSTRUCTION: [["IN_PROGRESS", 70], ["COMPLETED", 20], ["SUSPENDED", 10]],
  },
  2021: {
    CURRENT_REPAIR: [["COMPLETED", 80], ["IN_PROGRESS", 15], ["PLANNED", 3], ["SUSPENDED", 2]],
    CAPITAL_REPAIR: [["COMPLETED", 55], ["IN_PROGRESS", 38], ["PLANNED", 4], ["SUSPENDED", 3]],
    NEW_CONSTRUCTION: [["IN_PROGRESS", 80], ["PLANNED", 10], ["SUSPENDED", 5], ["COMPLETED", 5]],
  },
};

const START_WINDOW: Record<Year, [number, number]> = {
  2020: [dayOf(2020, 4, 10), dayOf(2020, 8, 31)],
  2021: [dayOf(2021, 3, 15), dayOf(2021, 8, 31)],
};

export function scheduleFor(year: Year, workType: WorkType, commissioned: boolean, rng: Random): Schedule {
  const status: ProjectStatus = commissioned ? "COMMISSIONED" : rng.weighted(STATUS_WEIGHTS[year][workType]);
  const [from, to] = START_WINDOW[year];
  const plannedStart = from + Math.floor((to - from) * rng.next() ** 1.4);
  const duration =
    workType === "CURRENT_REPAIR" ? rng.int(45, 120) : workType === "CAPITAL_REPAIR" ? rng.int(90, 240) : commissioned ? rng.int(150, 300) : rng.int(200, 480);
  const plannedEnd = plannedStart + duration;
  const createdDay = Math.max(year === 2020 ? dayOf(2020, 4, 1) : dayOf(2021, 2, 1), plannedStart - rng.int(7, 40));
  const base = { status, plannedStart, plannedEnd, createdDay };
  if (status === "PLANNED") return { ...base, actualStart: null, actualEnd: null, commissionedAt: null, hiringEnd: null };

  const actualStart = Math.min(Math.max(plannedStart + rng.int(-3, 25), FIRST_WORK_DAY), dayOf(2021, 12, 1));
  const actualDuration = Math.round(duration * rng.real(0.85, 1.3));
  switch (status) {
    case "COMPLETED": {
      const actualEnd = Math.max(Math.min(actualStart + actualDuration, DEMO_TODAY - rng.int(3, 20)), actualStart + 14);
      return { ...base, actualStart, actualEnd, commissionedAt: null, hiringEnd: Math.min(actualEnd, LAST_HIRING_DAY) };
    }
    case "COMMISSIONED": {
      const actualEnd = Math.max(Math.min(actualStart + actualDuration, DEMO_TODAY - rng.int(20, 60)), actualStart + 30);
      const commissionedAt = Math.max(Math.min(actualEnd + rng.int(5, 45), DEMO_TODAY - 1), actualEnd + 1);
      return { ...base, actualStart, actualEnd, commissionedAt, hiringEnd: Math.min(actualEnd, LAST_HIRING_DAY) };
    }
    case "SUSPENDED": {
      const hiringEnd = Math.min(actualStart + Math.round(actualDuration * rng.real(0.2, 0.6)), LAST_HIRING_DAY);
      return { ...base, actualStart, actualEnd: null, commissionedAt: null, hiringEnd };
    }
    default:
      return { ...base, actualStart, actualEnd: null, commissionedAt: null, hiringEnd: LAST_HIRING_DAY };
  }
}
