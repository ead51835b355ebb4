// Workers and placements against a real PostgreSQL: adding by IIN (one person = one
// Worker), bad input writes nothing and names the field, the overlap rule under concurrency,
// end / correct / remove audited, region scope, the lock on reported months, and that viewers
// without "personalData.read" never receive names or IINs.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { session } from "./support/session";

type SessionUser = { id: number; email: string; name: string; role: "ADMIN" | "ANALYST" | "AKIMAT" | "DEPUTY"; regionId: number | null; sessionVersion: number };

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

const { prisma } = await import("@/lib/db/client");
const { makeIin } = await import("@/lib/iin");
const { DomainError, initialActionState } = await import("@/lib/forms/state");
const actions = await import("@/lib/placements/actions");
const { addPlacement } = await import("@/lib/placements/mutations");
const { addPlacementSchema } = await import("@/lib/placements/schema");
const { listProjectPlacements, countProjectPlacements } = await import("@/lib/placements/queries");

const TODAY = { y: 2021, m: 12, d: 31 };
const YOUNG = makeIin({ y: 2000, m: 5, d: 1 }, "MALE", 11)!; // 20 in 2021: youth
const OLDER = makeIin({ y: 1975, m: 9, d: 20 }, "FEMALE", 12)!; // 45 in 2021: not youth

async function fixture() {
  const region = (code: string, name: string) => prisma.region.create({ data: { code, nameRu: name, nameKk: name, nameEn: name } });
  const akmola = await region("11", "Акмолинская");
  const karaganda = await region("35", "Карагандинская");
  const project = (regionId: number, code: string, name: string) =>
    prisma.project.create({ data: { code, name, regionId, category: "SOCIAL", workType: "CAPITAL_REPAIR", programmeYear: 2021 } });
  const school = await project(akmola.id, "AKM-001", "Ремонт школы №3, Кокшетау");
  const clinic = await project(akmola.id, "AKM-002", "Ремонт поликлиники, Щучинск");
  const road = await project(karaganda.id, "KAR-001", "Ремонт дороги Караганда — Темиртау");
  const user = (email: string, role: SessionUser["role"], regionId: number | null = null) =>
    prisma.user.create({ data: { email, name: email, role, regionId, passwordHash: "x" } });
  const asSession = (u: Awaited<ReturnType<typeof user>>): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, regionId: u.regionId, sessionVersion: 0 });
  return {
    akmola,
    karaganda,
    school,
    clinic,
    road,
    akimat: asSession(await user("akimat.akmola@test", "AKIMAT", akmola.id)),
    otherAkimat: asSession(await user("akimat.karaganda@test", "AKIMAT", karaganda.id)),
    deputy: asSession(await user("deputy@test", "DEPUTY")),
    analyst: asSession(await user("analyst@test", "ANALYST")),
  };
}

function form(fields: Record<string, string | number>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
}

async function tableCounts() {
  const { rows } = await testPool().query<{ workers: number; placements: number; audits: number }>(
    `SELECT (SELECT count(*) FROM "Worker")::int AS workers, (SELECT count(*) FROM "Placement")::int AS placements,
            (SELECT count(*) FROM "AuditEvent")::int AS audits`,
  );
  return rows[0]!;
}

async function auditRows() {
  const { rows } = await testPool().query<{ actorId: number; entity: string; entityId: string; action: string; before: string | null; after: string | null }>(
    `SELECT "actorId", entity, "entityId", action, before::text AS before, after::text AS after FROM "AuditEvent" ORDER BY id`,
  );
  return rows;
}

