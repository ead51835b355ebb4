// The summary "as of" the end of a chosen month, from the records' own dates: a deputy opens the
// summary as of September 2020 and reads the figures of the Prime Minister's letter of 30.09.2020
// (the demo data is built so that the records dated up to that day give them, lib/demo/figures.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemo, type SeedResult } from "@/lib/demo/seed";
import { loadReport, reportParams } from "@/lib/snapshots/load-report";
import { closeTestPool, resetDatabase, testPool } from "./db";

const deputy = { id: 1, role: "DEPUTY" as const, regionId: null };
let seeded: SeedResult;

beforeAll(async () => {
  await resetDatabase();
  seeded = await seedDemo(process.env.DATABASE_URL!, { scale: 0.05 });
}, 300_000);

afterAll(async () => {
  await closeTestPool();
});

describe("the summary as of the end of a month", () => {
  it("gives the letter's figures as of September 2020", async () => {
    const loaded = await loadReport(deputy, reportParams({ asOf: "2020-09" }));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const letter = seeded.summary.asOfLetter;
    expect(loaded.report.asOf.toISOString()).toBe("2020-09-30T12:00:00.000Z"); // on that day in any of Kazakhstan's offsets
    expect(loaded.report.scope).toMatchObject({
      projects: letter.projectsStarted,
      peopleEmployed: letter.workers,
      referred: letter.referred,
      youthReferred: letter.youthAmongReferred,
    });
    expect(loaded.report.scope.series.at(-1)!.month).toBe("2020-09");
    // Targets of the programme years up to 2020 only.
    expect(loaded.report.scope.targets.years).toEqual({ from: 2020, to: 2020 });
  });

  it("counts each region from the records dated up to then, independently of the live layer", async () => {
    const loaded = await loadReport(deputy, reportParams({ asOf: "2020-09" }));
    if (!loaded.ok) throw new Error("not loaded");
    const { rows } = await testPool().query<{ code: string; people: number; working: number; money: string }>(`
      SELECT g.code,
             (SELECT count(DISTINCT pl."workerId") FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId"
               WHERE p."regionId" = g.id AND pl."hiredAt" <= '2020-09-30')::int AS people,
             (SELECT count(DISTINCT pl."workerId") FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId"
               WHERE p."regionId" = g.id AND pl."hiredAt" <= '2020-09-30' AND coalesce(pl."endedAt", '2020-09-01') >= '2020-09-01')::int AS working,
             (SELECT coalesce(sum(c."disbursedChange"), 0) FROM "FundingChange" c JOIN "Project" p ON p.id = c."projectId"
               WHERE p."regionId" = g.id AND c."changedOn" <= '2020-09-30')::text AS money
        FROM "Region" g ORDER BY g.code`);
    expect(loaded.report.regions.map((r) => [r.code, r.peopleEmployed, r.peopleWorking, r.disbursed])).toEqual(rows.map((r) => [r.code, r.people, r.working, Number(r.money)]));
    // Fewer people work during September than were ever hired by its end: some have finished.
    expect(loaded.report.scope.peopleWorking).toBeLessThan(loaded.report.scope.peopleEmployed);
    const region = await loadReport(deputy, reportParams({ asOf: "2020-09", region: rows[0]!.code }));
    if (!region.ok) throw new Error("not loaded");
    expect(region.report.scope.peopleEmployed).toBe(rows[0]!.people);
  });

  it("a snapshot published as of September 2020 freezes those figures, for the country and each region", async () => {
    const { publishSnapshot } = await import("@/lib/snapshots/mutations");
    const { getSnapshot } = await import("@/lib/snapshots/queries");
    const { rows } = await testPool().query<{ id: number }>(`SELECT id FROM "User" WHERE role = 'ANALYST' ORDER BY id LIMIT 1`);
    const analyst = { id: rows[0]!.id, role: "ANALYST" as const, regionId: null };
    const { id } = await publishSnapshot(analyst, { title: "На 30.09.2020", note: null, asOf: "2020-09" });
    const snapshot = await getSnapshot(analyst, id);
    const letter = seeded.summary.asOfLetter;
    expect(snapshot!.figures.asOf).toBe("2020-09-30T12:00:00.000Z");
    expect(snapshot!.figures.national).toMatchObject({ peopleEmployed: letter.workers, referred: letter.referred, youthReferred: letter.youthAmongReferred });
    const live = await loadReport(deputy, reportParams({ asOf: "2020-09" }));
    if (!live.ok) throw new Error("not loaded");
    expect(snapshot!.figures.regions.map((r) => r.peopleEmployed)).toEqual(live.report.regions.map((r) => r.peopleEmployed));
    expect(snapshot!.figures.regions[0]!.series.at(-1)!.month).toBe("2020-09");
  });

  it("refuses a month outside the programme", async () => {
    expect(reportParams({ asOf: "2019-12" }).asOf).toBeUndefined();
  });
});
