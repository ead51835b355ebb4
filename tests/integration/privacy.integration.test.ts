// Personal data stays inside its region (docs/privacy.md). One person is one Worker nationally,
// but an akimat learns nothing that links a person to anything outside its region: not the name
// another region typed, not another region's project, not even whether an IIN exists there.
// Each test plants a person placed only in Karaganda and works as Akmola's akimat through the
// actions, queries, imports and downloads the akimat reaches, asserting that nothing of the
// planted person comes back, and that an IIN known elsewhere answers exactly like a never-used one.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { session } from "./support/session";
import { csv, importFixture, PLACEMENT_HEADER } from "./imports/fixture";

type SessionUser = { id: number; email: string; name: string; role: "ADMIN" | "ANALYST" | "AKIMAT" | "DEPUTY"; regionId: number | null; sessionVersion: number };

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

const { prisma } = await import("@/lib/db/client");
const { makeIin } = await import("@/lib/iin");
const { initialActionState } = await import("@/lib/forms/state");
const placementActions = await import("@/lib/placements/actions");
const jobActions = await import("@/lib/permanent-jobs/actions");
const workerActions = await import("@/lib/workers/actions");
const { listProjectPlacements, regionPlacementRecords } = await import("@/lib/placements/queries");
const { listPermanentJobs } = await import("@/lib/permanent-jobs/queries");
const { nationalWorkerRecord } = await import("@/lib/workers/queries");
const { recordPersonalDataShown } = await import("@/lib/workers/mutations");
const { getCheckCounts, getCheckFindings } = await import("@/lib/checks/queries");
const { createImportJob, confirmImportJob } = await import("@/lib/imports/mutations");
const { getImportJob } = await import("@/lib/imports/queries");
const { runImportJob } = await import("@/lib/imports/runner.server");
const { closeImportPool } = await import("@/lib/imports/pool.server");

/** What region B (Karaganda) stored about the planted person, none of which may reach Akmola. */
const SECRET = { name: "Серик Абенов", surname: "Абенов", projectCode: "KAR-001", projectTitle: "Ремонт дороги" };
/** A valid IIN nobody ever used. */
const NEVER_USED = makeIin({ y: 1988, m: 11, d: 3 }, "MALE", 77)!;

type Fixture = Awaited<ReturnType<typeof importFixture>>;
let f: Fixture;
let akimat: SessionUser;
let karagandaAkimat: SessionUser;
let analyst: SessionUser;
let commissioned: number;

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** Fails when anything of the planted person appears in what the akimat received. */
function expectNothingOfThePlantedPerson(response: unknown, options: { iin?: boolean } = {}) {
  const text = JSON.stringify(response);
  for (const secret of Object.values(SECRET)) expect(text).not.toContain(secret);
  if (options.iin) expect(text).not.toContain(f.busy);
}

const sessionOf = async (email: string, role: SessionUser["role"], regionId: number | null): Promise<SessionUser> => {
  const user = await prisma.user.upsert({ where: { email }, update: {}, create: { email, name: email, role, regionId, passwordHash: "x" } });
  return { id: user.id, email, name: email, role, regionId, sessionVersion: 0 };
};

const placement = (projectId: number, iin: string, fullName: string, hiredAt: string, endedAt = "") =>
  placementActions.addWorkerAction(initialActionState, form({ projectId: String(projectId), iin, fullName, hiredAt, endedAt, position: "", referralNumber: "" }));

beforeEach(async () => {
  await resetDatabase();
  f = await importFixture();
  // Karaganda keeps its own name for the person it placed on its road since 01.03.2022.
  const { rows } = await testPool().query<{ id: number }>(`SELECT id FROM "Worker" WHERE iin = $1`, [f.busy]);
  await testPool().query(`INSERT INTO "WorkerRegionName" ("workerId", "regionId", "fullName") VALUES ($1, $2, $3)`, [rows[0]!.id, f.karaganda, SECRET.name]);
  akimat = await sessionOf("akimat.akmola@test", "AKIMAT", f.akmola);
  karagandaAkimat = await sessionOf("akimat.karaganda@test", "AKIMAT", f.karaganda);
  analyst = await sessionOf("analyst@test", "ANALYST", null);
  commissioned = (await prisma.project.create({
    data: { code: "AKM-003", name: "Детский сад, Степногорск", regionId: f.akmola, category: "SOCIAL", workType: "NEW_CONSTRUCTION", programmeYear: 2021,
      status: "COMMISSIONED", actualStart: new Date("2021-04-01"), actualEnd: new Date("2021-08-20"), commissionedAt: new Date("2021-09-01") },
  })).id;
  session.user = akimat;
});