const add = (fields: Record<string, string | number>) => actions.addWorkerAction(initialActionState, form(fields));

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("adding a worker to a project by IIN", () => {
  it("stores the person with birth date and sex from the IIN, computes youth, and audits with the IIN masked", async () => {
    const fx = await fixture();
    session.user = fx.akimat;
    const state = await add({ projectId: fx.school.id, iin: YOUNG, fullName: " Нурланов  Ерлан ", position: "Подсобный рабочий", hiredAt: "2021-04-01", unemployedBeforeHiring: "on" });
    expect(state).toMatchObject({ ok: true, message: "added" });

    const { rows: workers } = await testPool().query(`SELECT iin, "fullName", to_char("birthDate", 'YYYY-MM-DD') AS born, sex FROM "Worker"`);
    expect(workers).toEqual([{ iin: YOUNG, fullName: "Нурланов Ерлан", born: "2000-05-01", sex: "MALE" }]);
    const { rows: placements } = await testPool().query(
      `SELECT "projectId", to_char("hiredAt", 'YYYY-MM-DD') AS hired, "endedAt", position, "youthAtHiring", "referredByEmploymentCentre", "referralNumber", "unemployedBeforeHiring" FROM "Placement"`,
    );
    expect(placements).toEqual([
      { projectId: fx.school.id, hired: "2021-04-01", endedAt: null, position: "Подсобный рабочий", youthAtHiring: true, referredByEmploymentCentre: false, referralNumber: null, unemployedBeforeHiring: true },
    ]);

    const audits = await auditRows();
    expect(audits.map((a) => [a.entity, a.action, a.actorId])).toEqual([
      ["worker", "create", fx.akimat.id],
      ["workerRegionName", "create", fx.akimat.id],
      ["placement", "create", fx.akimat.id],
    ]);
    const masked = `${YOUNG.slice(0, 4)}****${YOUNG.slice(8)}`;
    for (const audit of audits) {
      if (audit.entity !== "workerRegionName") expect(audit.after).toContain(masked);
      expect(audit.after).not.toContain(YOUNG);
    }
  });

  it("a referred worker keeps the referral number; an older worker is not youth", async () => {
    const fx = await fixture();
    session.user = fx.akimat;
    expect(await add({ projectId: fx.school.id, iin: OLDER, fullName: "Иванова Мария", hiredAt: "2021-04-01", referredByEmploymentCentre: "on", referralNumber: "ЦЗН-0457" })).toMatchObject({ ok: true });
    const { rows } = await testPool().query(`SELECT "youthAtHiring", "referredByEmploymentCentre", "referralNumber" FROM "Placement"`);
    expect(rows).toEqual([{ youthAtHiring: false, referredByEmploymentCentre: true, referralNumber: "ЦЗН-0457" }]);
  });

  it.each([
    ["a bad IIN", { iin: YOUNG.slice(0, 11) + String((Number(YOUNG[11]) + 1) % 10) }, "iin", "iinChecksum"],
    ["a referral without its number", { referredByEmploymentCentre: "on", referralNumber: "" }, "referralNumber", "referralNumberRequired"],
    ["an end before the hiring", { endedAt: "2021-03-31" }, "endedAt", "endBeforeHire"],
    ["a hiring before the programme", { hiredAt: "2019-12-31" }, "hiredAt", "hiredBeforeProgramme"],
    ["no name", { fullName: "   " }, "fullName", "required"],
  ])("refuses %s: nothing written, the error names the field", async (_label, change, field, code) => {
    const fx = await fixture();
    session.user = fx.akimat;
    const state = await add({ projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-01", ...change });
    expect(state.ok).toBe(false);
    expect(state.errors).toEqual({ [field]: [code] });
    expect(state.values?.fullName).toBeDefined(); // the form keeps what was typed
    expect(await tableCounts()).toEqual({ workers: 0, placements: 0, audits: 0 });
  });

  it("the same person on two projects is one Worker; a differently typed name keeps the stored one and says so", async () => {
    const fx = await fixture();
    session.user = fx.akimat;
    await add({ projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-01", endedAt: "2021-06-30" });
    const second = await add({ projectId: fx.clinic.id, iin: YOUNG, fullName: "Нурланов Ерлан Серикович", hiredAt: "2021-07-01" });
    expect(second).toMatchObject({ ok: true, message: "addedNameKept", params: { name: "Нурланов Ерлан" } });
    const { rows } = await testPool().query(`SELECT w."fullName", count(p.id)::int AS placements FROM "Worker" w JOIN "Placement" p ON p."workerId" = w.id GROUP BY w.id`);
    expect(rows).toEqual([{ fullName: "Нурланов Ерлан", placements: 2 }]);
    const counts = await countProjectPlacements(fx.deputy, fx.school.id, new Date("2021-12-31"));
    expect(counts).toMatchObject({ placements: 1, people: 1, youthPeople: 1 });
  });

  it("refuses an overlapping placement of the same person, naming the other project", async () => {
    const fx = await fixture();
    session.user = fx.akimat;
    await add({ projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-01", endedAt: "2021-06-30" });
    const before = await tableCounts();
    const state = await add({ projectId: fx.clinic.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-06-30" });
    expect(state).toMatchObject({
      ok: false,
      errors: { hiredAt: ["overlap"] },
      params: { projectCode: "AKM-001", projectName: "Ремонт школы №3, Кокшетау", hiredAt: "01.04.2021", endedAt: "30.06.2021" },
    });
    expect(await tableCounts()).toEqual(before);
  });

  it("of two CONCURRENT overlapping placements of one person, exactly one is saved", async () => {
    const fx = await fixture();
    const input = addPlacementSchema(TODAY).parse({ iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-01" });
    for (let round = 0; round < 5; round++) {
      await testPool().query(`DELETE FROM "Placement"; DELETE FROM "Worker"`);
      // Round 0..2: a new person (both race to create the Worker); 3..4: a known person.
      if (round >= 3) await prisma.worker.create({ data: { iin: YOUNG, fullName: "Нурланов Ерлан", birthDate: input.birthDate, sex: "MALE" } });
      const results = await Promise.allSettled([addPlacement(fx.akimat, fx.school.id, input), addPlacement(fx.akimat, fx.clinic.id, input)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toBeInstanceOf(DomainError);
      expect((refused.reason as InstanceType<typeof DomainError>).code).toBe("overlapOpen");
      const { rows } = await testPool().query(`SELECT (SELECT count(*) FROM "Worker")::int AS workers, (SELECT count(*) FROM "Placement")::int AS placements`);
      expect(rows[0]).toEqual({ workers: 1, placements: 1 });
    }
  });

  it("an akimat of another region is refused and nothing is written", async () => {
    const fx = await fixture();
    session.user = fx.otherAkimat;
    const state = await add({ projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-01" });
    expect(state).toMatchObject({ ok: false, message: "wrongRegion" });
    session.user = fx.deputy;
    expect(await add({ projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-01" })).toMatchObject({ ok: false, message: "forbidden" });
    session.user = null;
    expect(await add({ projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-01" })).toMatchObject({ ok: false, message: "unauthenticated" });
    expect(await tableCounts()).toEqual({ workers: 0, placements: 0, audits: 0 });
  });

  it("refuses a hiring before its project's works began or after they ended, naming the date, and writes nothing", async () => {
    const fx = await fixture();
    await prisma.project.update({ where: { id: fx.school.id }, data: { status: "COMPLETED", actualStart: new Date("2020-04-01"), actualEnd: new Date("2020-10-31") } });
    session.user = fx.akimat;
    const person = { projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан" };
    expect(await add({ ...person, hiredAt: "2020-03-16" })).toMatchObject({ ok: false, errors: { hiredAt: ["hiredBeforeProjectStart"] }, params: { date: "01.04.2020" } });
    expect(await add({ ...person, hiredAt: "2020-11-02" })).toMatchObject({ ok: false, errors: { hiredAt: ["hiredAfterProjectEnd"] }, params: { date: "31.10.2020" } });
    expect(await tableCounts()).toEqual({ workers: 0, placements: 0, audits: 0 });
    expect(await add({ ...person, hiredAt: "2020-04-01" })).toMatchObject({ ok: true });
  });

  it("is refused in a month whose report is submitted", async () => {
    const fx = await fixture();
    await prisma.monthlyReport.create({ data: { regionId: fx.akmola.id, month: new Date("2021-04-01"), status: "SUBMITTED" } });
    session.user = fx.akimat;
    const state = await add({ projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-15" });
    expect(state).toMatchObject({ ok: false, message: "monthLocked", params: { month: "2021-04-01" } });
    expect(await tableCounts()).toEqual({ workers: 0, placements: 0, audits: 0 });
    // Another region's report does not lock Akmola, nor does a later month of Akmola's.
    expect(await add({ projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-05-03" })).toMatchObject({ ok: true });
  });
});

describe("ending, correcting and removing a placement", () => {
  async function withPlacement() {
    const fx = await fixture();
    session.user = fx.akimat;
    const state = await add({ projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-01", referredByEmploymentCentre: "on", referralNumber: "ЦЗН-1" });
    const placementId = Number(state.data?.placementId);
    // The version the correction form is opened with (read as the app reads it, in UTC).
    const { updatedAt } = await prisma.placement.findUniqueOrThrow({ where: { id: placementId } });
    return { ...fx, placementId, updatedAt: updatedAt.toISOString() };
  }
  const correction = (fx: Awaited<ReturnType<typeof withPlacement>>, change: Record<string, string>) =>
    actions.correctPlacementAction(
      initialActionState,
      form({ placementId: fx.placementId, updatedAt: fx.updatedAt, projectCode: "AKM-001", iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-01", referredByEmploymentCentre: "on", referralNumber: "ЦЗН-1", ...change }),
    );

  it("ends a placement, audited before → after; an end before the hiring is refused on the field", async () => {
    const fx = await withPlacement();
    expect(await actions.endPlacementAction(initialActionState, form({ placementId: fx.placementId, endedAt: "2021-03-31" }))).toMatchObject({ ok: false, errors: { endedAt: ["endBeforeHire"] } });
    expect(await actions.endPlacementAction(initialActionState, form({ placementId: fx.placementId, endedAt: "2021-06-30" }))).toMatchObject({ ok: true, message: "ended" });
    const { rows } = await testPool().query(`SELECT to_char("endedAt", 'YYYY-MM-DD') AS ended FROM "Placement"`);
    expect(rows).toEqual([{ ended: "2021-06-30" }]);
    const last = (await auditRows()).at(-1)!;
    expect(last).toMatchObject({ entity: "placement", entityId: String(fx.placementId), action: "update", actorId: fx.akimat.id });
    expect(JSON.parse(last.before!).endedAt).toBeNull();
    expect(JSON.parse(last.after!).endedAt).toBe("2021-06-30");
  });

  it("moves a placement to another project of the same region, checking both projects", async () => {
    const fx = await withPlacement();
    await expect(correction(fx, { projectCode: "AKM-002", position: "Маляр" })).rejects.toThrow(`REDIRECT /projects/${fx.clinic.id}`);
    const { rows } = await testPool().query(`SELECT "projectId", position FROM "Placement"`);
    expect(rows).toEqual([{ projectId: fx.clinic.id, position: "Маляр" }]);
    const last = (await auditRows()).at(-1)!;
    expect(JSON.parse(last.before!)).toMatchObject({ projectCode: "AKM-001", position: null });
    expect(JSON.parse(last.after!)).toMatchObject({ projectCode: "AKM-002", position: "Маляр" });
  });

  it("refuses a correction that puts the hiring outside its project's works", async () => {
    const fx = await withPlacement(); // hired 01.04.2021 on AKM-001
    await prisma.project.update({ where: { id: fx.clinic.id }, data: { status: "IN_PROGRESS", actualStart: new Date("2021-05-01") } });
    expect(await correction(fx, { projectCode: "AKM-002" })).toMatchObject({ ok: false, errors: { hiredAt: ["hiredBeforeProjectStart"] }, params: { date: "01.05.2021" } });
    const { rows } = await testPool().query(`SELECT "projectId" FROM "Placement"`);
    expect(rows).toEqual([{ projectId: fx.school.id }]);
  });

  it("refuses a move to another region's project, an unknown code, and a stale form", async () => {
    const fx = await withPlacement();
    expect(await correction(fx, { projectCode: "KAR-001" })).toMatchObject({ ok: false, errors: { projectCode: ["projectOtherRegion"] } });
    expect(await correction(fx, { projectCode: "NOPE-1" })).toMatchObject({ ok: false, errors: { projectCode: ["projectNotFound"] } });
    await actions.endPlacementAction(initialActionState, form({ placementId: fx.placementId, endedAt: "2021-06-30" }));
    expect(await correction(fx, { position: "Маляр" })).toMatchObject({ ok: false, message: "changedMeanwhile" });
    const { rows } = await testPool().query(`SELECT "projectId", position FROM "Placement"`);
    expect(rows).toEqual([{ projectId: fx.school.id, position: null }]);
  });

  it("corrects a mistyped IIN: the placement moves to the right person and the wrong one is deleted", async () => {
    const fx = await withPlacement();
    await expect(correction(fx, { iin: OLDER, fullName: "Иванова Мария" })).rejects.toThrow("REDIRECT");
    const { rows } = await testPool().query(`SELECT w.iin, w."fullName", p."youthAtHiring" FROM "Placement" p JOIN "Worker" w ON w.id = p."workerId"`);
    expect(rows).toEqual([{ iin: OLDER, fullName: "Иванова Мария", youthAtHiring: false }]);
    expect((await tableCounts()).workers).toBe(1);
    expect((await auditRows()).filter((a) => a.entity === "worker").map((a) => a.action)).toEqual(["create", "create", "delete"]);
  });

  it("removes a wrongly entered placement and the person nothing else refers to, audited", async () => {
    const fx = await withPlacement();
    session.user = fx.otherAkimat;
    expect(await actions.removePlacementAction(initialActionState, form({ placementId: fx.placementId }))).toMatchObject({ ok: false, message: "wrongRegion" });
    session.user = fx.akimat;
    expect(await actions.removePlacementAction(initialActionState, form({ placementId: fx.placementId }))).toMatchObject({ ok: true, message: "removed" });
    expect(await tableCounts()).toMatchObject({ workers: 0, placements: 0 });
    const audits = await auditRows();
    expect(audits.slice(-2).map((a) => [a.entity, a.action])).toEqual([["placement", "delete"], ["worker", "delete"]]);
    expect(JSON.parse(audits.at(-2)!.before!)).toMatchObject({ projectCode: "AKM-001", referralNumber: "ЦЗН-1" });
    expect(await actions.removePlacementAction(initialActionState, form({ placementId: fx.placementId }))).toMatchObject({ ok: false, message: "notFound" });
  });

  it("refuses ending, correcting and removing in a submitted month", async () => {
    const fx = await withPlacement();
    await prisma.monthlyReport.create({ data: { regionId: fx.akmola.id, month: new Date("2021-04-01"), status: "APPROVED" } });
    expect(await actions.removePlacementAction(initialActionState, form({ placementId: fx.placementId }))).toMatchObject({ ok: false, message: "monthLocked" });
    expect(await correction(fx, { hiredAt: "2021-05-04" })).toMatchObject({ ok: false, message: "monthLocked", params: { month: "2021-04-01" } });
    expect(await actions.endPlacementAction(initialActionState, form({ placementId: fx.placementId, endedAt: "2021-04-30" }))).toMatchObject({ ok: false, message: "monthLocked" });
    // A later end month is open: ending the placement in June changes nothing reported for April.
    expect(await actions.endPlacementAction(initialActionState, form({ placementId: fx.placementId, endedAt: "2021-06-30" }))).toMatchObject({ ok: true });
    expect(await tableCounts()).toMatchObject({ workers: 1, placements: 1 });
  });
});

describe("what the project page reads", () => {
  it("gives names and IINs to those who may see personal data, and not even the keys to a deputy", async () => {
    const fx = await fixture();
    session.user = fx.akimat;
    await add({ projectId: fx.school.id, iin: YOUNG, fullName: "Нурланов Ерлан", hiredAt: "2021-04-01", referredByEmploymentCentre: "on", referralNumber: "ЦЗН-1" });
    await add({ projectId: fx.school.id, iin: OLDER, fullName: "Иванова Мария", hiredAt: "2021-04-05", endedAt: "2021-05-31" });
    await add({ projectId: fx.school.id, iin: OLDER, fullName: "Иванова Мария", hiredAt: "2021-07-01" });

    for (const viewer of [fx.akimat, fx.analyst]) {
      const list = await listProjectPlacements(viewer, fx.school.id);
      expect(list.personal).toBe(true);
      expect(list.rows.map((r) => ("iin" in r ? [r.fullName, r.iin, r.ageAtHiring] : null))).toEqual([
        ["Иванова Мария", OLDER, 45],
        ["Иванова Мария", OLDER, 45],
        ["Нурланов Ерлан", YOUNG, 20],
      ]);
    }
    for (const viewer of [fx.deputy, fx.otherAkimat]) {
      const list = await listProjectPlacements(viewer, fx.school.id);
      expect(list).toMatchObject({ personal: false, total: 3 });
      for (const row of list.rows) {
        for (const key of ["iin", "fullName", "worker", "workerId", "birthDate", "referralNumber"]) expect(row).not.toHaveProperty(key);
      }
      const text = JSON.stringify(list);
      expect(text).not.toMatch(/\d{12}/);
      expect(text).not.toContain("Иванова");
    }

    expect(await countProjectPlacements(fx.deputy, fx.school.id, new Date("2021-06-15"))).toEqual({
      placements: 3,
      people: 2,
      referredPeople: 1,
      youthPeople: 1,
      workingNow: 1,
    });
  });
});
