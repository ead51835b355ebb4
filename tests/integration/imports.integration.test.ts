// Spreadsheet import against a real PostgreSQL: the dry run writes nothing; bad rows are
// reported by row and column; the commit is all rows or none (also when a row fails at commit
// time); importing the same file again changes nothing; an akimat imports only into its region;
// and the job runs on the job queue (lib/jobs): queued with the rows that need it, run by a worker,
// never by two at once. Several processes: imports-instances.integration.test.ts.
import ExcelJS from "exceljs";
import { makeBin } from "@/lib/iin";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { session } from "./support/session";
import { type Actor, csv, goodPlacements, importFixture, PEOPLE, PLACEMENT_HEADER, tableCounts } from "./imports/fixture";

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

const { prisma } = await import("@/lib/db/client");
const { DomainError, initialActionState } = await import("@/lib/forms/state");
const { cancelImportJob, confirmImportJob, createImportJob } = await import("@/lib/imports/mutations");
const { getImportJob } = await import("@/lib/imports/queries");
const { failAbandonedImportJob, JobBusyError, runImportJob } = await import("@/lib/imports/runner.server");
const { startWorker } = await import("@/lib/jobs/worker");
const { installQueues, QUEUE_TIMINGS } = await import("@/lib/jobs/queues");
const { closeImportPool } = await import("@/lib/imports/pool.server");
const actions = await import("@/lib/imports/actions");

type Fixture = Awaited<ReturnType<typeof importFixture>>;
let f: Fixture;

async function dryRun(actor: Actor, bytes: Uint8Array, kind: "PLACEMENTS" | "PROJECTS" = "PLACEMENTS", name = "file.csv") {
  const id = await createImportJob(actor, kind, { name, bytes });
  await runImportJob(id);
  return (await getImportJob({ regionId: actor.regionId }, id))!;
}

async function commit(actor: Actor, id: number) {
  await confirmImportJob(actor, id);
  await runImportJob(id);
  return (await getImportJob({ regionId: actor.regionId }, id))!;
}

const errorList = (job: { errors: Array<{ row: number; column: string | null; code: string }> }) => job.errors.map((e) => [e.row, e.column, e.code]);

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
  f = await importFixture();
});

afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
  await closeTestPool();
});

describe("dry run", () => {
  it("checks every row and counts what would change, writing nothing but the job", async () => {
    const before = await tableCounts();
    const job = await dryRun(f.akimat, csv(goodPlacements()));
    expect(job).toMatchObject({ status: "VALIDATED", totalRows: 3, validRows: 3, errorRows: 0, errors: [] });
    expect(job.dryRun).toEqual({ create: 3, update: 0, unchanged: 0, workersCreated: 2 });
    expect(await tableCounts()).toEqual(before);
  });

  it("reports exactly the three bad rows with their columns, and refuses to commit", async () => {
    const badCheckDigit = `${PEOPLE.older.slice(0, 11)}${(Number(PEOPLE.older[11]) + 1) % 10}`;
    const lines = [
      PLACEMENT_HEADER,
      `${PEOPLE.young};Ерлан Жұмабаев;AKM-001;01.02.2022;28.02.2022;;нет;;нет`,
      `${badCheckDigit};Айгуль Сатпаева;AKM-001;01.02.2022;;;нет;;нет`, // row 3: IIN check digit
      `${PEOPLE.third};Асхат Омаров;AKM-002;01.02.2022;;;нет;;нет`,
      `${PEOPLE.older};Айгуль Сатпаева;NO-SUCH;01.02.2022;;;нет;;нет`, // row 5: no such project
      `${f.busy};Серик Абенов;AKM-002;01.04.2022;;;нет;;нет`, // row 6: works elsewhere since 01.03.2022
      `${PEOPLE.young};Ерлан Жұмабаев;AKM-002;01.03.2022;;;нет;;нет`,
    ];
    const before = await tableCounts();
    const job = await dryRun(f.akimat, csv(lines));
    expect(job.status).toBe("VALIDATED");
    expect(errorList(job)).toEqual([
      [3, "iin", "iinChecksum"],
      [5, "projectCode", "unknownProject"],
      [6, "hiredAt", "overlapOtherRegionOpen"],
    ]);
    expect(job).toMatchObject({ totalRows: 6, errorRows: 3, validRows: 3 });
    expect(job.errors[0]!.value).toBe(badCheckDigit);
    // The clash is in another region (Karaganda): its dates only, no project (docs/privacy.md).
    expect(job.errors[2]!.params).toEqual({ hiredAt: "01.03.2022", endedAt: "" });
    await expect(confirmImportJob(f.akimat, job.id)).rejects.toThrow(DomainError);
    expect(await tableCounts()).toEqual(before);
  });

  it("reports every row of a 200,000-row file whose project codes are all unknown, without running out of stack", async () => {
    // A whole year's file against the wrong region: the errors were appended with push(...errors),
    // one argument per error, and a file this size crashed the dry run ("Maximum call stack size exceeded").
    const { makeIin } = await import("@/lib/iin");
    const lines = [PLACEMENT_HEADER];
    for (let i = 0; lines.length <= 200_000; i++) {
      const iin = makeIin({ y: 1970 + (i % 30), m: 1 + (i % 12), d: 1 + (i % 28) }, i % 2 ? "MALE" : "FEMALE", Math.floor(i / 10_080) % 10_000);
      if (iin) lines.push(`${iin};Ерлан Жұмабаев;NO-SUCH-${i % 7};01.02.2022;;Разнорабочий;нет;;нет`);
    }
    const job = await dryRun(f.akimat, csv(lines));
    expect(job).toMatchObject({ status: "VALIDATED", totalRows: 200_000, errorRows: 200_000 });
  }, 120_000);

  it("finds overlaps and repeats within the file", async () => {
    const job = await dryRun(f.akimat, csv([
      PLACEMENT_HEADER,
      `${PEOPLE.young};Ерлан Жұмабаев;AKM-001;01.02.2022;;;нет;;нет`,
      `${PEOPLE.young};Ерлан Жұмабаев;AKM-002;01.03.2022;;;нет;;нет`,
      `${PEOPLE.young};Ерлан Жұмабаев;AKM-001;01.02.2022;;;нет;;нет`,
    ]));
    expect(errorList(job)).toEqual([[3, "hiredAt", "overlapInFile"], [4, "hiredAt", "duplicateRow"]]);
  });

  it("refuses rows hired outside their project's works, as the placement form does", async () => {
    await prisma.project.update({ where: { id: f.school }, data: { status: "COMPLETED", actualStart: new Date("2022-02-10"), actualEnd: new Date("2022-05-31") } });
    const job = await dryRun(f.akimat, csv([
      PLACEMENT_HEADER,
      `${PEOPLE.young};Ерлан Жұмабаев;AKM-001;01.02.2022;;;нет;;нет`,
      `${PEOPLE.older};Айгуль Серикова;AKM-001;01.06.2022;;;нет;;нет`,
      `${PEOPLE.third};Асхат Омаров;AKM-001;10.02.2022;;;нет;;нет`,
    ]));
    expect(job.errors.map((e) => [e.row, e.column, e.code, e.params])).toEqual([
      [2, "hiredAt", "hiredBeforeProjectStart", { date: "10.02.2022" }],
      [3, "hiredAt", "hiredAfterProjectEnd", { date: "31.05.2022" }],
    ]);
  });

  it("reports a file without the required columns as a whole", async () => {
    const job = await dryRun(f.akimat, csv(["ИИН;ФИО", `${PEOPLE.young};Ерлан`]));
    expect(job.status).toBe("FAILED");
    expect(job.failureCode).toBe("missingColumns");
    expect(job.errors).toEqual([{ row: 0, column: null, value: "", code: "missingColumns", params: { columns: "projectCode,hiredAt" } }]);
  });
});

