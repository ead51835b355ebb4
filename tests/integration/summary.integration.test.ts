// Dashboard figures are exact and live. The summary tables, kept by triggers in the
// same transaction as each write, must equal what rebuild_summaries() computes from the records
// after any mix of writes (forms, imports, raw SQL, cascading deletes, concurrent writers), and
// every loader's figure must equal an independent count(DISTINCT …) over the records.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { summaryDifferences, summaryRowCounts } from "./summary/compare";
import { expectFiguresMatchRaw } from "./summary/expect";
import { buildFixture, insertPlacements, insertWorkers, seeded, type Fixture } from "./summary/fixtures";
import type { DashboardFilter } from "@/lib/summary/schema";

const db = () => testPool();
let fx: Fixture;

function filters(): Array<DashboardFilter> {
  const [r1, r2, r3] = fx.regionIds as [number, number, number];
  const d2 = fx.districtIds.get(r2)![1]!;
  return [
    {},
    { regionId: r1 },
    { regionId: r2, districtId: d2 },
    { districtId: d2 },
    { programmeYear: 2021 },
    { regionId: r3, programmeYear: 2020 },
    { category: "SOCIAL" },
    { workType: "CAPITAL_REPAIR", programmeYear: 2021 },
    { fundingSource: "BOND_LOANS" },
    { fundingSource: "LOCAL_BUDGET", regionId: r1, category: "TRANSPORT" },
    { regionId: r1, districtId: d2 }, // a district of another region: nothing
    { regionId: r2, category: "COMMUNAL", workType: "CURRENT_REPAIR", programmeYear: 2020 },
    { districtId: d2, category: "TRANSPORT" },
    { fundingSource: "REPUBLICAN_BUDGET", regionId: r2, programmeYear: 2021 },
    { fundingSource: "OTHER", districtId: d2 },
  ];
}

async function expectInSync() {
  expect(await summaryDifferences(db())).toEqual({});
}

async function expectAllFiguresMatch() {
  for (const filter of filters()) await expectFiguresMatchRaw(db(), filter);
}

