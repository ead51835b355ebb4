// Snapshots against a real database: a snapshot's numbers never change after later
// edits; the comparison of two snapshots gives the right changes; a deputy can open reports and
// snapshots but cannot publish one; the frozen JSON holds no personal data.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { session } from "./support/session";
import { buildReportFixture, insertPlacement, insertProject, insertWorker, rawFigures, type ReportFixture } from "./snapshots/fixture";

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

const { publishSnapshotAction } = await import("@/lib/snapshots/actions");
const { publishSnapshot } = await import("@/lib/snapshots/mutations");
const { getSnapshot, listSnapshots } = await import("@/lib/snapshots/queries");
const { loadReport } = await import("@/lib/snapshots/load-report");
const { compareSnapshots } = await import("@/lib/snapshots/compare");
const { initialActionState } = await import("@/lib/forms/state");

let fixture: ReportFixture;
const actor = (id: number, role: Actor["role"], regionId: number | null = null): Actor => ({ id, role, regionId });
const analyst = () => actor(fixture.users.analyst, "ANALYST");
const deputy = () => actor(fixture.users.deputyA, "DEPUTY");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

beforeEach(async () => {
  await resetDatabase();
  fixture = await buildReportFixture(testPool());
});
afterAll(closeTestPool);

describe("publishing a snapshot", () => {
  it("freezes the national and regional figures, with the author and the time, audited", async () => {
    const before = await rawFigures(testPool(), null);
    const { id } = await publishSnapshot(analyst(), { title: "Для ответа на ДЗ-145", note: null });
    const snapshot = (await getSnapshot(analyst(), id))!;
    expect(snapshot.title).toBe("Для ответа на ДЗ-145");
    expect(snapshot.author).toBe("Аналитик");
    expect(snapshot.figures.version).toBe(1);
    expect(snapshot.figures.national).toMatchObject(before);
    expect(snapshot.figures.national.targets).toEqual({ year: 2020, years: { from: 2020, to: 2020 }, values: { PEOPLE_EMPLOYED: 20, REFERRED_BY_EMPLOYMENT_CENTRES: 10, YOUTH: 4, PROJECTS: 5 } });
    expect(snapshot.figures.national.adjacentIndustryJobs).toBe(50);
    expect(snapshot.figures.national.projectsByWorkType).toEqual({ NEW_CONSTRUCTION: 2, CAPITAL_REPAIR: 1, CURRENT_REPAIR: 1 });
    expect(snapshot.figures.national.series.at(-1)?.peopleEmployed).toBe(before.peopleEmployed);
    const akmola = snapshot.figures.regions.find((r) => r.code === "11")!;
    expect(akmola).toMatchObject(await rawFigures(testPool(), fixture.regions.akmola));
    expect(akmola.targets.values.PEOPLE_EMPLOYED).toBe(8);
    expect(akmola.nameKk).toBe("Ақмола облысы");

    const audit = await testPool().query(`SELECT "actorId", action, after FROM "AuditEvent" WHERE entity = 'snapshot' AND "entityId" = $1`, [String(id)]);
    expect(audit.rows).toEqual([{ actorId: fixture.users.analyst, action: "create", after: expect.objectContaining({ title: "Для ответа на ДЗ-145", version: 1 }) }]);
    // Prisma stores timestamps without time zone in UTC: read them as text.
    const stored = await testPool().query(`SELECT "createdById", to_char("takenAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "takenAt" FROM "Snapshot" WHERE id = $1`, [id]);
    expect(stored.rows[0].createdById).toBe(fixture.users.analyst);
    expect(stored.rows[0].takenAt).toBe(snapshot.figures.asOf);
  });

  it("stores no personal data: no IIN, no worker's name, no e-mail", async () => {
    const { id } = await publishSnapshot(analyst(), { title: "Проверка", note: null });
    const { rows } = await testPool().query<{ json: string }>(`SELECT figures::text AS json FROM "Snapshot" WHERE id = $1`, [id]);
    const json = rows[0]!.json;
    for (const iin of fixture.workerIins) expect(json).not.toContain(iin);
    expect(json).not.toMatch(/Тестов|Работник|@test\.kz|iin|fullName|birthDate/i);
  });

  it("gives the same numbers forever: later projects and placements change the live report, not the snapshot", async () => {
    const { id } = await publishSnapshot(analyst(), { title: "Июнь", note: null });
    const frozen = (await getSnapshot(analyst(), id))!.figures;

    const pool = testPool();
    const project = await insertProject(pool, { code: "P-11-9", regionId: fixture.regions.akmola, workType: "CAPITAL_REPAIR", status: "IN_PROGRESS" });
    for (let n = 11; n <= 13; n++) {
      const worker = await insertWorker(pool, n);
      await insertPlacement(pool, worker.id, project, "2020-10-05", n !== 13, true);
    }
    await pool.query(`UPDATE "Project" SET status = 'COMMISSIONED', "commissionedAt" = '2020-12-01', "actualEnd" = '2020-11-20' WHERE id = $1`, [fixture.projects[0]]);

    const reread = (await getSnapshot(analyst(), id))!.figures;
    expect(reread).toEqual(frozen);
    const report = await loadReport(deputy(), { snapshot: id });
    expect(report.ok && report.report.scope.peopleEmployed).toBe(frozen.national.peopleEmployed);

    const live = await loadReport(analyst(), {});
    expect(live.ok && live.report.scope.peopleEmployed).toBe(frozen.national.peopleEmployed + 3);
    expect(live.ok && live.report.scope.projects).toBe(frozen.national.projects + 1);
  });

  it("compares two snapshots per figure and per region", async () => {
    const first = await publishSnapshot(analyst(), { title: "Первый", note: null });
    const pool = testPool();
    const project = await insertProject(pool, { code: "P-71-2", regionId: fixture.regions.astana, workType: "CURRENT_REPAIR", status: "IN_PROGRESS" });
    for (let n = 21; n <= 24; n++) {
      const worker = await insertWorker(pool, n);
      await insertPlacement(pool, worker.id, project, "2021-04-05", true, n % 2 === 0);
    }
    await pool.query(`INSERT INTO "PermanentJob"("projectId", title, employer, "createdOn") VALUES ($1, 'Сторож', 'ГКП', '2021-01-10')`, [fixture.projects[2]]);
    const second = await publishSnapshot(analyst(), { title: "Второй", note: null });

    const from = (await getSnapshot(analyst(), first.id))!.figures;
    const to = (await getSnapshot(analyst(), second.id))!.figures;
    const comparison = compareSnapshots(from, to);
    expect(comparison.national.peopleEmployed.change).toBe(4);
    expect(comparison.national.referred.change).toBe(4);
    expect(comparison.national.youthReferred.change).toBe(2);
    expect(comparison.national.projects.change).toBe(1);
    expect(comparison.national.permanentJobs.change).toBe(1);
    expect(comparison.national.commissioned.change).toBe(0);
    const byCode = Object.fromEntries(comparison.regions.map((r) => [r.region.code, r.figures]));
    expect(byCode["71"]!.peopleEmployed).toEqual({ from: 2, to: 6, change: 4 });
    expect(byCode["71"]!.projects.change).toBe(1);
    expect(byCode["35"]!.permanentJobs).toEqual({ from: 3, to: 4, change: 1 });
    expect(byCode["11"]!.peopleEmployed.change).toBe(0);
  });
});

