// The demo data set, generated deterministically from the scale alone: the same scale gives
// the same rows, ids and names on every machine. At scale 1 the records dated by the seed
// letter's day (30.09.2020) give its figures, and the 2021 continuation follows (figures.ts);
// `--scale 10` gives the benchmark's ~78,000 projects and ~2.3 million placements.
import { REGIONS } from "@/lib/regions/catalog";
import { DEMO_ACCOUNTS, type DemoAccount } from "./accounts";
import { LETTER_DAY } from "./figures";
import { generateFunding, type FundingPlan } from "./funding";
import { generatePeople, type People, REFERRED, YOUTH } from "./people";
import { generatePermanentJobs, type PermanentJobRow } from "./permanentJobs";
import { type DemoProject, type DemoRegion, generateProjects } from "./projects";
import { generateReports, type ReportRow } from "./reports";
import { generateTargets, type TargetRow } from "./targets";

export const MAX_SCALE = 40;

export type DemoUser = DemoAccount & { id: number; regionId: number | null };

export type DemoData = {
  scale: number;
  regions: DemoRegion[];
  users: DemoUser[];
  projects: DemoProject[];
  funding: FundingPlan;
  people: People;
  permanentJobs: PermanentJobRow[];
  targets: TargetRow[];
  reports: ReportRow[];
};

export type DemoSummary = {
  projects: number;
  workers: number;
  placements: number;
  referred: number;
  youthAmongReferred: number;
  youthAmongAll: number;
  workersWithTwoPlacements: number;
  objectsCommissioned: number;
  permanentJobs: number;
  permanentJobsFilled: number;
  adjacentIndustryJobs: number;
  allocatedTenge: number;
  disbursedTenge: number;
  overspentFundingRows: number;
  /** What the records dated on or before the seed letter's day (LETTER_DAY) give. */
  asOfLetter: LetterFigures;
};

/** The seed letter's figures: 2020 projects entered (and started) and distinct people hired by its day. */
export type LetterFigures = { projects: number; projectsStarted: number; workers: number; referred: number; youthAmongReferred: number };

export function assertScale(scale: number): void {
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
    throw new RangeError(`scale must be a number above 0 and at most ${MAX_SCALE}, not ${scale}`);
  }
}

export function generateDemo(scale: number): DemoData {
  assertScale(scale);
  let districtId = 0;
  const regions: DemoRegion[] = REGIONS.map((entry, i) => ({ id: i + 1, entry, districtIds: entry.districts.map(() => ++districtId) }));
  const regionIdByCode = new Map(regions.map((r) => [r.entry.code, r.id]));
  const users: DemoUser[] = DEMO_ACCOUNTS.map((account, i) => ({
    ...account,
    id: i + 1,
    regionId: account.regionCode === null ? null : regionIdByCode.get(account.regionCode)!,
  }));
  const projects = generateProjects(scale, regions);
  const people = generatePeople(scale, projects);
  const permanentJobs = generatePermanentJobs(scale, projects, people);
  const funding = generateFunding(projects);
  const analyst = users.find((u) => u.role === "ANALYST")!;
  const akimatByRegionId = new Map(users.filter((u) => u.role === "AKIMAT").map((u) => [u.regionId!, u.id]));
  const reports = generateReports(scale, regions, { analystId: analyst.id, akimatByRegionId });
  return { scale, regions, users, projects, funding, people, permanentJobs, targets: generateTargets(regions), reports };
}

/** The headline figures of a generated data set, counted the way the dashboard counts them. */
export function summarise(data: DemoData): DemoSummary {
  const { people } = data;
  const referred = new Uint8Array(people.workerCount + 1);
  const placementsPerWorker = new Uint8Array(people.workerCount + 1);
  for (let i = 0; i < people.placementCount; i++) {
    const worker = people.worker[i]!;
    const flags = people.flags[i]!;
    placementsPerWorker[worker]! += 1;
    // bit 1: referred; bit 2: young at a referred hiring; bit 4: young at any hiring
    if (flags & REFERRED) referred[worker]! |= 1 | (flags & YOUTH ? 2 : 0);
    if (flags & YOUTH) referred[worker]! |= 4;
  }
  let referredCount = 0, youthReferred = 0, youthAll = 0, twice = 0;
  for (let w = 1; w <= people.workerCount; w++) {
    const bits = referred[w]!;
    if (bits & 1) referredCount++;
    if (bits & 2) youthReferred++;
    if (bits & 4) youthAll++;
    if (placementsPerWorker[w]! > 1) twice++;
  }
  const latestByRegion = new Map<number, number>();
  for (const report of data.reports) if (report.status === "APPROVED") latestByRegion.set(report.regionId, report.adjacentIndustryJobs);
  return {
    projects: data.projects.length,
    workers: people.workerCount,
    placements: people.placementCount,
    referred: referredCount,
    youthAmongReferred: youthReferred,
    youthAmongAll: youthAll,
    workersWithTwoPlacements: twice,
    objectsCommissioned: data.projects.filter((p) => p.status === "COMMISSIONED").length,
    permanentJobs: data.permanentJobs.length,
    permanentJobsFilled: data.permanentJobs.filter((j) => j.filled).length,
    adjacentIndustryJobs: [...latestByRegion.values()].reduce((a, b) => a + b, 0),
    allocatedTenge: data.funding.rows.reduce((a, r) => a + r.allocated, 0),
    disbursedTenge: data.funding.rows.reduce((a, r) => a + r.disbursed, 0),
    overspentFundingRows: data.funding.overspent.length,
    asOfLetter: letterFigures(data),
  };
}

/** Counted as a deputy would count them on the letter's day: only what was recorded by then. */
function letterFigures({ projects, people }: DemoData): LetterFigures {
  const of2020 = projects.filter((p) => p.programmeYear === 2020 && p.createdDay <= LETTER_DAY);
  // bit 1: hired by then; bit 2: on a referred placement; bit 4: young on a referred placement
  const bits = new Uint8Array(people.workerCount + 1);
  for (let i = 0; i < people.placementCount; i++) {
    if (people.hired[i]! > LETTER_DAY) continue;
    const flags = people.flags[i]!;
    bits[people.worker[i]!]! |= 1 | (flags & REFERRED ? 2 | (flags & YOUTH ? 4 : 0) : 0);
  }
  let workers = 0, referred = 0, youthAmongReferred = 0;
  for (const b of bits) {
    if (b & 1) workers++;
    if (b & 2) referred++;
    if (b & 4) youthAmongReferred++;
  }
  const projectsStarted = of2020.filter((p) => p.actualStart !== null && p.actualStart <= LETTER_DAY).length;
  return { projects: of2020.length, projectsStarted, workers, referred, youthAmongReferred };
}
