// Every figure on every dashboard level (national, regions, region's districts, district's
// projects, breakdowns) equals the figure counted from the records by an independent query, under
// several filters; the data-quality panel counts late reports as the reporting rule says; a saved
// placement shows at once, in the figure and in the change since last month; exports hold the
// page's numbers and, for a deputy, no personal data.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { exportTableNames } from "@/lib/dashboard/export-names";
import { buildExportTable, type Translate } from "@/lib/dashboard/export-tables";
import { figureOf, headlineMetrics, type HeadlineMetric } from "@/lib/dashboard/headline";
import { getDistrictProjects } from "@/lib/dashboard/queries";
import { getDistrictRows, getLateReports, getOverview, getRegionRows, getTrends } from "@/lib/dashboard/views";
import { prisma } from "@/lib/db/client";
import { seedDemo } from "@/lib/demo/seed";
import { toXlsx } from "@/lib/exports/xlsx";
import type { DashboardFilter } from "@/lib/summary/schema";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { emptyRaw, rawAdjacentJobs, rawGrouped, rawLateReports, rawTargets, type RawRow } from "./dashboard/raw";

const db = () => testPool();
const analyst: Actor = { id: 2, role: "ANALYST", regionId: null };
const deputy: Actor = { id: 3, role: "DEPUTY", regionId: null };
const messages = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../messages/ru.json"), "utf8"));
const translator = createTranslator({ locale: "ru", messages });
const t: Translate = (key, values) => translator(key as never, values as never);
const counted = headlineMetrics.filter((m): m is Exclude<HeadlineMetric, "adjacentIndustryJobs"> => m !== "adjacentIndustryJobs");

let regions: Array<{ id: number; code: string }>;
let busyRegion: { id: number; code: string; nameRu: string; nameKk: string; nameEn: string };

function filters(): DashboardFilter[] {
  return [
    {},
    { programmeYear: 2021 },
    { category: "SOCIAL" },
    { workType: "CURRENT_REPAIR", programmeYear: 2020 },
    { fundingSource: "BOND_LOANS" },
    { regionId: busyRegion.id },
    { regionId: busyRegion.id, category: "COMMUNAL" },
  ];
}

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(process.env.DATABASE_URL!, { scale: 0.02, force: true });
  regions = (await db().query(`SELECT id, code FROM "Region" ORDER BY code`)).rows;
  busyRegion = (await db().query(`SELECT r.id, r.code, r."nameRu", r."nameKk", r."nameEn" FROM "Region" r JOIN "Project" p ON p."regionId" = r.id GROUP BY r.id ORDER BY count(*) DESC LIMIT 1`)).rows[0];
}, 180_000);

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("national overview", () => {
  it("shows every headline figure as counted from the records, for every filter", async () => {
    for (const filter of filters()) {
      const label = JSON.stringify(filter);
      const overview = await getOverview(filter);
      const raw = (await rawGrouped(db(), filter, "national")).get("") ?? emptyRaw("");
      for (const metric of counted) expect(overview.figures[metric].value, `${metric} ${label}`).toBe(raw[metric]);
      expect(overview.allocated, `allocated ${label}`).toBeCloseTo(raw.allocated, 2);
      expect(overview.disbursed, `disbursed ${label}`).toBeCloseTo(raw.disbursed, 2);
      const place = !filter.category && !filter.workType && !filter.fundingSource;
      expect(overview.figures.adjacentIndustryJobs.value, `adjacent ${label}`).toBe(place ? await rawAdjacentJobs(db(), filter.regionId ?? null, filter.programmeYear) : null);
      // Targets: the scope's own (national or the region's), and none for a partial selection.
      const targets = place ? await rawTargets(db(), filter.regionId ?? null, filter.programmeYear) : new Map();
      for (const metric of headlineMetrics) expect(overview.figures[metric].target, `${metric} target ${label}`).toBe(targets.get(figureOf(metric).target) ?? null);
      // The letter's youth target is youth among the referred; youth among all is never measured against it.
      if (targets.has("YOUTH")) expect(overview.figures.youthAmongReferred.target, `youth target ${label}`).toBe(targets.get("YOUTH"));
      expect(overview.figures.youthAmongAll.target, `youth among all ${label}`).toBeNull();
    }
  });

  it("changes with the filter", async () => {
    const all = await getOverview({});
    const social = await getOverview({ category: "SOCIAL" });
    expect(all.figures.projects.value).toBeGreaterThan(social.figures.projects.value!);
    expect(social.figures.projects.value).toBeGreaterThan(0);
    // The whole programme: the letter's 6,600 of 2020 and the 2021 continuation's 1,200.
    expect(all.figures.projects.target).toBe(7_800);
    expect((await getOverview({ programmeYear: 2020 })).figures.projects.target).toBe(6_600);
  });
});