describe("commit", () => {
  it("writes all rows in one transaction with youth computed, one audit event, and re-importing changes nothing", async () => {
    const checked = await dryRun(f.akimat, csv(goodPlacements()));
    const before = await tableCounts();
    const done = await commit(f.akimat, checked.id);
    expect(done.status).toBe("COMMITTED");
    expect(done.committed).toEqual({ created: 3, updated: 0, unchanged: 0, workersCreated: 2 });
    const { rows } = await testPool().query(
      `SELECT w.iin, w."fullName", to_char(w."birthDate", 'YYYY-MM-DD') AS birth, w.sex, p.code, to_char(pl."hiredAt", 'YYYY-MM-DD') AS hired,
              to_char(pl."endedAt", 'YYYY-MM-DD') AS ended, pl."youthAtHiring" AS youth, pl."referredByEmploymentCentre" AS referred, pl."referralNumber" AS referral
         FROM "Placement" pl JOIN "Worker" w ON w.id = pl."workerId" JOIN "Project" p ON p.id = pl."projectId"
        WHERE p."regionId" = $1 ORDER BY w.iin, pl."hiredAt"`,
      [f.akmola],
    );
    expect(rows).toEqual([
      { iin: PEOPLE.young, fullName: "Ерлан Жұмабаев", birth: "2000-05-10", sex: "MALE", code: "AKM-001", hired: "2022-02-01", ended: "2022-02-28", youth: true, referred: true, referral: "ЦЗ-101" },
      { iin: PEOPLE.young, fullName: "Ерлан Жұмабаев", birth: "2000-05-10", sex: "MALE", code: "AKM-002", hired: "2022-03-01", ended: null, youth: true, referred: false, referral: null },
      { iin: PEOPLE.older, fullName: "Айгуль Сатпаева", birth: "1975-09-20", sex: "FEMALE", code: "AKM-002", hired: "2022-02-15", ended: null, youth: false, referred: false, referral: null },
    ]);
    const audits = (await testPool().query(`SELECT "actorId", entity, "entityId", action, after FROM "AuditEvent"`)).rows;
    expect(audits).toEqual([
      { actorId: f.akimat.id, entity: "importJob", entityId: String(checked.id), action: "import.commit", after: { kind: "PLACEMENTS", fileName: "file.csv", regionId: f.akmola, rows: 3, created: 3, updated: 0, unchanged: 0, workersCreated: 2 } },
    ]);
    const after = await tableCounts();
    expect(after).toMatchObject({ workers: before.workers! + 2, placements: before.placements! + 3, audits: before.audits! + 1 });

    // The same file again: nothing to create or update, and nothing written.
    const again = await dryRun(f.akimat, csv(goodPlacements()));
    expect(again.dryRun).toEqual({ create: 0, update: 0, unchanged: 3, workersCreated: 0 });
    const stamps = (await testPool().query(`SELECT id, "updatedAt" FROM "Placement" ORDER BY id`)).rows;
    expect((await commit(f.akimat, again.id)).committed).toEqual({ created: 0, updated: 0, unchanged: 3, workersCreated: 0 });
    expect(await tableCounts()).toEqual(after);
    expect((await testPool().query(`SELECT id, "updatedAt" FROM "Placement" ORDER BY id`)).rows).toEqual(stamps);
  });

  it("updates a changed placement by IIN + project + hiring date", async () => {
    await commit(f.akimat, (await dryRun(f.akimat, csv(goodPlacements()))).id);
    const lines = goodPlacements();
    lines[3] = `${PEOPLE.older};Айгуль Сатпаева;AKM-002;15.02.2022;30.06.2022;Маляр;нет;;да`;
    const job = await dryRun(f.akimat, csv(lines));
    expect(job.dryRun).toEqual({ create: 0, update: 1, unchanged: 2, workersCreated: 0 });
    expect((await commit(f.akimat, job.id)).committed).toEqual({ created: 0, updated: 1, unchanged: 2, workersCreated: 0 });
    const { rows } = await testPool().query(`SELECT to_char("endedAt", 'YYYY-MM-DD') AS ended FROM "Placement" WHERE "hiredAt" = '2022-02-15'`);
    expect(rows).toEqual([{ ended: "2022-06-30" }]);
  });

  it("writes nothing when a row fails inside the commit (a database error on one row)", async () => {
    const checked = await dryRun(f.akimat, csv(goodPlacements()));
    const before = await tableCounts();
    await testPool().query(`
      CREATE FUNCTION test_refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
      CREATE TRIGGER test_refuse_row BEFORE INSERT ON "Placement" FOR EACH ROW WHEN (NEW."hiredAt" = '2022-03-01') EXECUTE FUNCTION test_refuse_row();`);
    try {
      await confirmImportJob(f.akimat, checked.id);
      // The worker's attempt fails and the queue will retry it: nothing written, the job still to commit.
      await expect(runImportJob(checked.id)).rejects.toThrow(/refused for the test/);
      expect(await tableCounts()).toEqual(before);
      expect(await getImportJob({ regionId: f.akmola }, checked.id)).toMatchObject({ status: "COMMITTING" });
      // Once the queue has spent its retries ("import-failed"), the job ends FAILED.
      await failAbandonedImportJob(checked.id);
      expect(await getImportJob({ regionId: f.akmola }, checked.id)).toMatchObject({ status: "FAILED", failureCode: "unexpected" });
      expect(await tableCounts()).toEqual(before);
    } finally {
      await testPool().query(`DROP TRIGGER test_refuse_row ON "Placement"; DROP FUNCTION test_refuse_row();`);
    }
  });

  it("writes nothing when another write made a row wrong after the dry run, and names the row", async () => {
    const checked = await dryRun(f.akimat, csv(goodPlacements()));
    // Meanwhile the second person is hired on the Karaganda road from 01.01.2022, no end date.
    const worker = (await testPool().query(`INSERT INTO "Worker" (iin, "fullName", "birthDate", sex) VALUES ($1, 'Айгуль Сатпаева', '1975-09-20', 'FEMALE') RETURNING id`, [PEOPLE.older])).rows[0].id;
    await testPool().query(`INSERT INTO "Placement" ("workerId", "projectId", "hiredAt", "youthAtHiring", "updatedAt") VALUES ($1, $2, '2022-01-01', false, now())`, [worker, f.road]);
    const before = await tableCounts();
    const job = await commit(f.akimat, checked.id);
    expect(job).toMatchObject({ status: "FAILED", failureCode: "changedSinceCheck" });
    expect(errorList(job)).toEqual([[4, "hiredAt", "overlapOtherRegionOpen"]]);
    expect(await tableCounts()).toEqual(before);
  });

  it("writes nothing into a month whose report was submitted after the dry run", async () => {
    const checked = await dryRun(f.akimat, csv(goodPlacements()));
    await testPool().query(`INSERT INTO "MonthlyReport" ("regionId", month, status, "updatedAt") VALUES ($1, '2022-02-01', 'SUBMITTED', now())`, [f.akmola]);
    const before = await tableCounts();
    const job = await commit(f.akimat, checked.id);
    expect(job).toMatchObject({ status: "FAILED", failureCode: "monthLocked" });
    expect(job.errors).toEqual([{ row: 0, column: null, value: "", code: "monthLocked", params: { month: "2022-02-01" } }]);
    expect(await tableCounts()).toEqual(before);
    // The dry run of the same file now names the rows in the locked month.
    const again = await dryRun(f.akimat, csv(goodPlacements()));
    expect(errorList(again)).toEqual([[2, "hiredAt", "monthLocked"], [4, "hiredAt", "monthLocked"]]);
  });

  it("writes nothing dated before a locked month, even into a month with no report: the locked month's cumulative figures would change", async () => {
    const checked = await dryRun(f.akimat, csv(goodPlacements()));
    await testPool().query(`INSERT INTO "MonthlyReport" ("regionId", month, status, "updatedAt") VALUES ($1, '2022-03-01', 'APPROVED', now())`, [f.akmola]);
    const before = await tableCounts();
    const job = await commit(f.akimat, checked.id);
    expect(job).toMatchObject({ status: "FAILED", failureCode: "monthLocked" });
    expect(job.errors).toEqual([{ row: 0, column: null, value: "", code: "monthLocked", params: { month: "2022-03-01" } }]);
    expect(await tableCounts()).toEqual(before);
    const again = await dryRun(f.akimat, csv(goodPlacements()));
    expect(again.errors.map((e) => [e.row, e.column, e.code, e.params])).toEqual([
      [2, "hiredAt", "monthLocked", { month: "2022-03-01" }],
      [3, "hiredAt", "monthLocked", { month: "2022-03-01" }],
      [4, "hiredAt", "monthLocked", { month: "2022-03-01" }],
    ]);
  });

  it("can be cancelled instead, and then not committed", async () => {
    const checked = await dryRun(f.akimat, csv(goodPlacements()));
    await cancelImportJob(f.akimat, checked.id);
    await expect(confirmImportJob(f.akimat, checked.id)).rejects.toMatchObject({ code: "notReady" });
    expect((await getImportJob({ regionId: f.akmola }, checked.id))!.status).toBe("CANCELLED");
  });
});