afterAll(async () => {
  await closeImportPool();
  await prisma.$disconnect();
  await closeTestPool();
});

describe("an akimat adding a person known only to another region", () => {
  it("sees the name it typed, never the other region's; the other region keeps its own", async () => {
    const added = await placement(f.school, f.busy, "Тұрсынов Ержан Серікұлы", "2022-01-10", "2022-02-20");
    const fresh = await placement(f.school, NEVER_USED, "Омаров Асхат", "2022-01-10", "2022-02-20");
    // Path 1: the same answer as for a person nobody knew, with nothing of Karaganda's record.
    expect(added).toMatchObject({ ok: true, message: "added" });
    expect({ ...added, data: undefined }).toEqual({ ...fresh, data: undefined });
    expectNothingOfThePlantedPerson({ ...added, data: undefined }, { iin: true });

    const list = await listProjectPlacements(akimat, f.school);
    expect(list.personal && list.rows.map((r) => r.fullName).sort()).toEqual(["Омаров Асхат", "Тұрсынов Ержан Серікұлы"]);
    // The national record and Karaganda's view are untouched.
    expect((await prisma.worker.findUniqueOrThrow({ where: { iin: f.busy } })).fullName).toBe(SECRET.name);
    const road = await listProjectPlacements(karagandaAkimat, f.road);
    expect(road.personal && road.rows.map((r) => r.fullName)).toEqual([SECRET.name]);
  });

  it("is refused an overlap with dates only and 'another region' (path 2)", async () => {
    const refused = await placement(f.school, f.busy, "Тұрсынов Е.", "2022-04-01");
    expect(refused).toMatchObject({ ok: false, errors: { hiredAt: ["overlapOtherRegionOpen"] }, params: { hiredAt: "01.03.2022", endedAt: "" } });
    expectNothingOfThePlantedPerson(refused);
    // In its own region the clash still names the project, as before.
    expect(await placement(f.clinic, NEVER_USED, "Омаров Асхат", "2022-05-01")).toMatchObject({ ok: true });
    const own = await placement(f.school, NEVER_USED, "Омаров Асхат", "2022-06-01");
    expect(own).toMatchObject({ ok: false, errors: { hiredAt: ["overlapOpen"] }, params: { projectCode: "AKM-002" } });
  });

  it("changes only its own region's name when it corrects the name (path 5)", async () => {
    await placement(f.school, f.busy, "Тұрсынов Ержан", "2022-01-10", "2022-02-20");
    const [{ id }] = (await testPool().query(`SELECT id FROM "Placement" WHERE "projectId" = $1`, [f.school])).rows;
    const corrected = await placementActions.correctPlacementAction(initialActionState, form({
      placementId: String(id), projectCode: "AKM-001", iin: f.busy, fullName: "Тұрсынұлы Ержан", hiredAt: "2022-01-10", endedAt: "2022-02-20", position: "", referralNumber: "",
    })).catch((error: Error) => error.message);
    expect(corrected).toBe(`REDIRECT /projects/${f.school}`);
    const list = await listProjectPlacements(akimat, f.school);
    expect(list.personal && list.rows[0]!.fullName).toBe("Тұрсынұлы Ержан");
    expect((await prisma.worker.findUniqueOrThrow({ where: { iin: f.busy } })).fullName).toBe(SECRET.name);
    const road = await listProjectPlacements(karagandaAkimat, f.road);
    expect(road.personal && road.rows[0]!.fullName).toBe(SECRET.name);
  });

  it("downloads its region's placements with its own names only", async () => {
    await placement(f.school, f.busy, "Тұрсынов Ержан", "2022-01-10", "2022-02-20");
    const pages = [];
    for await (const page of regionPlacementRecords(akimat, f.akmola, "ru")) pages.push(...page);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ iin: f.busy, fullName: "Тұрсынов Ержан", projectCode: "AKM-001" });
    expectNothingOfThePlantedPerson(pages);
  });
});