describe("regions and districts", () => {
  it("give each region its figures and the percentage of its own targets", async () => {
    for (const filter of [{}, { programmeYear: 2020 }, { fundingSource: "LOCAL_BUDGET" as const }]) {
      const { rows } = await getRegionRows(filter, "ru");
      expect(rows.map((r) => r.code)).toEqual(regions.map((r) => r.code));
      const raw = await rawGrouped(db(), filter, "region");
      for (const row of rows) {
        const expected = raw.get(String(row.id)) ?? emptyRaw(String(row.id));
        for (const metric of counted) expect(row.values[metric], `${row.code} ${metric}`).toBe(expected[metric]);
        if (filter.fundingSource) {
          expect(row.percents.peopleEmployed).toBeNull();
          continue;
        }
        expect(row.values.adjacentIndustryJobs).toBe(await rawAdjacentJobs(db(), row.id!, filter.programmeYear));
        const targets = await rawTargets(db(), row.id!, filter.programmeYear);
        const target = targets.get("PEOPLE_EMPLOYED")!;
        // Half up in integers, and never 100 % short of the target (recounted here, not by the portal's function).
        const halfUp = Math.floor((2 * expected.peopleEmployed * 100 + target) / (2 * target));
        const percent = expected.peopleEmployed < target && halfUp >= 100 ? 99 : halfUp;
        expect(row.percents.peopleEmployed, `${row.code} % of target`).toBe(percent);
      }
    }
  });

  it("give each district of a region, and each project of a district, its figures", async () => {
    for (const filter of [{}, { category: "TRANSPORT" as const }, { fundingSource: "REPUBLICAN_BUDGET" as const }]) {
      const scoped = { ...filter, regionId: busyRegion.id };
      const districts = await getDistrictRows(busyRegion, scoped, "ru", "—");
      const raw = await rawGrouped(db(), scoped, "district");
      expect(districts.length).toBeGreaterThan(1);
      for (const row of districts) {
        const expected = raw.get(row.id === null ? "none" : String(row.id)) ?? emptyRaw("");
        for (const metric of counted) expect(row.values[metric], `district ${row.id} ${metric}`).toBe(expected[metric]);
      }
      const district = districts.find((row) => row.id !== null && (row.values.projects ?? 0) > 0)!;
      const projects = await getDistrictProjects(busyRegion.id, district.id!, filter);
      const rawProjects = await rawGrouped(db(), { ...scoped, districtId: district.id! }, "project");
      expect(projects.map((p) => String(p.id)).sort()).toEqual([...rawProjects.keys()].sort());
      for (const project of projects) {
        const expected = rawProjects.get(String(project.id))!;
        expect(project.peopleEmployed).toBe(expected.peopleEmployed);
        expect(project.referred).toBe(expected.referredByEmploymentCentres);
        expect(project.youthAmongReferred).toBe(expected.youthAmongReferred);
        expect(project.youthAmongAll).toBe(expected.youthAmongAll);
        expect(project.permanentJobs).toBe(expected.permanentJobs);
        expect(project.allocated).toBeCloseTo(expected.allocated, 2);
      }
      // The district's page: the same figures as its row in the region's table.
      const overview = await getOverview({ ...scoped, districtId: district.id! });
      for (const metric of counted) expect(overview.figures[metric].value).toBe(district.values[metric]);
    }
  });
});

describe("trends", () => {
  it("break figures down by category, type of work and funding source as the records do", async () => {
    const filter: DashboardFilter = { programmeYear: 2020 };
    const { breakdowns, series } = await getTrends(filter);
    const byCategory = await rawGrouped(db(), filter, "category");
    for (const row of breakdowns.byCategory) expect(row.peopleEmployed).toBe(byCategory.get(row.category)?.peopleEmployed ?? 0);
    const byWorkType = await rawGrouped(db(), filter, "workType");
    for (const row of breakdowns.byWorkType) expect(row.youth).toBe(byWorkType.get(row.workType)?.youthAmongAll ?? 0);
    for (const row of breakdowns.bySource) {
      const raw = (await rawGrouped(db(), { ...filter, fundingSource: row.source }, "national")).get("") ?? emptyRaw("");
      expect(row.allocated, row.source).toBeCloseTo(raw.allocated, 2);
    }
    const national = (await rawGrouped(db(), filter, "national")).get("")!;
    expect(series.at(-1)!.peopleEmployed).toBe(national.peopleEmployed);
  });
});

