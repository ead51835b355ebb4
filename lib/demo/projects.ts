// Demo projects at scale 1: the seed letter's 6,600 of programme year 2020 and ~1,200 of the 2021
// continuation, each year spread over the regions in proportion to population, with ~612
// commissioned new objects (most of them of 2020), titles in Russian (Kazakh for a share), a settlement,
// coordinates inside the region, a contractor, planned jobs and a cost. Ids follow the date
// the project was registered, and codes read "DKZ-<programme year>-<KATO>-<number>".
import type { ProjectCategory, ProjectStatus, WorkType } from "@/generated/prisma/enums";
import type { RegionEntry } from "@/lib/regions/catalog";
import { apportion } from "./apportion";
import { type Contractor, ContractorRegistry } from "./contractors";
import { rawCostMillions, rawPermanentJobs, rawTemporaryJobs } from "./economics";
import { DEMO_AIMS } from "./figures";
import { Random } from "./random";
import { scheduleFor } from "./schedule";
import { SettlementPool } from "./settlements";
import { type ObjectKind, projectTitle } from "./titles";
import { REGION_FLAVOUR } from "./vocabulary/regionFlavour";
import { ROAD_INDEX_LETTER } from "./vocabulary/places";

export type DemoRegion = { id: number; entry: RegionEntry; districtIds: number[] };

export type DemoProject = {
  id: number;
  code: string;
  name: string;
  region: DemoRegion;
  districtId: number | null;
  districtRu: string | null;
  settlement: string;
  category: ProjectCategory;
  workType: WorkType;
  status: ProjectStatus;
  programmeYear: 2020 | 2021;
  plannedStart: number;
  plannedEnd: number;
  actualStart: number | null;
  actualEnd: number | null;
  commissionedAt: number | null;
  hiringEnd: number | null;
  createdDay: number;
  latitude: number;
  longitude: number;
  contractor: Contractor;
  kind: ObjectKind;
  plannedTemporaryJobs: number;
  plannedPermanentJobs: number;
  costTenge: number;
};

type Draft = Omit<DemoProject, "id" | "code"> & { rawCost: number; rawPermanent: number; order: number };

const CATEGORY_WEIGHTS = {
  NEW: [["SOCIAL", 50], ["COMMUNAL", 35], ["TRANSPORT", 15]],
  OTHER: [["SOCIAL", 38], ["COMMUNAL", 34], ["TRANSPORT", 28]],
} as const satisfies Record<string, ReadonlyArray<readonly [ProjectCategory, number]>>;

type ProgrammeYear = DemoProject["programmeYear"];

/** How many projects, and commissioned objects among them, each programme year has in each region. */
function projectsPerRegion(scale: number, populations: number[]): Array<{ year: ProgrammeYear; counts: number[]; commissioned: number[] }> {
  const commissioned = Math.round(DEMO_AIMS.objectsCommissioned * scale);
  const commissionedOf2020 = Math.round(commissioned * DEMO_AIMS.commissionedShareOf2020);
  return [
    { year: 2020, counts: apportion(Math.round(DEMO_AIMS.asOfLetter.projects * scale), populations), commissioned: apportion(commissionedOf2020, populations) },
    { year: 2021, counts: apportion(Math.round(DEMO_AIMS.continuation.projects * scale), populations), commissioned: apportion(commissioned - commissionedOf2020, populations) },
  ];
}

export function generateProjects(scale: number, regions: DemoRegion[]): DemoProject[] {
  const rng = new Random("projects");
  const contractors = new ContractorRegistry(new Random("contractors"));
  const years = projectsPerRegion(scale, regions.map((r) => r.entry.population));
  const drafts: Draft[] = [];

  regions.forEach((region, i) => {
    const total = years.reduce((n, y) => n + y.counts[i]!, 0);
    const pool = new SettlementPool(region.entry, total, new Random(`settlements/${region.entry.code}`));
    const contractorPool = contractors.poolFor(region.entry.code, Math.max(4, Math.ceil(total / 12)));
    const flavour = REGION_FLAVOUR[region.entry.code]!;
    for (const { year, counts, commissioned: commissionedPerRegion } of years) {
      const count = counts[i]!;
      const commissioned = Math.min(commissionedPerRegion[i]!, count);
      const newConstruction = Math.min(count, Math.max(commissioned + Math.round(count * 0.05), Math.round(count * 0.155)));
      for (let k = 0; k < count; k++) {
        drafts.push(draftProject(region, pool, contractorPool, flavour.kazakhTitles, year, k < newConstruction, k < commissioned, rng));
      }
    }
  });

  drafts.sort((a, b) => a.createdDay - b.createdDay || a.order - b.order);
  return finalise(drafts, scale);
}

