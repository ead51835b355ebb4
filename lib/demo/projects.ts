// Demo projects: about 6,600 at scale 1, spread over the regions in proportion to population,
// with ~612 commissioned new objects, titles in Russian (Kazakh for a share), a settlement,
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

export function generateProjects(scale: number, regions: DemoRegion[]): DemoProject[] {
  const rng = new Random("projects");
  const contractors = new ContractorRegistry(new Random("contractors"));
  const populations = regions.map((r) => r.entry.population);
  const perRegion = apportion(Math.round(DEMO_AIMS.projects * scale), populations);
  const commissionedPerRegion = apportion(Math.round(DEMO_AIMS.objectsCommissioned * scale), populations);
  const drafts: Draft[] = [];

  regions.forEach((region, i) => {
    const count = perRegion[i]!;
    const commissioned = Math.min(commissionedPerRegion[i]!, count);
    const newConstruction = Math.min(count, Math.max(commissioned + Math.round(count * 0.05), Math.round(count * 0.155)));
    const pool = new SettlementPool(region.entry, count, new Random(`settlements/${region.entry.code}`));
    const contractorPool = contractors.poolFor(region.entry.code, Math.max(4, Math.ceil(count / 12)));
    const flavour = REGION_FLAVOUR[region.entry.code]!;
    for (let k = 0; k < count; k++) {
      const isNew = k < newConstruction;
      const isCommissioned = k < commissioned;
      drafts.push(draftProject(region, pool, contractorPool, flavour.kazakhTitles, isNew, isCommissioned, rng));
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
  isNew: boolean,
  isCommissioned: boolean,
  rng: Random,
): Draft {
  const workType: WorkType = isNew ? "NEW_CONSTRUCTION" : rng.chance(0.47) ? "CAPITAL_REPAIR" : "CURRENT_REPAIR";
  const category = rng.weighted(isNew ? CATEGORY_WEIGHTS.NEW : CATEGORY_WEIGHTS.OTHER);
  const programmeYear = rng.chance(isCommissioned ? 0.9 : 0.76) ? 2020 : 2021;
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
  const jobsFactor = (DEMO_AIMS.plannedTemporaryJobs * scale) / sum(drafts.map((d) => d.plannedTemporaryJobs));
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
      plannedTemporaryJobs: Math.max(3, Math.round(draft.plannedTemporaryJobs * jobsFactor)),
      plannedPermanentJobs: rawPermanent > 0 ? Math.max(1, Math.round(rawPermanent * permanentFactor)) : 0,
    };
  });
}

const sum = (values: number[]) => values.reduce((acc, v) => acc + v, 0);
