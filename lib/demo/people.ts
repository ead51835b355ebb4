// Workers and their placements, ~226,000 people at scale 1 (~2.3 million at scale 10): kept in
// typed arrays rather than objects, so that scale 10 fits in memory and generates in seconds.
// Each person gets a valid IIN whose birth date and sex are theirs, a name that matches the
// sex, and placements hired from April 2020 to December 2021 within the project's works; a few
// people work on a second project after the first one ended (never overlapping).
// The seed letter's people are those hired on or before its day (LETTER_DAY): exactly as many
// as it says, with exactly its referred and young among them; the rest are hired after it, on
// the 2020 projects still hiring and on the 2021 continuation.
import { isYouthAt, makeIin } from "@/lib/iin";
import { apportion } from "./apportion";
import { birthDayFor } from "./ages";
import { partsOfDay } from "./days";
import { DEMO_AIMS, DEMO_TODAY, LAST_HIRING_DAY, LETTER_DAY } from "./figures";
import type { DemoProject } from "./projects";
import { Random } from "./random";
import { pickName, type NameStyle } from "./workerNames";
import { POSITIONS } from "./vocabulary/people";

export const REFERRED = 1;
export const UNEMPLOYED = 2;
export const YOUTH = 4;
export const NO_DAY = -1;

export type People = {
  workerCount: number;
  birthDay: Int32Array;
  female: Uint8Array;
  serial: Uint16Array;
  nameStyle: Uint8Array;
  surname: Uint8Array;
  given: Uint8Array;
  patronymic: Uint8Array;
  firstHire: Int32Array;
  placementCount: number;
  worker: Int32Array; // worker id (1-based)
  project: Int32Array; // project index (0-based)
  hired: Int32Array;
  ended: Int32Array; // NO_DAY while the person still works there
  position: Uint8Array;
  flags: Uint8Array; // REFERRED | UNEMPLOYED | YOUTH
  /** Placements of the people first hired on project i: [homeStart[i], homeStart[i] + homeCount[i]). */
  homeStart: Int32Array;
  homeCount: Int32Array;
};

const FILL: Record<string, number> = { PLANNED: 0, SUSPENDED: 0.45, IN_PROGRESS: 0.75, COMPLETED: 0.85, COMMISSIONED: 0.85 };
// Fewer people start on building sites in winter.
const MONTH_WEIGHT = [0.35, 0.35, 0.7, 1, 1, 1, 1, 1, 1, 1, 0.8, 0.4];
const POSITION_WEIGHTS = POSITIONS.map(([, w]) => w);

export function generatePeople(scale: number, projects: DemoProject[]): People {
  const rng = new Random("people");
  const plan = hiringPlan(scale, projects, rng);
  const workerCount = plan.workerCount;
  const secondTarget = Math.round(workerCount * DEMO_AIMS.secondPlacementShare);
  const capacity = workerCount + secondTarget;
  const people: People = {
    workerCount,
    birthDay: new Int32Array(workerCount), female: new Uint8Array(workerCount), serial: new Uint16Array(workerCount),
    nameStyle: new Uint8Array(workerCount), surname: new Uint8Array(workerCount), given: new Uint8Array(workerCount),
    patronymic: new Uint8Array(workerCount), firstHire: new Int32Array(workerCount),
    placementCount: 0,
    worker: new Int32Array(capacity), project: new Int32Array(capacity), hired: new Int32Array(capacity),
    ended: new Int32Array(capacity), position: new Uint8Array(capacity), flags: new Uint8Array(capacity),
    homeStart: new Int32Array(projects.length), homeCount: new Int32Array(projects.length),
  };
  const serials = new Map<number, number>();
  const byRegion = activeProjectsByRegion(projects);
  const seconds: number[] = []; // [workerIndex, projectIndex, hired, ended, position, flags] flattened
  // The letter's referred and young are exact: drawn as quotas over the people hired by its day.
  const aims = DEMO_AIMS.asOfLetter;
  const referredByLetter = new Quota(Math.round(aims.referred * scale), plan.byLetterTotal, rng);
  const youthByLetter = new Quota(Math.round(aims.youthAmongReferred * scale), referredByLetter.yesCount, rng);
  let workerIndex = 0;

  projects.forEach((project, projectIndex) => {
    people.homeStart[projectIndex] = people.placementCount;
    people.homeCount[projectIndex] = plan.byLetter[projectIndex]! + plan.later[projectIndex]!;
    for (let k = 0; k < people.homeCount[projectIndex]!; k++, workerIndex++) {
      const byLetter = k < plan.byLetter[projectIndex]!;
      const hired = hireDay(plan.curves[projectIndex]!, byLetter, rng);
      const ended = endDay(project, hired, rng);
      const referred = byLetter ? referredByLetter.take() : rng.chance(DEMO_AIMS.referredShare);
      const young = referred && byLetter ? youthByLetter.take() : rng.chance(referred ? DEMO_AIMS.youthShareAmongReferred : DEMO_AIMS.youthShareAmongOthers);
      const femaleShare = project.category === "SOCIAL" && project.workType === "CURRENT_REPAIR" ? 0.35 : 0.2;
      const female = rng.chance(femaleShare);
      const birthDay = birthDayFor(hired, young, rng);
      people.birthDay[workerIndex] = birthDay;
      people.female[workerIndex] = female ? 1 : 0;
      people.serial[workerIndex] = nextSerial(serials, birthDay, female, rng);
      const name = pickName(project.region.entry.code, female, rng);
      people.nameStyle[workerIndex] = name.style satisfies NameStyle;
      people.surname[workerIndex] = name.surname;
      people.given[workerIndex] = name.given;
      people.patronymic[workerIndex] = name.patronymic;
      people.firstHire[workerIndex] = hired;
      const baseFlags = (referred ? REFERRED | UNEMPLOYED : rng.chance(0.25) ? UNEMPLOYED : 0);
      const position = positionFor(project, rng);
      push(people, workerIndex + 1, projectIndex, hired, ended, position, baseFlags | youthFlag(birthDay, hired));

      // A second project for a few people, after the first one ended, in the same region.
      if (ended !== NO_DAY && seconds.length / 6 < secondTarget && rng.chance(DEMO_AIMS.secondPlacementShare * 1.6)) {
        const next = secondProject(byRegion.get(project.region.id)!, projects, projectIndex, ended, rng);
        if (next) {
          const [nextIndex, nextHired] = next;
          const nextEnded = endDay(projects[nextIndex]!, nextHired, rng);
          seconds.push(workerIndex + 1, nextIndex, nextHired, nextEnded, positionFor(projects[nextIndex]!, rng), baseFlags | youthFlag(birthDay, nextHired));
        }
      }
    }
  });
  for (let i = 0; i < seconds.length; i += 6) push(people, seconds[i]!, seconds[i + 1]!, seconds[i + 2]!, seconds[i + 3]!, seconds[i + 4]!, seconds[i + 5]!);
  return people;
}

