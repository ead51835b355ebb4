// Snapshot figures: the versioned, strict JSON shape (nothing but aggregates may be stored), the
// report "as of" a snapshot for the country or a region, and the comparison of two snapshots.
import { describe, expect, it } from "vitest";
import { compareSnapshots } from "@/lib/snapshots/compare";
import { headlineOf, reportOfSnapshot } from "@/lib/snapshots/report";
import { snapshotFiguresSchema, type FullScope, type SnapshotFigures } from "@/lib/snapshots/schema";

function scope(people: number, extra: Partial<FullScope> = {}): FullScope {
  return {
    projects: 10,
    projectsByStatus: { PLANNED: 1, IN_PROGRESS: 5, COMPLETED: 2, COMMISSIONED: 2, SUSPENDED: 0 },
    peopleEmployed: people,
    referred: Math.floor(people / 2),
    youth: Math.floor(people / 3),
    youthReferred: Math.floor(people / 5),
    placements: people + 3,
    commissioned: 2,
    permanentJobs: 7,
    permanentJobsFilled: 4,
    plannedTemporaryJobs: 120,
    plannedPermanentJobs: 9,
    adjacentIndustryJobs: 40,
    allocated: 1_000_000.5,
    disbursed: 250_000.25,
    targets: { year: 2020, values: { PEOPLE_EMPLOYED: 200, YOUTH: 30 } },
    projectsByWorkType: { NEW_CONSTRUCTION: 2, CAPITAL_REPAIR: 3, CURRENT_REPAIR: 5 },
    projectsByCategory: { SOCIAL: 4, COMMUNAL: 3, TRANSPORT: 3 },
    series: [{ month: "2020-04", hires: 3, newPeople: 3, peopleEmployed: 3, referred: 1, youth: 1, youthReferred: 0, projectsStarted: 1, projectsCompleted: 0, projectsCommissioned: 0, permanentJobs: 0 }],
    ...extra,
  };
}

const region = (regionId: number, code: string, people: number) => ({ regionId, code, nameRu: `Регион ${code}`, nameKk: `Өңір ${code}`, nameEn: `Region ${code}`, ...scope(people) });

const earlier: SnapshotFigures = {
  version: 1,
  asOf: "2021-06-01T05:00:00.000Z",
  national: scope(150),
  regions: [region(1, "11", 100), region(2, "35", 50)],
};
const later: SnapshotFigures = {
  version: 1,
  asOf: "2021-07-01T05:00:00.000Z",
  national: scope(180, { allocated: 1_000_100.75 }),
  regions: [region(1, "11", 110), region(2, "35", 50), region(3, "71", 20)],
};

describe("snapshot JSON", () => {
  it("round-trips through JSON and the schema unchanged", () => {
    expect(snapshotFiguresSchema.parse(JSON.parse(JSON.stringify(later)))).toEqual(later);
  });

  it("refuses an unknown version, a missing figure and any field beyond the aggregates", () => {
    expect(snapshotFiguresSchema.safeParse({ ...later, version: 2 }).success).toBe(false);
    const { peopleEmployed: _dropped, ...missing } = later.national;
    expect(snapshotFiguresSchema.safeParse({ ...later, national: missing }).success).toBe(false);
    // A worker's IIN or name smuggled into a region row must not be stored.
    const leaky = { ...later, regions: [{ ...later.regions[0], workers: [{ iin: "900101300123", fullName: "Иванов" }] }] };
    expect(snapshotFiguresSchema.safeParse(leaky).success).toBe(false);
    expect(snapshotFiguresSchema.safeParse({ ...later, authorEmail: "analyst@roadmap.demo" }).success).toBe(false);
  });
});

describe("report as of a snapshot", () => {
  it("opens the country, or a region by KATO code, with all regions in the table", () => {
    const country = reportOfSnapshot(later, null)!;
    expect(country.region).toBeNull();
    expect(country.scope.peopleEmployed).toBe(180);
    expect(country.asOf.toISOString()).toBe("2021-07-01T05:00:00.000Z");
    expect(country.regions.map((r) => r.code)).toEqual(["11", "35", "71"]);
    expect(country.regions[0]).not.toHaveProperty("series");

    const akmola = reportOfSnapshot(later, "11")!;
    expect(akmola.region).toEqual({ regionId: 1, code: "11", nameRu: "Регион 11", nameKk: "Өңір 11", nameEn: "Region 11" });
    expect(akmola.scope.peopleEmployed).toBe(110);
    expect(akmola.scope).not.toHaveProperty("code");
    expect(reportOfSnapshot(later, "99")).toBeNull();
  });

  it("measures figures against the targets of the snapshot", () => {
    const rows = headlineOf(later.national);
    expect(rows.find((r) => r.key === "peopleEmployed")).toEqual({ key: "peopleEmployed", value: 180, target: 200, percent: 90 });
    expect(rows.find((r) => r.key === "youthReferred")).toEqual({ key: "youthReferred", value: 36, target: 30, percent: 120 });
    expect(rows.find((r) => r.key === "projects")).toEqual({ key: "projects", value: 10, target: null, percent: null });
  });
});

describe("comparison of two snapshots", () => {
  it("gives the change per figure for the country", () => {
    const { national } = compareSnapshots(earlier, later);
    expect(national.peopleEmployed).toEqual({ from: 150, to: 180, change: 30 });
    expect(national.projects).toEqual({ from: 10, to: 10, change: 0 });
    expect(national.allocated).toEqual({ from: 1_000_000.5, to: 1_000_100.75, change: 100.25 });
  });

  it("gives the change per region, matched by code, with a new region's 'before' empty", () => {
    const { regions } = compareSnapshots(earlier, later);
    expect(regions.map((r) => r.region.code)).toEqual(["11", "35", "71"]);
    expect(regions[0]!.figures.peopleEmployed).toEqual({ from: 100, to: 110, change: 10 });
    expect(regions[1]!.figures.peopleEmployed.change).toBe(0);
    expect(regions[2]!.figures.peopleEmployed).toEqual({ from: null, to: 20, change: null });
    expect(compareSnapshots(later, earlier).regions[2]!.figures.peopleEmployed).toEqual({ from: 20, to: null, change: null });
  });
});