describe("who may publish and read", () => {
  it("refuses to let a deputy publish a snapshot, and publishes for an analyst", async () => {
    session.user = deputy();
    const refused = await publishSnapshotAction(initialActionState, form({ title: "Снимок депутата" }));
    expect(refused).toMatchObject({ ok: false, message: "forbidden" });
    const akimat = actor(fixture.users.akimat, "AKIMAT", fixture.regions.akmola);
    session.user = akimat;
    expect(await publishSnapshotAction(initialActionState, form({ title: "Снимок акимата" }))).toMatchObject({ ok: false, message: "forbidden" });
    expect((await testPool().query(`SELECT count(*)::int AS n FROM "Snapshot"`)).rows[0].n).toBe(0);

    session.user = analyst();
    await expect(publishSnapshotAction(initialActionState, form({ title: "  " }))).resolves.toMatchObject({ ok: false, errors: { title: ["required"] } });
    await expect(publishSnapshotAction(initialActionState, form({ title: "Снимок аналитика" }))).rejects.toMatchObject({ url: expect.stringMatching(/^\/summary\?snapshot=\d+&published=1$/) });
    expect((await testPool().query(`SELECT title FROM "Snapshot"`)).rows).toEqual([{ title: "Снимок аналитика" }]);
  });

  it("lets a deputy open the live report, a region and a snapshot, without the author's name", async () => {
    const { id } = await publishSnapshot(analyst(), { title: "Для депутатов", note: null });
    const live = await loadReport(deputy(), { region: "35" });
    expect(live.ok && live.report.region?.nameRu).toBe("Карагандинская область");
    expect(live.ok && live.report.scope.peopleEmployed).toBe((await rawFigures(testPool(), fixture.regions.karaganda)).peopleEmployed);
    const asOf = await loadReport(deputy(), { snapshot: id, region: "71" });
    expect(asOf.ok && asOf.snapshot?.title).toBe("Для депутатов");
    expect(asOf.ok && asOf.snapshot?.author).toBeNull();
    expect((await listSnapshots(deputy()))[0]).toMatchObject({ id, author: null });
    expect(await loadReport(deputy(), { snapshot: id + 100 })).toMatchObject({ ok: false, reason: "snapshotNotFound" });
    expect(await loadReport(deputy(), { region: "99" })).toMatchObject({ ok: false, reason: "regionNotFound" });
  });

  it("refuses to show a stored snapshot whose JSON is not a known version", async () => {
    const { id } = await publishSnapshot(analyst(), { title: "Испорченный", note: null });
    await testPool().query(`UPDATE "Snapshot" SET figures = jsonb_set(figures, '{version}', '7') WHERE id = $1`, [id]);
    expect(await loadReport(analyst(), { snapshot: id })).toMatchObject({ ok: false, reason: "snapshotUnreadable" });
  });
});