function draftProject(
  region: DemoRegion,
  pool: SettlementPool,
  contractorPool: Contractor[],
  kazakhTitles: number,
  programmeYear: ProgrammeYear,
  isNew: boolean,
  isCommissioned: boolean,
  rng: Random,
): Draft {
  const workType: WorkType = isNew ? "NEW_CONSTRUCTION" : rng.chance(0.47) ? "CAPITAL_REPAIR" : "CURRENT_REPAIR";
  const category = rng.weighted(isNew ? CATEGORY_WEIGHTS.NEW : CATEGORY_WEIGHTS.OTHER);
  const schedule = scheduleFor(programmeYear, workType, isCommissioned, rng);
  const settlement = pool.next();
  const district = settlement.districtIndex === null ? null : region.entry.districts[settlement.districtIndex]!;
  const title = projectTitle(
    category,
    workType,
    {
      place: settlement.place,
      region: region.entry,
      district,
      centre: [region.entry.centreRu, region.entry.centreKk],
      districtCentre: district && !region.entry.isCity ? [district.centreRu, district.centreKk] : null,
      roadIndex: ROAD_INDEX_LETTER[region.entry.code] ? `K${ROAD_INDEX_LETTER[region.entry.code]}` : null,
      rng,
    },
    rng.chance(kazakhTitles),
  );
  const [latitude, longitude] = pool.pointFor(settlement);
  const rawCost = rawCostMillions(workType, title.kind, title.size, (median) => rng.logNormal(median, 0.45));
  return {
    name: title.name,
    region,
    districtId: settlement.districtIndex === null ? null : region.districtIds[settlement.districtIndex]!,
    districtRu: district?.nameRu ?? null,
    settlement: settlement.place.settlement,
    category,
    workType,
    programmeYear,
    ...schedule,
    latitude,
    longitude,
    contractor: rng.pick(contractorPool),
    kind: title.kind,
    plannedTemporaryJobs: rawTemporaryJobs(rawCost) * rng.real(0.8, 1.25),
    plannedPermanentJobs: 0,
    costTenge: 0,
    rawCost,
    rawPermanent: workType === "NEW_CONSTRUCTION" ? rawPermanentJobs(title.kind, title.size) * rng.real(0.8, 1.2) : 0,
    order: rng.next(),
  };
}

/** Ids, codes, and money and jobs scaled to the programme's totals. */
function finalise(drafts: Draft[], scale: number): DemoProject[] {
  const costFactor = (DEMO_AIMS.budgetTenge * scale) / sum(drafts.map((d) => d.rawCost * 1e6));
  const jobsFactor = plannedJobsFactors(drafts, scale);
  const permanentFactor = (DEMO_AIMS.permanentJobs * scale) / Math.max(1, sum(drafts.filter((d) => d.status === "COMMISSIONED").map((d) => d.rawPermanent)));
  const sequence = new Map<string, number>();
  return drafts.map((draft, index) => {
    const key = `${draft.programmeYear}-${draft.region.entry.code}`;
    const number = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, number);
    const { rawCost, rawPermanent, order, ...project } = draft;
    void order;
    return {
      ...project,
      id: index + 1,
      code: `DKZ-${key}-${String(number).padStart(5, "0")}`,
      costTenge: Math.max(1000, Math.round((rawCost * 1e6 * costFactor) / 1000) * 1000),
      plannedTemporaryJobs: Math.max(3, Math.round(draft.plannedTemporaryJobs * jobsFactor[draft.programmeYear])),
      plannedPermanentJobs: rawPermanent > 0 ? Math.max(1, Math.round(rawPermanent * permanentFactor)) : 0,
    };
  });
}

/** Each programme year's planned temporary jobs add up to its own plan: 2020's initial 255,000, 2021's continuation. */
function plannedJobsFactors(drafts: Draft[], scale: number): Record<ProgrammeYear, number> {
  const planned = (year: ProgrammeYear) => sum(drafts.filter((d) => d.programmeYear === year).map((d) => d.plannedTemporaryJobs));
  return {
    2020: (DEMO_AIMS.plannedTemporaryJobs * scale) / Math.max(1, planned(2020)),
    2021: (DEMO_AIMS.continuation.plannedTemporaryJobs * scale) / Math.max(1, planned(2021)),
  };
}

const sum = (values: number[]) => values.reduce((acc, v) => acc + v, 0);