describe("rows kept by the dry run", () => {
  const kept = async (jobId: number) =>
    (await testPool().query(`SELECT "rowCount", projects FROM "ImportCheckedRows" WHERE "jobId" = $1`, [jobId])).rows;
  // A file the commit cannot read: if the job still commits, it used the rows the dry run kept.
  const spoilFile = (jobId: number) => testPool().query(`UPDATE "ImportJob" SET file = '\\x00'::bytea WHERE id = $1`, [jobId]);

  it("are staged by the commit instead of the file, which is not read again, and are forgotten after it", async () => {
    const checked = await dryRun(f.akimat, csv(goodPlacements()));
    expect(await kept(checked.id)).toEqual([{ rowCount: 3, projects: expect.arrayContaining([[f.school, "AKM-001"], [f.clinic, "AKM-002"]]) }]);
    await spoilFile(checked.id);
    const done = await commit(f.akimat, checked.id);
    expect(done).toMatchObject({ status: "COMMITTED", committed: { created: 3, updated: 0, unchanged: 0, workersCreated: 2 } });
    const { rows } = await testPool().query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE "youthAtHiring")::int AS youth FROM "Placement" WHERE "projectId" IN ($1, $2)`, [f.school, f.clinic]);
    expect(rows).toEqual([{ n: 3, youth: 2 }]);
    expect(await kept(checked.id)).toEqual([]);
  });

  it("are not kept for a file with errors, and are forgotten when the job is cancelled", async () => {
    const bad = await dryRun(f.akimat, csv([...goodPlacements(), `${PEOPLE.third};Асхат Омаров;NO-SUCH;01.02.2022;;;нет;;нет`]));
    expect(bad.errorRows).toBe(1);
    expect(await kept(bad.id)).toEqual([]);
    const good = await dryRun(f.akimat, csv(goodPlacements()));
    expect(await kept(good.id)).toHaveLength(1);
    await cancelImportJob(f.akimat, good.id);
    expect(await kept(good.id)).toEqual([]);
  });

  it("give way to the file when a project they name has moved to another region since, whose rows are then reported", async () => {
    const checked = await dryRun(f.akimat, csv(goodPlacements()));
    await testPool().query(`UPDATE "Project" SET "regionId" = $1 WHERE id = $2`, [f.karaganda, f.clinic]);
    const before = await tableCounts();
    const job = await commit(f.akimat, checked.id);
    expect(job).toMatchObject({ status: "FAILED", failureCode: "changedSinceCheck" });
    expect(errorList(job)).toEqual([[3, "projectCode", "projectInOtherRegion"], [4, "projectCode", "projectInOtherRegion"]]);
    expect(await tableCounts()).toEqual(before);
  });

  it("give way to the file when a project's code has changed since, or when they are stale or of another version", async () => {
    const renamed = await dryRun(f.akimat, csv(goodPlacements()));
    await testPool().query(`UPDATE "Project" SET code = 'AKM-002-R' WHERE id = $1`, [f.clinic]);
    const job = await commit(f.akimat, renamed.id);
    expect(job).toMatchObject({ status: "FAILED", failureCode: "changedSinceCheck" });
    expect(errorList(job)).toEqual([[3, "projectCode", "unknownProject"], [4, "projectCode", "unknownProject"]]);
    await testPool().query(`UPDATE "Project" SET code = 'AKM-002' WHERE id = $1`, [f.clinic]);

    // Unreadable kept rows that the commit must not even open: a day old, or another format.
    const stale = await dryRun(f.akimat, csv(goodPlacements()));
    const other = await dryRun(f.akimat, csv(goodPlacements()));
    await testPool().query(`UPDATE "ImportCheckedRows" SET rows = '\\x00'::bytea, "createdAt" = now() - interval '25 hours' WHERE "jobId" = $1`, [stale.id]);
    await testPool().query(`UPDATE "ImportCheckedRows" SET rows = '\\x00'::bytea, format = format + 1 WHERE "jobId" = $1`, [other.id]);
    expect((await commit(f.akimat, stale.id)).committed).toEqual({ created: 3, updated: 0, unchanged: 0, workersCreated: 2 });
    expect((await commit(f.akimat, other.id)).committed).toEqual({ created: 0, updated: 0, unchanged: 3, workersCreated: 0 });
    expect(await testPool().query(`SELECT count(*)::int AS n FROM "ImportCheckedRows"`).then((r) => r.rows[0].n)).toBe(0);
  });
});

describe("the region's placements as a file", () => {
  it("imports back unchanged in every language, is refused to other regions and to deputies, and each download is recorded", async () => {
    await commit(f.akimat, (await dryRun(f.akimat, csv(goodPlacements()))).id);
    const { regionPlacementRecords } = await import("@/lib/placements/queries");
    const { recordPlacementsDownload } = await import("@/lib/placements/mutations");
    const { csvHeader, csvLines } = await import("@/lib/imports/templates");
    for (const locale of ["ru", "kk", "en"] as const) {
      let text = csvHeader("PLACEMENTS", locale);
      for await (const page of regionPlacementRecords(f.akimat, f.akmola, locale)) text += csvLines("PLACEMENTS", locale, page);
      expect(text.trim().split("\r\n")).toHaveLength(4);
      const job = await dryRun(f.akimat, new TextEncoder().encode(text), "PLACEMENTS", "placements.csv");
      expect(job.errors, locale).toEqual([]);
      expect(job.dryRun, locale).toEqual({ create: 0, update: 0, unchanged: 3, workersCreated: 0 });
    }
    await expect(regionPlacementRecords(f.akimat, f.karaganda, "ru").next()).rejects.toMatchObject({ code: "wrongRegion" });
    const deputy = { id: f.akimat.id, role: "DEPUTY" as const, regionId: null };
    await expect(regionPlacementRecords(deputy, f.akmola, "ru").next()).rejects.toMatchObject({ code: "forbidden" });
    await expect(recordPlacementsDownload(deputy, f.akmola, "csv")).rejects.toMatchObject({ code: "forbidden" });

    await recordPlacementsDownload(f.akimat, f.akmola, "csv");
    const { rows } = await testPool().query(`SELECT "actorId", entity, "entityId", action, after FROM "AuditEvent" WHERE action = 'placements.download'`);
    expect(rows).toEqual([{ actorId: f.akimat.id, entity: "region", entityId: String(f.akmola), action: "placements.download", after: { format: "csv" } }]);
  });
});

describe("regions", () => {
  it("makes rows of another region errors for an akimat, and hides the job from the other region", async () => {
    const lines = goodPlacements();
    lines.push(`${PEOPLE.third};Асхат Омаров;KAR-001;01.02.2022;;;нет;;нет`);
    const job = await dryRun(f.akimat, csv(lines));
    expect(errorList(job)).toEqual([[5, "projectCode", "projectInOtherRegion"]]);
    expect(await getImportJob({ regionId: f.karaganda }, job.id)).toBeNull();
    await expect(confirmImportJob(f.otherAkimat, job.id)).rejects.toMatchObject({ code: "wrongRegion" });

    const projects = await dryRun(
      f.akimat,
      csv([
        "Код проекта;Наименование;Регион;Категория;Вид работ;Год программы",
        "AKM-100;Новая школа;11;Социальная инфраструктура;Новое строительство;2022",
        "KAR-100;Мост;35;Транспортная инфраструктура;Капитальный ремонт;2022",
        "KAR-001;Чужой проект;11;SOCIAL;CAPITAL_REPAIR;2021",
      ]),
      "PROJECTS",
    );
    expect(errorList(projects)).toEqual([[3, "region", "wrongRegion"], [4, "code", "projectInOtherRegion"]]);
  });
});

describe("projects", () => {
  const header = "Код проекта;Наименование;Регион;Район;Категория;Вид работ;Статус;Год программы;Фактическое начало;Выделено из местного бюджета, тенге;Освоено из местного бюджета, тенге";

  it("creates and updates projects by code with funding, versions and audit events, and re-imports as a no-op", async () => {
    const file = csv([
      header,
      "AKM-100;Новая школа;11;Бурабай ауданы;Әлеуметтік инфрақұрылым;NEW_CONSTRUCTION;Реализуется;2022;01.04.2022;1 500 000,50;250000",
      "akm-001;Ремонт школы №3, Кокшетау;Акмолинская область;;SOCIAL;CAPITAL_REPAIR;PLANNED;2021;;;",
    ]);
    const job = await dryRun(f.akimat, file, "PROJECTS");
    expect(job).toMatchObject({ status: "VALIDATED", errorRows: 0, dryRun: { create: 1, update: 0, unchanged: 1 } });
    expect((await commit(f.akimat, job.id)).committed).toMatchObject({ created: 1, updated: 0, unchanged: 1 });
    const created = (await testPool().query(
      `SELECT p.id, p."districtId", p.status, p.version, p."updatedById", f.allocated::text, f.disbursed::text
         FROM "Project" p JOIN "ProjectFunding" f ON f."projectId" = p.id AND f.source = 'LOCAL_BUDGET' WHERE p.code = 'AKM-100'`,
    )).rows[0];
    expect(created).toMatchObject({ districtId: f.district, status: "IN_PROGRESS", version: 1, updatedById: f.akimat.id, allocated: "1500000.50", disbursed: "250000.00" });

    // A new name for AKM-100 and more money disbursed: one update, version 2, audited before → after.
    const changed = csv([
      header,
      "AKM-100;Новая школа на 300 мест;11;Бурабай ауданы;SOCIAL;NEW_CONSTRUCTION;IN_PROGRESS;2022;01.04.2022;1500000.5;300000",
      "AKM-001;Ремонт школы №3, Кокшетау;11;;SOCIAL;CAPITAL_REPAIR;PLANNED;2021;;;",
    ]);
    const second = await dryRun(f.akimat, changed, "PROJECTS");
    expect(second.dryRun).toMatchObject({ create: 0, update: 1, unchanged: 1 });
    expect((await commit(f.akimat, second.id)).committed).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const audit = (await testPool().query(`SELECT action, before, after FROM "AuditEvent" WHERE entity = 'project' AND "entityId" = $1 ORDER BY id`, [String(created.id)])).rows;
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1].before).toMatchObject({ name: "Новая школа", version: 1, funding: { LOCAL_BUDGET: { allocated: "1500000.50", disbursed: "250000.00" } } });
    expect(audit[1].after).toMatchObject({ name: "Новая школа на 300 мест", version: 2, actualStart: "2022-04-01", funding: { LOCAL_BUDGET: { disbursed: "300000.00" } } });

    const counts = await tableCounts();
    const third = await dryRun(f.akimat, changed, "PROJECTS");
    expect((await commit(f.akimat, third.id)).committed).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await tableCounts()).toEqual(counts);
  });

  it("takes back the registry's download unchanged, in XLSX and CSV and in every language, and an edit in it as one update", async () => {
    // A project with every column filled, as the registry download writes it (registryFileRows).
    await testPool().query(
      `UPDATE "Project" SET "districtId" = $2, settlement = 'Щучинск', status = 'COMMISSIONED', "plannedStart" = '2021-03-01',
              "plannedEnd" = '2021-10-31', "actualStart" = '2021-03-15', "actualEnd" = '2021-11-20', "commissionedAt" = '2021-12-01',
              latitude = 52.937812, longitude = 70.188923, "contractorName" = 'ТОО "Құрылыс-Сервис"', "contractorBin" = $3,
              "plannedTemporaryJobs" = 45, "plannedPermanentJobs" = 6 WHERE id = $1`,
      [f.clinic, f.district, makeBin(2004, 3, 438)],
    );
    await testPool().query(
      `INSERT INTO "ProjectFunding" ("projectId", source, allocated, disbursed) VALUES ($1, 'LOCAL_BUDGET', 51000000000.55, 12.34), ($1, 'BOND_LOANS', 1500000, 0)`,
      [f.clinic],
    );
    const { registryFileRows } = await import("@/lib/projects/queries");
    const { parseRegistryFilters } = await import("@/lib/projects/registry");
    const { csvTemplate, xlsxTemplate } = await import("@/lib/imports/templates");
    for (const locale of ["ru", "kk", "en"] as const) {
      const rows = await registryFileRows(f.akimat, parseRegistryFilters({}), locale);
      expect(rows.map((r) => r.code)).toEqual(["AKM-001", "AKM-002"]);
      for (const [name, bytes] of [["projects.xlsx", await xlsxTemplate("PROJECTS", locale, null, rows)], ["projects.csv", csvTemplate("PROJECTS", locale, rows)]] as const) {
        const job = await dryRun(f.akimat, bytes, "PROJECTS", name);
        expect(job.errors, `${locale} ${name}`).toEqual([]);
        expect(job, `${locale} ${name}`).toMatchObject({ status: "VALIDATED", errorRows: 0, dryRun: { create: 0, update: 0, unchanged: 2 } });
      }
    }
    // The akimat edits one cell in the downloaded file: one update, nothing else.
    const rows = await registryFileRows(f.akimat, parseRegistryFilters({}), "ru");
    rows[1]!.plannedPermanentJobs = 8;
    const edited = await dryRun(f.akimat, await xlsxTemplate("PROJECTS", "ru", null, rows), "PROJECTS", "projects.xlsx");
    expect(edited).toMatchObject({ errorRows: 0, dryRun: { create: 0, update: 1, unchanged: 1 } });
    expect((await commit(f.akimat, edited.id)).committed).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const { rows: stored } = await testPool().query(`SELECT "plannedPermanentJobs" FROM "Project" WHERE id = $1`, [f.clinic]);
    expect(stored).toEqual([{ plannedPermanentJobs: 8 }]);
  });

  it("applies the project form's rules to each row", async () => {
    const job = await dryRun(
      f.akimat,
      csv([
        "Код проекта;Наименование;Регион;Категория;Вид работ;Статус;Год программы;Фактическое начало;Фактическое окончание;Дата ввода в эксплуатацию;БИН подрядчика",
        "AKM-200;Школа;11;SOCIAL;NEW_CONSTRUCTION;COMMISSIONED;2022;01.04.2022;01.10.2022;;",
        "AKM-201;Школа;11;SOCIAL;NEW_CONSTRUCTION;PLANNED;2022;;;;123456789012",
        "AKM 202;Школа;11;Непонятно;NEW_CONSTRUCTION;PLANNED;2022;;;;",
      ]),
      "PROJECTS",
    );
    expect(errorList(job)).toEqual([
      [2, "commissionedAt", "commissionedAtRequired"],
      [3, "contractorBin", expect.stringMatching(/^bin/)],
      [4, "code", "invalidCode"],
      [4, "category", "invalidChoice"],
    ]);
  });
});

describe("files", () => {
  it("reads an XLSX with Excel dates, IINs stored as numbers and Kazakh headers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Деректер");
    sheet.addRow(["ЖСН", "Аты-жөні", "Жоба коды", "Жұмысқа қабылданған күні", "Жұмыспен қамту орталығы жіберген", "Жолдама нөмірі"]);
    sheet.addRow([Number(PEOPLE.young), "Ерлан Жұмабаев", "AKM-001", new Date(Date.UTC(2022, 1, 1)), "иә", "ЦЗ-7"]);
    sheet.addRow([Number(PEOPLE.older), "Айгуль Сатпаева", "AKM-002", 44_607, "жоқ", null]);
    const job = await dryRun(f.akimat, new Uint8Array(await workbook.xlsx.writeBuffer()), "PLACEMENTS", "placements.xlsx");
    expect(job).toMatchObject({ status: "VALIDATED", totalRows: 2, errorRows: 0, dryRun: { create: 2 } });
    await commit(f.akimat, job.id);
    const { rows } = await testPool().query(`SELECT to_char("hiredAt", 'YYYY-MM-DD') AS hired, "referralNumber" FROM "Placement" WHERE "projectId" <> $1 ORDER BY "hiredAt"`, [f.road]);
    expect(rows).toEqual([{ hired: "2022-02-01", referralNumber: "ЦЗ-7" }, { hired: "2022-02-15", referralNumber: null }]);
  });
});

describe("the job queue", () => {
  it("queues the dry run with the upload and the commit with the confirmation, in their transactions; a worker runs both", async () => {
    const queued = async () =>
      (await testPool().query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'import' AND data->>'importJobId' = $1::text`, [String(id)])).rows[0]!.n;
    const id = await createImportJob(f.akimat, "PLACEMENTS", { name: "queued.csv", bytes: csv(goodPlacements()) });
    expect(await queued()).toBe(1);
    const worker = await startWorker(process.env.DATABASE_URL!, { concurrency: 1, maintenanceSeconds: 60, pollingSeconds: 0.5 });
    try {
      await expect.poll(async () => (await getImportJob({ regionId: f.akmola }, id))?.status, { timeout: 30_000 }).toBe("VALIDATED");
      await confirmImportJob(f.akimat, id);
      expect(await queued()).toBe(2);
      await expect.poll(async () => (await getImportJob({ regionId: f.akmola }, id))?.status, { timeout: 30_000 }).toBe("COMMITTED");
      expect((await getImportJob({ regionId: f.akmola }, id))!.committed).toEqual({ created: 3, updated: 0, unchanged: 0, workersCreated: 2 });
    } finally {
      await worker.stop();
    }
  });

  it("retries a failing commit and, with the retries spent, ends the job FAILED in words through the dead-letter queue", async () => {
    const checked = await dryRun(f.akimat, csv(goodPlacements()));
    const before = await tableCounts();
    await testPool().query(`
      CREATE FUNCTION test_refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
      CREATE TRIGGER test_refuse_row BEFORE INSERT ON "Placement" FOR EACH ROW EXECUTE FUNCTION test_refuse_row();`);
    await installQueues(process.env.DATABASE_URL!, { ...QUEUE_TIMINGS, importRetries: 2, importRetryDelaySeconds: 1 });
    const worker = await startWorker(process.env.DATABASE_URL!, { concurrency: 1, maintenanceSeconds: 60, pollingSeconds: 0.5 });
    try {
      await confirmImportJob(f.akimat, checked.id);
      await expect.poll(async () => (await getImportJob({ regionId: f.akmola }, checked.id))?.status, { timeout: 45_000, interval: 250 }).toBe("FAILED");
      expect(await getImportJob({ regionId: f.akmola }, checked.id)).toMatchObject({ failureCode: "unexpected", fileDeletedAt: expect.any(Date) });
      expect(await tableCounts()).toEqual(before);
    } finally {
      await worker.stop();
      await installQueues(process.env.DATABASE_URL!, QUEUE_TIMINGS);
      await testPool().query(`DROP TRIGGER test_refuse_row ON "Placement"; DROP FUNCTION test_refuse_row();`);
    }
    // The first attempt and two retries, all spent, before the dead letter ended it.
    const { rows } = await testPool().query<{ state: string; retry_count: number }>(
      `SELECT state, retry_count FROM pgboss.job WHERE name = 'import' AND data->>'importJobId' = $1::text AND state = 'failed'`,
      [String(checked.id)],
    );
    expect(rows).toEqual([{ state: "failed", retry_count: 2 }]);
  });

  it("queues nothing when the upload or the confirmation is refused", async () => {
    const before = (await testPool().query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job`)).rows[0]!.n;
    const job = await dryRun(f.akimat, csv(["not;a;placements;file", "1;2;3;4"]));
    await expect(confirmImportJob(f.akimat, job.id)).rejects.toMatchObject({ code: "notReady" });
    expect((await testPool().query<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job`)).rows[0]!.n).toBe(before + 1);
  });

  it("keeps a second worker off a job another one is running, and fails an abandoned job only once nobody runs it", async () => {
    const id = await createImportJob(f.akimat, "PLACEMENTS", { name: "held.csv", bytes: csv(goodPlacements()) });
    // Another worker's connection holding the job's lock (the key runner.server.ts uses).
    const other = await testPool().connect();
    try {
      await other.query("SELECT pg_advisory_lock(4004, $1)", [id]);
      await expect(runImportJob(id)).rejects.toBeInstanceOf(JobBusyError);
      await expect(failAbandonedImportJob(id)).rejects.toBeInstanceOf(JobBusyError);
      expect(await getImportJob({ regionId: f.akmola }, id)).toMatchObject({ status: "VALIDATING" });
      await other.query("SELECT pg_advisory_unlock(4004, $1)", [id]);
      await failAbandonedImportJob(id);
      expect(await getImportJob({ regionId: f.akmola }, id)).toMatchObject({ status: "FAILED", failureCode: "unexpected", fileDeletedAt: expect.any(Date) });
      // A job that has ended is not run again by a late retry.
      await runImportJob(id);
      expect(await getImportJob({ regionId: f.akmola }, id)).toMatchObject({ status: "FAILED" });
    } finally {
      other.release();
    }
  });
});