beforeAll(async () => {
  await resetDatabase();
  fx = await buildFixture(db());
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("summary tables", () => {
  it("are filled by the triggers as the records are written", async () => {
    const counts = await summaryRowCounts(db());
    expect(counts.ProjectStats).toBe(60);
    expect(counts.MultiProjectMembership).toBeGreaterThan(50);
    expect(counts.PeopleCorrection).toBeGreaterThan(0);
    // Some people are on two projects in the same month: the working correction is exercised.
    const { rows: [overlaps] } = await db().query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "PeopleCorrection" WHERE "peopleWorking" <> 0 OR "peopleWorkingOnwards" <> 0`);
    expect(overlaps!.n).toBeGreaterThan(0);
    await expectInSync();
  });

  it("give every figure the raw records give, for every filter and level", async () => {
    await expectAllFiguresMatch();
  });

  it("stay exact when an INSERT of only new worker–project pairs adds its rows to the figures", async () => {
    // An import of new people: every pair is new, so the trigger adds the rows to the months and
    // stats of their projects, cells, regions and sources instead of recomputing (migration
    // 0013) — in projects that already have figures in the same months, with people in one or
    // two projects and several placements each.
    const rnd = seeded(23);
    const newcomers = await insertWorkers(db(), 40, 40_000);
    const rows: Parameters<typeof insertPlacements>[1] = [];
    for (const workerId of newcomers) {
      const projects = rnd.chance(0.3) ? [rnd.pick(fx.projectIds), rnd.pick(fx.projectIds)] : [rnd.pick(fx.projectIds)];
      for (const [k, projectId] of projects.entries()) {
        for (let h = rnd.chance(0.3) ? 2 : 1; h > 0; h--) {
          // Some end within two months, so a person's two projects overlap in some months only.
          const ended = rnd.chance(0.5) ? null : `2021-0${3 + k * 4 + h}-0${rnd.int(1, 9)}`;
          rows.push([workerId, projectId, `2021-0${1 + k * 4 + h}-${10 + rnd.int(0, 18)}`, rnd.chance(0.5), rnd.chance(0.4), ended]);
        }
      }
    }
    await insertPlacements(db(), rows);
    await expectInSync();
    await expectAllFiguresMatch();
  });

  it("stay exact through creates, updates, deletes and an import", async () => {
    const rnd = seeded(11);
    const [p1, p2, p3, p4, p5, p6, p7] = fx.projectIds as [number, number, number, number, number, number, number];
    const [r1, , r3] = fx.regionIds as [number, number, number];

    // A project moves to another region and category, and is commissioned; another loses its district.
    await prisma.project.update({
      where: { id: p1 },
      data: { regionId: r3, districtId: fx.districtIds.get(r3)![0], category: "TRANSPORT", status: "COMMISSIONED", commissionedAt: new Date("2021-04-15") },
    });
    await prisma.project.update({ where: { id: p2 }, data: { districtId: null, programmeYear: 2021, plannedTemporaryJobs: 99 } });
    await prisma.project.update({ where: { id: p3 }, data: { name: "Renamed only: no figure changes" } });

    // Placements change worker, project, hiring date and referral; one is deleted.
    const multi = await db().query<{ workerId: number }>(`SELECT DISTINCT "workerId" FROM "MultiProjectMembership" ORDER BY 1 LIMIT 3`);
    const somePlacements = await prisma.placement.findMany({ orderBy: { id: "asc" }, take: 40 });
    for (const [i, placement] of somePlacements.entries()) {
      const data =
        i % 4 === 0 ? { workerId: multi.rows[i % 3]!.workerId }
        : i % 4 === 1 ? { projectId: p4 }
        : i % 4 === 2 ? { hiredAt: new Date("2020-05-20"), referredByEmploymentCentre: !placement.referredByEmploymentCentre }
        : { youthAtHiring: !placement.youthAtHiring };
      await prisma.placement.update({ where: { id: placement.id }, data }).catch(() => {}); // (worker, project, day) may clash
    }
    await prisma.placement.delete({ where: { id: somePlacements[5]!.id } });

    // A project with placements, funding and permanent jobs is deleted (cascades).
    await prisma.permanentJob.create({ data: { projectId: p5, title: "Boiler operator", employer: "Akimat", createdOn: new Date("2021-02-01"), filled: true } });
    await prisma.projectFunding.upsert({
      where: { projectId_source: { projectId: p5, source: "OTHER" } },
      create: { projectId: p5, source: "OTHER", allocated: 1000, disbursed: 10 },
      update: { allocated: 1000 },
    });
    await prisma.project.delete({ where: { id: p5 } });

    // Funding and permanent jobs change.
    await prisma.projectFunding.upsert({
      where: { projectId_source: { projectId: p6, source: "BOND_LOANS" } },
      create: { projectId: p6, source: "BOND_LOANS", allocated: "51000000000.55", disbursed: "12.34" },
      update: { allocated: "51000000000.55", disbursed: "12.34" },
    });
    await prisma.projectFunding.updateMany({ where: { projectId: p7 }, data: { allocated: 0 } });
    await prisma.projectFunding.deleteMany({ where: { projectId: fx.projectIds[10]! } });
    const job = await prisma.permanentJob.findFirstOrThrow({ orderBy: { id: "asc" } });
    await prisma.permanentJob.update({ where: { id: job.id }, data: { filled: !job.filled, projectId: p6, createdOn: new Date("2021-08-09") } });
    await prisma.permanentJob.deleteMany({ where: { id: { gt: job.id, lt: job.id + 4 } } });

    // A spreadsheet import: new people and new placements of known people, one multi-row INSERT.
    const newcomers = await insertWorkers(db(), 60, 10_000);
    const imported: Parameters<typeof insertPlacements>[1] = [];
    for (const workerId of [...newcomers, ...fx.workerIds.slice(0, 80)]) {
      imported.push([workerId, rnd.pick(fx.projectIds.filter((id) => id !== p5)), `2021-0${rnd.int(1, 9)}-1${rnd.int(0, 9)}`, rnd.chance(0.5), rnd.chance(0.4)]);
    }
    await insertPlacements(db(), imported);
    await prisma.placement.createMany({
      data: newcomers.slice(0, 20).map((workerId, i) => ({ workerId, projectId: p6, hiredAt: new Date(`2021-10-${10 + (i % 9)}`), youthAtHiring: i % 2 === 0 })),
      skipDuplicates: true,
    });

    // One transaction with several writes to the same project; a bulk UPDATE in one statement.
    await prisma.$transaction(async (tx) => {
      const project = await tx.project.create({
        data: { code: "T-NEW", name: "New school", regionId: r1, category: "SOCIAL", workType: "NEW_CONSTRUCTION", programmeYear: 2021, status: "IN_PROGRESS", actualStart: new Date("2021-05-03") },
      });
      await tx.placement.create({ data: { workerId: newcomers[0]!, projectId: project.id, hiredAt: new Date("2021-05-04"), referredByEmploymentCentre: true, youthAtHiring: true } });
      await tx.placement.create({ data: { workerId: fx.workerIds[1]!, projectId: project.id, hiredAt: new Date("2021-05-05"), youthAtHiring: false } });
      await tx.project.update({ where: { id: project.id }, data: { workType: "CAPITAL_REPAIR" } });
    });
    await db().query(`UPDATE "Placement" SET "hiredAt" = "hiredAt" + 31 WHERE id % 7 = 0`);
    await db().query(`DELETE FROM "Placement" WHERE id % 29 = 0`);
    // Placements end, reopen and end later: the people working during each month follow.
    await db().query(`UPDATE "Placement" SET "endedAt" = CASE WHEN "endedAt" IS NULL THEN "hiredAt" + 45 ELSE NULL END WHERE id % 5 = 0`);
    const open = await prisma.placement.findFirstOrThrow({ where: { endedAt: null, workerId: { in: multi.rows.map((r) => r.workerId) } } });
    await prisma.placement.update({ where: { id: open.id }, data: { endedAt: new Date("2021-12-31") } });
    await prisma.placement.update({ where: { id: open.id }, data: { endedAt: new Date("2021-06-30") } });

    await expectInSync();
    await expectAllFiguresMatch();
  });

  it("stay exact when two transactions write the same person or project at once", async () => {
    const pool = db();
    const [a, b] = [await pool.connect(), await pool.connect()];
    try {
      const single = await pool.query<{ workerId: number; projectId: number }>(
        `SELECT "workerId", min("projectId") AS "projectId" FROM "WorkerProject" GROUP BY 1 HAVING count(*) = 1 ORDER BY 1 LIMIT 1`,
      );
      const { workerId, projectId } = single.rows[0]!;
      const [q1, q2] = fx.projectIds.filter((id) => id !== projectId && id !== fx.projectIds[4]).slice(-2) as [number, number];

      // The same person joins two more projects in two transactions: the second waits for the first.
      await a.query("BEGIN");
      await b.query("BEGIN");
      await insertPlacements(a, [[workerId, q1, "2021-03-01", true, false]]);
      const second = insertPlacements(b, [[workerId, q2, "2021-02-01", false, true]]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await a.query("COMMIT");
      await second;
      await b.query("COMMIT");

      // A project moves region while another transaction adds a placement to it.
      const [r1, r2] = fx.regionIds as [number, number];
      await a.query("BEGIN");
      await b.query("BEGIN");
      await a.query(`UPDATE "Project" SET "regionId" = CASE WHEN "regionId" = $2 THEN $3 ELSE $2 END, "districtId" = NULL WHERE id = $1`, [q1, r1, r2]);
      const adding = insertPlacements(b, [[fx.workerIds[7]!, q1, "2021-06-01", true, true]]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await a.query("COMMIT");
      await adding;
      await b.query("COMMIT");

      // A new person's first placements in one project, in two transactions at once: the second
      // waits for the project, then finds the WorkerProject row the first one wrote and
      // recomputes it instead of writing a second (migration 0011).
      const [newcomer] = (await insertWorkers(pool, 1, 20_000)) as [number];
      await a.query("BEGIN");
      await b.query("BEGIN");
      await insertPlacements(a, [[newcomer, q1, "2021-04-01", true, true]]);
      const sameNewPair = insertPlacements(b, [[newcomer, q1, "2021-05-01", false, true], [newcomer, q2, "2021-05-02", true, false]]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await a.query("COMMIT");
      await sameNewPair;
      await b.query("COMMIT");
      const pair = await pool.query(`SELECT placements, "firstHiredAt"::text AS first FROM "WorkerProject" WHERE "workerId" = $1 AND "projectId" = $2`, [newcomer, q1]);
      expect(pair.rows).toEqual([{ placements: 2, first: "2021-04-01" }]);

      // Two transactions add to different projects at once; the sums they share (the country's
      // month, say) are incremented by both, the second waiting for the first to commit.
      await a.query("BEGIN");
      await b.query("BEGIN");
      await insertPlacements(a, [[fx.workerIds[20]!, q2, "2021-07-01", false, false]]);
      const other = insertPlacements(b, [[fx.workerIds[21]!, projectId, "2021-07-02", true, false]]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await a.query("COMMIT");
      await other;
      await b.query("COMMIT");
    } finally {
      a.release();
      b.release();
    }
    await expectInSync();
    await expectFiguresMatchRaw(db(), {});
  });

  it("stay exact when one INSERT … ON CONFLICT DO UPDATE changes, moves and adds placements of the same pairs", async () => {
    // An INSERT writes the WorkerProject rows of pairs new to it from its own rows and recomputes
    // the others (migration 0011); the UPDATE half of the same statement may have recomputed a
    // pair first, which must then not be counted twice.
    const [p1, , , , , , , p8, p9] = fx.projectIds as number[];
    const stored = await db().query<{ workerId: number; projectId: number; hiredAt: string; referred: boolean }>(
      `SELECT "workerId", "projectId", "hiredAt"::text AS "hiredAt", "referredByEmploymentCentre" AS referred
         FROM "Placement" WHERE "projectId" NOT IN ($1, $2) ORDER BY id LIMIT 2`,
      [p8, p9],
    );
    const [changed, moved] = stored.rows as [(typeof stored.rows)[0], (typeof stored.rows)[0]];
    const [newcomer] = (await insertWorkers(db(), 1, 30_000)) as [number];
    const rows: Array<[number, number, string, boolean, boolean, number]> = [
      // conflicts: a counted field changes
      [changed.workerId, changed.projectId, changed.hiredAt, !changed.referred, true, changed.projectId],
      // a later placement of the same pair, in the same statement
      [changed.workerId, changed.projectId, "2023-02-01", true, false, changed.projectId],
      // conflicts and moves to project p8, where the same statement also adds a placement of that person
      [moved.workerId, moved.projectId, moved.hiredAt, false, false, p8!],
      [moved.workerId, p8!, "2023-03-01", true, true, p8!],
      // a new person: two placements in one project and one in another
      [newcomer, p1!, "2023-01-10", true, true, p1!],
      [newcomer, p1!, "2023-04-10", false, true, p1!],
      [newcomer, p9!, "2023-06-10", true, false, p9!],
    ];
    await db().query(
      `INSERT INTO "Placement"("workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring", "updatedAt")
       SELECT w, p, h, r, y, now() FROM unnest($1::int[], $2::int[], $3::date[], $4::bool[], $5::bool[]) AS u(w, p, h, r, y)
       ON CONFLICT ("workerId", "projectId", "hiredAt") DO UPDATE
          SET "referredByEmploymentCentre" = EXCLUDED."referredByEmploymentCentre", "youthAtHiring" = EXCLUDED."youthAtHiring",
              "projectId" = (SELECT m FROM unnest($1::int[], $2::int[], $3::date[], $6::int[]) AS k(w, p, h, m)
                              WHERE (k.w, k.p, k.h) = (EXCLUDED."workerId", EXCLUDED."projectId", EXCLUDED."hiredAt"))`,
      [0, 1, 2, 3, 4, 5].map((i) => rows.map((r) => r[i])),
    );
    const moves = await db().query(`SELECT count(*)::int AS n FROM "Placement" WHERE "workerId" = $1 AND "projectId" = $2`, [moved.workerId, p8]);
    expect(moves.rows[0].n).toBeGreaterThanOrEqual(2);
    await expectInSync();
    await expectAllFiguresMatch();
  });

  it("are rebuilt from the records after a bulk load with triggers off", async () => {
    const client = await db().connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL session_replication_role = replica");
      // Replica mode skips foreign-key checks too: only existing projects are used.
      const { rows: projects } = await client.query<{ id: number }>(`SELECT id FROM "Project" ORDER BY id LIMIT 20`);
      await insertPlacements(client, fx.workerIds.slice(100, 160).map((w, i) => [w, projects[i % 20]!.id, "2021-11-0" + (1 + (i % 9)), i % 2 === 0, i % 3 === 0]));
      await client.query("SET LOCAL session_replication_role = origin");
      const stale = `SELECT (SELECT count(*) FROM "Placement") - (SELECT sum(placements) FROM "ProjectStats") AS missing`;
      expect(Number((await client.query(stale)).rows[0].missing)).toBeGreaterThan(0);
      await client.query("SELECT rebuild_summaries()");
      expect(Number((await client.query(stale)).rows[0].missing)).toBe(0);
      await client.query("COMMIT");
    } finally {
      client.release();
    }
    await expectInSync();
    await expectFiguresMatchRaw(db(), { programmeYear: 2021 });
  });
});

const seedModule = path.join(import.meta.dirname, "../../lib/demo/seed.ts");

describe.skipIf(!fs.existsSync(seedModule))("summary tables with the demo data", () => {
  it("match the records after the demo seed (scale 0.02) and a few writes", async () => {
    const { seedDemo } = await import("@/lib/demo/seed");
    await seedDemo(process.env.DATABASE_URL!, { scale: 0.02, force: true });
    await expectInSync();
    const { rows } = await db().query<{ id: number }>(`SELECT id FROM "Region" ORDER BY code LIMIT 1`);
    for (const filter of [{}, { regionId: rows[0]!.id }, { category: "COMMUNAL" }, { fundingSource: "REPUBLICAN_BUDGET" }] as DashboardFilter[]) {
      await expectFiguresMatchRaw(db(), filter);
    }
    await db().query(`DELETE FROM "Project" WHERE id IN (SELECT "projectId" FROM "Placement" GROUP BY 1 ORDER BY count(*) DESC LIMIT 3)`);
    await db().query(`UPDATE "Project" SET "regionId" = $1, "districtId" = NULL WHERE id % 10 = 0`, [rows[0]!.id]);
    await expectInSync();
    await expectFiguresMatchRaw(db(), { regionId: rows[0]!.id });
  });
});