/** Exactly `wanted` yes answers over `asked` questions, spread at random (selection sampling). */
class Quota {
  private wanted: number;

  constructor(wanted: number, private asked: number, private readonly rng: Random) {
    this.wanted = Math.min(wanted, asked);
  }

  /** How many of the questions get a yes. */
  get yesCount(): number {
    return this.wanted;
  }

  take(): boolean {
    const yes = this.rng.next() * this.asked < this.wanted;
    this.asked--;
    if (yes) this.wanted--;
    return yes;
  }
}

type HiringPlan = {
  workerCount: number;
  byLetterTotal: number;
  /** People first hired on project i on or before LETTER_DAY, and after it. */
  byLetter: Int32Array;
  later: Int32Array;
  curves: Array<HiringCurve | null>;
};

/**
 * How many people each project hires, by the letter's day and after: the letter's people spread
 * over the 2020 projects by what each has hired by then, the later ones over what each hires
 * after, and the continuation's over the 2021 projects. A project's size follows its planned jobs.
 */
function hiringPlan(scale: number, projects: DemoProject[], rng: Random): HiringPlan {
  const size = projects.map((p) => p.plannedTemporaryJobs * FILL[p.status]! * rng.real(0.7, 1.1));
  const curves = projects.map(hiringCurve);
  const hiredBy = curves.map((curve) => (curve === null ? 0 : shareHiredByLetter(curve)));
  const of2020 = (i: number) => projects[i]!.programmeYear === 2020;
  const byLetter = spread(Math.round(DEMO_AIMS.asOfLetter.workers * scale), size.map((w, i) => (of2020(i) ? w * hiredBy[i]! : 0)));
  const laterOn2020 = spread(Math.round(DEMO_AIMS.laterHiresOn2020Projects * scale), size.map((w, i) => (of2020(i) ? w * (1 - hiredBy[i]!) : 0)));
  const on2021 = spread(Math.round(DEMO_AIMS.continuation.workers * scale), size.map((w, i) => (of2020(i) ? 0 : w)));
  const later = laterOn2020.map((n, i) => n + on2021[i]!);
  const byLetterTotal = sum(byLetter);
  return { workerCount: byLetterTotal + sum(later), byLetterTotal, byLetter: Int32Array.from(byLetter), later: Int32Array.from(later), curves };
}