describe("server actions", () => {
  // The upload is a route handler (only it accepts a large body); it answers the
  // state a server action would, and the job page's address comes from data.id.
  async function post(data: FormData) {
    const { NextRequest } = await import("next/server");
    const { POST } = await import("@/app/imports/upload/route");
    const encoded = new Response(data);
    const body = new Uint8Array(await encoded.arrayBuffer());
    const headers = { "content-type": encoded.headers.get("content-type")!, "content-length": String(body.byteLength), origin: "http://portal.test", host: "portal.test" };
    const response = await POST(new NextRequest("http://portal.test/imports/upload", { method: "POST", body, headers }));
    return { status: response.status, state: await response.json() };
  }

  it("uploads through the route, which queues the dry run for a worker and names the job", async () => {
    session.user = { id: f.akimat.id, email: "akimat.akmola@test", name: "Ольга", role: "AKIMAT", regionId: f.akmola, sessionVersion: 0 };
    const data = new FormData();
    data.set("kind", "PLACEMENTS");
    data.set("file", new File([csv(goodPlacements()) as BlobPart], "placements.csv", { type: "text/csv" }));
    const uploaded = await post(data);
    expect(uploaded).toMatchObject({ status: 201, state: { ok: true, data: { id: expect.any(Number) } } });
    const id = uploaded.state.data.id as number;
    // The web server only queued it: the job waits for a worker.
    expect(await getImportJob({ regionId: f.akmola }, id)).toMatchObject({ status: "VALIDATING", processedRows: 0 });
    await runImportJob(id);
    expect(await getImportJob({ regionId: f.akmola }, id)).toMatchObject({ status: "VALIDATED" });

    const tooBig = new FormData();
    tooBig.set("kind", "PLACEMENTS");
    tooBig.set("file", new File([new Uint8Array(51 * 1024 * 1024)], "huge.csv"));
    expect(await post(tooBig)).toMatchObject({ status: 413, state: { ok: false, errors: { file: ["fileTooLarge"] }, params: { maxMb: 50 } } });
    session.user = null;
    expect(await actions.confirmImportAction(id, initialActionState)).toEqual({ ok: false, message: "unauthenticated" });
  });
});