describe("imports are no oracle of the national register (path 3)", () => {
  const file = (iin: string, hiredAt: string, endedAt = "15.02.2022") => csv([PLACEMENT_HEADER, `${iin};Тестов Тест;AKM-001;${hiredAt};${endedAt};;нет;;нет`]);

  async function dryRun(bytes: Uint8Array) {
    const id = await createImportJob({ id: akimat.id, role: "AKIMAT", regionId: f.akmola }, "PLACEMENTS", { name: "file.csv", bytes });
    await runImportJob(id);
    return (await getImportJob({ regionId: f.akmola }, id))!;
  }
  /** What the akimat is shown of a job, without its ids and times. */
  const shown = (job: Awaited<ReturnType<typeof dryRun>>) => ({ status: job.status, totalRows: job.totalRows, validRows: job.validRows, errorRows: job.errorRows, errors: job.errors, dryRun: job.dryRun });

  it("counts and reports an IIN known elsewhere exactly like a never-used one", async () => {
    const known = await dryRun(file(f.busy, "01.01.2022"));
    const unknown = await dryRun(file(NEVER_USED, "01.01.2022"));
    expect(shown(known)).toEqual(shown(unknown));
    expect(known.dryRun).toMatchObject({ create: 1, workersCreated: 1 });
    expectNothingOfThePlantedPerson(known);
  });

  it("reports an overlap in another region with its dates only", async () => {
    const job = await dryRun(file(f.busy, "01.04.2022", ""));
    expect(job.errors).toEqual([expect.objectContaining({ row: 2, column: "hiredAt", code: "overlapOtherRegionOpen", params: { hiredAt: "01.03.2022", endedAt: "" } })]);
    expectNothingOfThePlantedPerson(job);
  });

  it("commits the region's own name for the person, leaving the national record and the other region's", async () => {
    const job = await dryRun(file(f.busy, "01.01.2022"));
    await confirmImportJob({ id: akimat.id, role: "AKIMAT", regionId: f.akmola }, job.id);
    await runImportJob(job.id);
    const done = (await getImportJob({ regionId: f.akmola }, job.id))!;
    expect(done).toMatchObject({ status: "COMMITTED", committed: { created: 1, workersCreated: 1 } });
    const list = await listProjectPlacements(akimat, f.school);
    expect(list.personal && list.rows[0]!.fullName).toBe("Тестов Тест");
    expect((await prisma.worker.findUniqueOrThrow({ where: { iin: f.busy } })).fullName).toBe(SECRET.name);
    // Importing the same file again changes nothing, and counts nobody as new.
    const again = await dryRun(file(f.busy, "01.01.2022"));
    expect(again.dryRun).toMatchObject({ create: 0, unchanged: 1, workersCreated: 0 });
  });
});

describe("permanent jobs (path 4)", () => {
  const job = (workerIin: string, workerName = "") =>
    jobActions.createPermanentJobAction(commissioned, initialActionState, form({ title: "Сторож", employer: "ГУ «Отдел образования»", createdOn: "2021-09-10", filled: "on", workerIin, workerName }));

  it("answers an IIN known elsewhere exactly like a never-used one, and never shows the other region's name", async () => {
    const known = await job(f.busy);
    const unknown = await job(NEVER_USED);
    expect(known).toMatchObject({ ok: false, errors: { workerName: ["workerNameRequired"] } });
    expect({ ...known, values: undefined }).toEqual({ ...unknown, values: undefined });
    expectNothingOfThePlantedPerson(known);

    expect(await job(f.busy, "Тұрсынов Ержан")).toMatchObject({ ok: true, message: "created" });
    expect(await job(NEVER_USED, "Омаров Асхат")).toMatchObject({ ok: true, message: "created" });
    const { rows } = await listPermanentJobs(akimat, { id: commissioned, regionId: f.akmola });
    expect(rows.map((r) => r.worker?.fullName).sort()).toEqual(["Омаров Асхат", "Тұрсынов Ержан"]);
    expectNothingOfThePlantedPerson(rows);
    expect((await prisma.worker.findUniqueOrThrow({ where: { iin: f.busy } })).fullName).toBe(SECRET.name);
  });

  it("finds the region's own people by IIN alone", async () => {
    await placement(f.school, NEVER_USED, "Омаров Асхат", "2021-05-01", "2021-06-30");
    expect(await job(NEVER_USED)).toMatchObject({ ok: true, message: "created" });
    const { rows } = await listPermanentJobs(akimat, { id: commissioned, regionId: f.akmola });
    expect(rows[0]!.worker?.fullName).toBe("Омаров Асхат");
  });
});