/** Apportioned by weight; nobody where no project can take anyone (a very small scale). */
function spread(total: number, weights: number[]): number[] {
  return weights.some((w) => w > 0) ? apportion(total, weights) : weights.map(() => 0);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

// When a project's people are hired: most of its crew in its first weeks (an anti-crisis
// programme hires at once), and a few replacements at any time while it hires.
const CREW_SHARE = 0.96;
const CREW_SKEW = 1.6;
const CREW_DAYS: Record<DemoProject["workType"], number> = { CURRENT_REPAIR: 30, CAPITAL_REPAIR: 45, NEW_CONSTRUCTION: 60 };

type HiringCurve = { start: number; crewDays: number; allDays: number; crewByLetter: number; restByLetter: number };

function hiringCurve(project: DemoProject): HiringCurve | null {
  if (project.actualStart === null || project.hiringEnd === null) return null;
  const start = project.actualStart;
  const allDays = Math.max(1, project.hiringEnd - start + 1);
  const crewDays = Math.min(allDays, CREW_DAYS[project.workType]);
  const daysByLetter = Math.max(0, LETTER_DAY - start + 1);
  return { start, crewDays, allDays, crewByLetter: Math.min(1, (daysByLetter / crewDays) ** (1 / CREW_SKEW)), restByLetter: Math.min(1, daysByLetter / allDays) };
}

/** Share of a project's people hired on or before the letter's day. */
function shareHiredByLetter(curve: HiringCurve): number {
  return CREW_SHARE * curve.crewByLetter + (1 - CREW_SHARE) * curve.restByLetter;
}

/** A hiring day on the curve, on or before the letter's day or after it; fewer in winter. */
function hireDay(curve: HiringCurve | null, byLetter: boolean, rng: Random): number {
  if (curve === null) throw new RangeError("no one is hired on works that never started");
  // The part of each component's quantiles that falls on this side of the letter's day.
  const crewFrom = byLetter ? 0 : curve.crewByLetter, crewTo = byLetter ? curve.crewByLetter : 1;
  const restFrom = byLetter ? 0 : curve.restByLetter, restTo = byLetter ? curve.restByLetter : 1;
  const crewWeight = CREW_SHARE * (crewTo - crewFrom);
  const restWeight = (1 - CREW_SHARE) * (restTo - restFrom);
  let day = curve.start;
  for (let attempt = 0; attempt < 6; attempt++) {
    day = rng.next() * (crewWeight + restWeight) < crewWeight
      ? curve.start + Math.floor(curve.crewDays * (crewFrom + (crewTo - crewFrom) * rng.next()) ** CREW_SKEW)
      : curve.start + Math.floor(curve.allDays * (restFrom + (restTo - restFrom) * rng.next()));
    if (rng.chance(MONTH_WEIGHT[partsOfDay(day).m - 1]!)) break;
  }
  // Rounding at the boundary must not move a hiring across the letter's day.
  return byLetter ? Math.min(day, LETTER_DAY) : Math.max(day, LETTER_DAY + 1);
}

function push(people: People, worker: number, project: number, hired: number, ended: number, position: number, flags: number) {
  const i = people.placementCount++;
  people.worker[i] = worker;
  people.project[i] = project;
  people.hired[i] = hired;
  people.ended[i] = ended;
  people.position[i] = position;
  people.flags[i] = flags;
}

/** Youth at hiring is computed by the same rule the portal applies (lib/iin). */
function youthFlag(birthDay: number, hired: number): number {
  return isYouthAt(partsOfDay(birthDay), partsOfDay(hired)) ? YOUTH : 0;
}

/** A stint of a few weeks to a few months, ending with the works at the latest; open if still on site. */
function endDay(project: DemoProject, hired: number, rng: Random): number {
  const stint = project.workType === "CURRENT_REPAIR" ? rng.int(20, 90) : rng.int(30, 180);
  let ended = hired + stint;
  if (project.actualEnd !== null) ended = Math.min(ended, project.actualEnd);
  else if (project.status === "SUSPENDED") ended = Math.min(ended, project.hiringEnd! + rng.int(0, 10));
  if (ended >= DEMO_TODAY) return NO_DAY;
  return Math.max(ended, hired);
}

function nextSerial(serials: Map<number, number>, birthDay: number, female: boolean, rng: Random): number {
  const key = birthDay * 2 + (female ? 1 : 0);
  let serial = serials.get(key) ?? rng.int(0, 4999);
  const birth = partsOfDay(birthDay);
  // Serials whose 11 digits have no check digit are never issued (lib/iin makeIin → null).
  while (makeIin(birth, female ? "FEMALE" : "MALE", serial) === null) serial++;
  if (serial > 9999) throw new Error("IIN serials exhausted for one birth date: lower the scale");
  serials.set(key, serial + 1);
  return serial;
}

function positionFor(project: DemoProject, rng: Random): number {
  if (project.category === "TRANSPORT" && rng.chance(0.4)) return POSITIONS.findIndex(([name]) => name === "Дорожный рабочий");
  return rng.weightedIndex(POSITION_WEIGHTS);
}

function activeProjectsByRegion(projects: DemoProject[]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  projects.forEach((p, i) => {
    if (p.hiringEnd === null) return;
    const list = map.get(p.region.id) ?? [];
    list.push(i);
    map.set(p.region.id, list);
  });
  return map;
}

function secondProject(candidates: number[], projects: DemoProject[], home: number, ended: number, rng: Random): [number, number] | null {
  for (let attempt = 0; attempt < 6; attempt++) {
    const index = rng.pick(candidates);
    const candidate = projects[index]!;
    if (index === home || candidate.hiringEnd! <= ended + 7) continue;
    const hired = Math.max(candidate.actualStart!, ended + rng.int(7, 45));
    if (hired <= candidate.hiringEnd! && hired <= LAST_HIRING_DAY) return [index, hired];
  }
  return null;
}
