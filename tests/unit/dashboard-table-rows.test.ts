import { describe, expect, it } from "vitest";
import type { Figures } from "@/lib/summary/schema";
import { parseSort, placeRow, sortRows, type PlaceRow } from "@/lib/dashboard/table-rows";

function figures(peopleEmployed: number, adjacent: number | null = 10): Figures {
  const funding = { projects: 0, allocated: 0, disbursed: 0 };
  return {
    projects: 5,
    projectsByStatus: { PLANNED: 0, IN_PROGRESS: 5, COMPLETED: 0, COMMISSIONED: 0, SUSPENDED: 0 },
    peopleEmployed,
    referred: 40,
    youth: 20,
    youthReferred: 10,
    placements: peopleEmployed,
    commissioned: 1,
    permanentJobs: 7,
    permanentJobsFilled: 3,
    plannedTemporaryJobs: 0,
    plannedPermanentJobs: 0,
    funding: { REPUBLICAN_BUDGET: funding, LOCAL_BUDGET: funding, BOND_LOANS: funding, OTHER: funding },
    allocated: 0,
    disbursed: 0,
    adjacentIndustryJobs: adjacent,
  };
}

const targets = [
  { metric: "PEOPLE_EMPLOYED" as const, programmeYear: 2020, value: 200 },
  { metric: "YOUTH" as const, programmeYear: 2020, value: 40 },
];

describe("placeRow", () => {
  it("pairs each figure with the place's target and the whole percent done", () => {
    const row = placeRow({ id: 1, code: "11", name: "Акмолинская область" }, figures(150), targets);
    expect(row.values.peopleEmployed).toBe(150);
    expect(row.targets.peopleEmployed).toBe(200);
    expect(row.percents.peopleEmployed).toBe(75);
    expect(row.values.youthAmongReferred).toBe(10);
    expect(row.percents.youthAmongReferred).toBe(25);
    expect(row.percents.youthAmongAll).toBeNull(); // youth among all is not measured against the target
    expect(row.percents.projects).toBeNull();
  });

  it("has no targets for a programme year that has none", () => {
    const row = placeRow({ id: 1, code: "11", name: "A" }, figures(150), targets, 2021);
    expect(row.targets.peopleEmployed).toBeNull();
    expect(row.percents.peopleEmployed).toBeNull();
  });
});

describe("sortRows", () => {
  const rows: PlaceRow[] = [
    placeRow({ id: 1, code: "11", name: "Б" }, figures(100, null), targets),
    placeRow({ id: 2, code: "15", name: "А" }, figures(300, 5), targets),
    placeRow({ id: 3, code: "19", name: "В" }, figures(200, 20), targets),
  ];
  const names = (sorted: PlaceRow[]) => sorted.map((r) => r.name);

  it("sorts by name in the interface language", () => {
    expect(names(sortRows(rows, { key: "name", descending: false }, "ru"))).toEqual(["А", "Б", "В"]);
  });
  it("sorts by a figure or its percentage", () => {
    expect(names(sortRows(rows, { key: "peopleEmployed", descending: true }, "ru"))).toEqual(["А", "В", "Б"]);
    expect(names(sortRows(rows, { key: "peopleEmployedPercent", descending: false }, "ru"))).toEqual(["Б", "В", "А"]);
  });
  it("puts rows without a value last in both directions", () => {
    expect(names(sortRows(rows, { key: "adjacentIndustryJobs", descending: true }, "ru"))).toEqual(["В", "А", "Б"]);
    expect(names(sortRows(rows, { key: "adjacentIndustryJobs", descending: false }, "ru"))).toEqual(["А", "В", "Б"]);
  });
});

describe("parseSort", () => {
  it("reads a known key and direction; figures default to descending", () => {
    expect(parseSort("peopleEmployed", "asc")).toEqual({ key: "peopleEmployed", descending: false });
    expect(parseSort("youthAmongAllPercent", undefined)).toEqual({ key: "youthAmongAllPercent", descending: true });
  });
  it("falls back on anything else", () => {
    expect(parseSort("DROP TABLE", "desc")).toEqual({ key: "name", descending: false });
  });
});
