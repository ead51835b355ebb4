// The project registry's query against a real PostgreSQL: each filter, the free-text
// search (code prefix, name, settlement, contractor, BIN), sorting with a stable tie-breaker,
// pages, and the akimat's default region.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestPool, resetDatabase } from "./db";
import { buildWorld, CONTRACTOR_BIN, type World } from "./projects/fixtures";

const { prisma } = await import("@/lib/db/client");
const { listProjects } = await import("@/lib/projects/queries");
const { parseRegistryFilters } = await import("@/lib/projects/registry");

let world: World;

beforeAll(async () => {
  await resetDatabase();
  world = await buildWorld();
  const base = { category: "SOCIAL" as const, workType: "CAPITAL_REPAIR" as const, programmeYear: 2020 };
  const rows = [
    { code: "DKZ-2020-11-00001", name: "Ремонт школы", regionId: world.akmola.id, districtId: world.kokshetau.id, settlement: "г. Кокшетау", ...base, contractorBin: CONTRACTOR_BIN, plannedTemporaryJobs: 30 },
    { code: "DKZ-2020-11-00002", name: "Строительство моста", regionId: world.akmola.id, ...base, category: "TRANSPORT" as const, workType: "NEW_CONSTRUCTION" as const, status: "IN_PROGRESS" as const, plannedTemporaryJobs: 80 },
    { code: "DKZ-2021-11-00003", name: "Водопровод", regionId: world.akmola.id, ...base, category: "COMMUNAL" as const, programmeYear: 2021, contractorName: "ТОО «Су Құрылыс»", plannedTemporaryJobs: 10 },
    { code: "DKZ-2021-75-00001", name: "Ремонт поликлиники", regionId: world.almaty.id, districtId: world.medeu.id, ...base, programmeYear: 2021, plannedTemporaryJobs: 30 },
  ];
  for (const row of rows) await prisma.project.create({ data: row });
  const [first] = await prisma.project.findMany({ where: { code: "DKZ-2020-11-00001" } });
  await prisma.projectFunding.create({ data: { projectId: first!.id, source: "BOND_LOANS", allocated: "1000000" } });
  const mid = await prisma.project.findUniqueOrThrow({ where: { code: "DKZ-2021-11-00003" } });
  await prisma.projectFunding.create({ data: { projectId: mid.id, source: "BOND_LOANS", allocated: "0", disbursed: "0" } });
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

async function codes(params: Record<string, string>, viewer: World["analyst"] = world.analyst) {
  const result = await listProjects(viewer, parseRegistryFilters(params), "ru");
  return { codes: result.rows.map((row) => row.code), total: result.total, page: result.page, pageCount: result.pageCount };
}

describe("project registry", () => {
  it("shows an analyst the country and an akimat its own region, unless it asks for all", async () => {
    expect((await codes({})).total).toBe(4);
    expect((await codes({}, world.akimatAlmaty)).codes).toEqual(["DKZ-2021-75-00001"]);
    expect((await codes({ region: "all" }, world.akimatAlmaty)).total).toBe(4);
    expect((await codes({}, world.deputy)).total).toBe(4);
  });

  it("filters by district, category, work type, status, year and funding source", async () => {
    expect((await codes({ district: String(world.kokshetau.id) })).codes).toEqual(["DKZ-2020-11-00001"]);
    expect((await codes({ category: "TRANSPORT" })).codes).toEqual(["DKZ-2020-11-00002"]);
    expect((await codes({ workType: "CAPITAL_REPAIR", year: "2021" })).codes).toEqual(["DKZ-2021-11-00003", "DKZ-2021-75-00001"]);
    expect((await codes({ status: "IN_PROGRESS" })).codes).toEqual(["DKZ-2020-11-00002"]);
    // A source counts only with money allocated from it.
    expect((await codes({ source: "BOND_LOANS" })).codes).toEqual(["DKZ-2020-11-00001"]);
  });

  it("searches code prefixes, words of names, settlements, contractors and BINs", async () => {
    expect((await codes({ q: "dkz-2021" })).codes).toEqual(["DKZ-2021-11-00003", "DKZ-2021-75-00001"]);
    expect((await codes({ q: "ремонт" })).codes).toEqual(["DKZ-2020-11-00001", "DKZ-2021-75-00001"]);
    expect((await codes({ q: "кокшетау" })).codes).toEqual(["DKZ-2020-11-00001"]);
    expect((await codes({ q: "су құрылыс" })).codes).toEqual(["DKZ-2021-11-00003"]);
    expect((await codes({ q: CONTRACTOR_BIN })).codes).toEqual(["DKZ-2020-11-00001"]);
    expect((await codes({ q: "100%_" })).total).toBe(0);
  });

  it("sorts with the code as tie-breaker and pages without repeating rows", async () => {
    expect((await codes({ sort: "plannedJobs", dir: "desc" })).codes).toEqual(["DKZ-2020-11-00002", "DKZ-2020-11-00001", "DKZ-2021-75-00001", "DKZ-2021-11-00003"]);
    expect((await codes({ sort: "name" })).codes[0]).toBe("DKZ-2021-11-00003");
    expect((await codes({ sort: "region", dir: "desc" })).codes[0]).toBe("DKZ-2021-75-00001");
    const pages = [];
    for (const page of ["1", "2"]) pages.push(...(await listProjects(world.analyst, { ...parseRegistryFilters({ page }), size: 2 as 25 }, "ru")).rows.map((r) => r.code));
    expect(pages).toEqual(["DKZ-2020-11-00001", "DKZ-2020-11-00002", "DKZ-2021-11-00003", "DKZ-2021-75-00001"]);
  });

  it("shows the last page for a page number past the end", async () => {
    const result = await codes({ page: "99" });
    expect(result).toMatchObject({ page: 1, pageCount: 1, total: 4 });
    expect(result.codes).toHaveLength(4);
  });

  it("names regions and districts in the reader's language", async () => {
    const result = await listProjects(world.analyst, parseRegistryFilters({ q: "DKZ-2021-75" }), "kk");
    expect(result.rows[0]).toMatchObject({ regionName: "Алматы қаласы", districtName: "Медеу ауданы" });
  });
});