describe("data quality", () => {
  it("counts missing, draft and returned reports past their deadline, by region", async () => {
    const late = (await getLateReports(analyst, "ru"))!;
    const raw = await rawLateReports(db());
    expect(late.rows).toHaveLength(20);
    for (const row of late.rows) {
      const expected = raw.get(row.regionId) ?? { missing: 0, drafts: 0, returned: 0 };
      expect({ missing: row.missing, drafts: row.drafts, returned: row.returned }, row.code).toEqual({ missing: expected.missing, drafts: expected.drafts, returned: expected.returned });
    }
    expect(late.total).toBeGreaterThan(0);
  });

  it("shows an akimat its own region only and a deputy nothing (reports are not theirs to read)", async () => {
    const own = await getLateReports({ id: 4, role: "AKIMAT", regionId: busyRegion.id }, "ru");
    expect(own!.rows.map((r) => r.regionId)).toEqual([busyRegion.id]);
    expect(await getLateReports(deputy, "ru")).toBeNull();
  });
});

describe("exports", () => {
  it("hold the page's numbers, as numbers, in XLSX", async () => {
    const filter: DashboardFilter = { category: "SOCIAL" };
    const table = await buildExportTable("regions", filter, analyst, "ru", t);
    if (typeof table === "string") throw new Error(table);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(4).value).toBe(messages.headline.peopleEmployed);
    const { rows } = await getRegionRows(filter, "ru");
    rows.forEach((row, i) => {
      expect(sheet.getRow(i + 2).getCell(1).value).toBe(row.code);
      expect(sheet.getRow(i + 2).getCell(4).value).toBe(row.values.peopleEmployed);
    });
    expect(workbook.worksheets[1]!.getRow(3).values).toEqual([undefined, messages.dashboard.filters.category, messages.dashboard.category.SOCIAL]);
  });

  it("give a deputy no personal data in any table", async () => {
    const people = (await db().query<{ iin: string; fullName: string }>(`SELECT iin, "fullName" FROM "Worker"`)).rows;
    const personal = new Set(people.flatMap((p) => [p.iin, p.fullName]));
    const district = (await db().query<{ id: number }>(`SELECT "districtId" AS id FROM "Project" WHERE "regionId" = $1 AND "districtId" IS NOT NULL LIMIT 1`, [busyRegion.id])).rows[0]!;
    for (const name of exportTableNames) {
      const table = await buildExportTable(name, { regionId: busyRegion.id, districtId: district.id }, deputy, "ru", t);
      if (name === "lateReports") {
        expect(table).toBe("forbidden");
        continue;
      }
      if (typeof table === "string") throw new Error(`${name}: ${table}`);
      expect(table.rows.length, name).toBeGreaterThan(0);
      for (const cell of [...table.columns.map((c) => c.header), ...table.rows.flat()]) {
        if (typeof cell !== "string") continue;
        expect(personal.has(cell), `${name}: ${cell}`).toBe(false);
        expect(cell, name).not.toMatch(/\b\d{12}\b/);
      }
    }
  });
});

describe("live figures", () => {
  it("count a placement saved now, in the figure and in the change since last month", async () => {
    const before = await getOverview({ regionId: busyRegion.id });
    const project = (await db().query<{ id: number }>(`SELECT id FROM "Project" WHERE "regionId" = $1 ORDER BY id LIMIT 1`, [busyRegion.id])).rows[0]!;
    const today = (await db().query<{ d: string }>(`SELECT to_char((now() AT TIME ZONE 'Asia/Almaty')::date, 'YYYY-MM-DD') AS d`)).rows[0]!.d;
    const worker = (
      await db().query<{ id: number }>(
        `INSERT INTO "Worker" (iin, "fullName", "birthDate", sex) VALUES ('990101300005', 'Тестовый Работник', '1999-01-01', 'MALE') RETURNING id`,
      )
    ).rows[0]!;
    await db().query(
      `INSERT INTO "Placement" ("workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring", "updatedAt")
       VALUES ($1, $2, $3, true, true, now())`,
      [worker.id, project.id, today],
    );
    const after = await getOverview({ regionId: busyRegion.id });
    expect(after.figures.peopleEmployed.value).toBe(before.figures.peopleEmployed.value! + 1);
    expect(after.figures.youthAmongReferred.value).toBe(before.figures.youthAmongReferred.value! + 1);
    expect(after.change!.changes.peopleEmployed).toBe(before.change!.changes.peopleEmployed! + 1);
    expect(after.change!.changes.referredByEmploymentCentres).toBe(before.change!.changes.referredByEmploymentCentres! + 1);
    const raw = (await rawGrouped(db(), { regionId: busyRegion.id }, "national")).get("") as RawRow;
    expect(after.figures.peopleEmployed.value).toBe(raw.peopleEmployed);
  });
});