describe("waiting on another region's work", () => {
  it("gives up after the lock wait limit with a generic 'try again' that names nothing", async () => {
    const blocker = await testPool().connect();
    try {
      // Karaganda's import holds the person's row while it writes.
      await blocker.query("BEGIN");
      await blocker.query(`SELECT id FROM "Worker" WHERE iin = $1 FOR UPDATE`, [f.busy]);
      const started = Date.now();
      const state = await placement(f.school, f.busy, "Тұрсынов Ержан", "2022-01-10", "2022-02-20");
      expect(state).toEqual({ ok: false, message: "busy", values: expect.any(Object) });
      expect(Date.now() - started).toBeLessThan(15_000);
      expectNothingOfThePlantedPerson(state);
    } finally {
      await blocker.query("ROLLBACK");
      blocker.release();
    }
    expect(await placement(f.school, f.busy, "Тұрсынов Ержан", "2022-01-10", "2022-02-20")).toMatchObject({ ok: true });
  });
});

describe("the ministry and the national record", () => {
  it("flags a region's name that differs from the national record to analysts only", async () => {
    await placement(f.school, f.busy, "Тұрсынов Ержан Серікұлы", "2022-01-10", "2022-02-20");
    const forAkimat = await getCheckCounts(akimat);
    expect(forAkimat.checks).not.toContain("regionalNameDiffers");
    await expect(getCheckFindings(akimat, "regionalNameDiffers")).rejects.toThrow(/forbidden/);
    const forAnalyst = await getCheckFindings(analyst, "regionalNameDiffers");
    expect(forAnalyst.findings).toEqual([expect.objectContaining({ code: "AKM-001", values: { people: 1 } })]);
    // Spelling that differs only in case and spacing is the same name.
    await placement(f.clinic, NEVER_USED, "омаров  асхат", "2022-01-10", "2022-02-20");
    await testPool().query(`UPDATE "Worker" SET "fullName" = 'Омаров Асхат' WHERE iin = $1`, [NEVER_USED]);
    expect((await getCheckFindings(analyst, "regionalNameDiffers")).total).toBe(1);
  });

  it("lets only an analyst correct the national record, audited; the regions keep their spellings", async () => {
    await placement(f.school, f.busy, "Тұрсынов Ержан Серікұлы", "2022-01-10", "2022-02-20");
    const worker = await prisma.worker.findUniqueOrThrow({ where: { iin: f.busy } });
    expect(await workerActions.correctNationalNameAction(worker.id, initialActionState, form({ fullName: "Хакер" }))).toMatchObject({ ok: false, message: "forbidden" });
    await expect(nationalWorkerRecord(akimat, worker.id)).rejects.toThrow(/forbidden/);
    session.user = analyst;
    expect(await workerActions.correctNationalNameAction(worker.id, initialActionState, form({ fullName: "Тұрсынов Ержан Серікұлы" }))).toMatchObject({ ok: true });
    const record = await nationalWorkerRecord(analyst, worker.id);
    expect(record.fullName).toBe("Тұрсынов Ержан Серікұлы");
    expect(record.regionNames.map((n) => n.fullName).sort()).toEqual([SECRET.name, "Тұрсынов Ержан Серікұлы"]);
    const { rows } = await testPool().query(`SELECT "actorId", before->>'fullName' AS before, after->>'fullName' AS after FROM "AuditEvent" WHERE entity = 'worker' AND action = 'update'`);
    expect(rows).toEqual([{ actorId: analyst.id, before: SECRET.name, after: "Тұрсынов Ержан Серікұлы" }]);
    const road = await listProjectPlacements(karagandaAkimat, f.road);
    expect(road.personal && road.rows[0]!.fullName).toBe(SECRET.name);
  });

  it("records each view of people's data by the ministry, naming the people; not the akimat's own work", async () => {
    await placement(f.school, f.busy, "Тұрсынов Ержан", "2022-01-10", "2022-02-20");
    await placement(f.school, NEVER_USED, "Омаров Асхат", "2022-01-10", "2022-02-20");
    const ids = (await prisma.worker.findMany({ where: { iin: { in: [f.busy, NEVER_USED] } }, select: { id: true } })).map((w) => w.id).sort((a, b) => a - b);
    await recordPersonalDataShown(akimat, { view: "project.placements", id: f.school, workerIds: ids });
    await recordPersonalDataShown(analyst, { view: "project.placements", id: f.school, workerIds: [...ids].reverse() });
    const { rows } = await testPool().query(`SELECT "actorId", entity, "entityId", after FROM "AuditEvent" WHERE action = 'personalData.view'`);
    expect(rows).toEqual([{ actorId: analyst.id, entity: "project.placements", entityId: String(f.school), after: { workerIds: ids } }]);
  });
});
