// The monthly report workflow against a real PostgreSQL: submission freezes the
// month's figures and locks the month, only the region's akimat submits, analysts approve or
// return (with a reason), an approved month stays locked, and the figures equal counts made
// independently with plain SQL.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { session } from "./support/session";

type Role = "ADMIN" | "ANALYST" | "AKIMAT" | "DEPUTY";

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));
// A successful action redirects to the report page with the outcome in the query string.
vi.mock("next/navigation", () => import("./support/session").then((m) => m.navigationModule));

const { prisma } = await import("@/lib/db/client");
const { assertMonthsOpen, MonthLockedError } = await import("@/lib/reports/lock");
const { submitReportAction, reviewReportAction } = await import("@/lib/reports/actions");
const { submitReport, reviewReport } = await import("@/lib/reports/mutations");
const { requestReopening, decideReopening } = await import("@/lib/reports/mutations");
const { versionChanges } = await import("@/lib/reports/figures");
const { getReportDetails, getReportsOverview, computeMonthFigures } = await import("@/lib/reports/queries");
const { AuthorizationError } = await import("@/lib/auth/permissions");
const { initialActionState } = await import("@/lib/forms/state");

const MONTH = "2021-03" as const;
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function region(code: string) {
  return prisma.region.create({ data: { code, nameRu: `Регион ${code}`, nameKk: `Өңір ${code}`, nameEn: `Region ${code}` } });
}
async function user(email: string, role: Role, regionId: number | null = null) {
  return prisma.user.create({ data: { email, name: email.split("@")[0]!, role, regionId, passwordHash: "x" } });
}
function asSession(u: Awaited<ReturnType<typeof user>>) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, regionId: u.regionId, sessionVersion: u.sessionVersion };
}
function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

let iinCounter = 0;
async function worker(young: boolean) {
  iinCounter += 1;
  return prisma.worker.create({
    data: { iin: String(iinCounter).padStart(12, "0"), fullName: `Worker ${iinCounter}`, birthDate: d(young ? "2000-01-01" : "1970-01-01"), sex: "MALE" },
  });
}
async function project(regionId: number, code: string, dates: { actualStart?: string; actualEnd?: string; commissionedAt?: string } = {}) {
  return prisma.project.create({
    data: {
      code, name: `Project ${code}`, regionId, category: "SOCIAL", workType: "CAPITAL_REPAIR", programmeYear: 2021,
      status: dates.commissionedAt ? "COMMISSIONED" : dates.actualEnd ? "COMPLETED" : dates.actualStart ? "IN_PROGRESS" : "PLANNED",
      actualStart: dates.actualStart ? d(dates.actualStart) : null,
      actualEnd: dates.actualEnd ? d(dates.actualEnd) : null,
      commissionedAt: dates.commissionedAt ? d(dates.commissionedAt) : null,
    },
  });
}
async function placement(workerId: number, projectId: number, hiredAt: string, referred = false, youth = false) {
  return prisma.placement.create({ data: { workerId, projectId, hiredAt: d(hiredAt), referredByEmploymentCentre: referred, referralNumber: referred ? "R-1" : null, youthAtHiring: youth } });
}

/** Two regions with projects, people, jobs and money around March 2021. */
async function fixture() {
  const akmola = await region("11");
  const almaty = await region("75");
  const akimat = await user("akimat.akmola@test", "AKIMAT", akmola.id);
  const otherAkimat = await user("akimat.almaty@test", "AKIMAT", almaty.id);
  const analyst = await user("analyst@test", "ANALYST");
  const deputy = await user("deputy@test", "DEPUTY");

  const school = await project(akmola.id, "P-1", { actualStart: "2020-10-01", actualEnd: "2021-03-15", commissionedAt: "2021-03-30" });
  const road = await project(akmola.id, "P-2", { actualStart: "2021-03-05" });
  const clinic = await project(akmola.id, "P-3", { actualStart: "2021-04-02" });
  const elsewhere = await project(almaty.id, "P-9", { actualStart: "2021-01-10" });

  const [a, b, c, e, f] = [await worker(true), await worker(false), await worker(true), await worker(false), await worker(false)];
  await placement(a.id, school.id, "2020-11-01", true, true);
  await placement(a.id, road.id, "2021-03-20", true, true); // same person again: counted once
  await placement(b.id, school.id, "2021-03-02", false, false);
  await placement(c.id, road.id, "2021-03-31", true, true);
  await placement(e.id, clinic.id, "2021-04-02", true, false); // after March
  await placement(f.id, elsewhere.id, "2021-03-10", true, false); // another region

  await prisma.permanentJob.createMany({
    data: [
      { projectId: school.id, title: "Teacher", employer: "School", createdOn: d("2021-03-30") },
      { projectId: school.id, title: "Guard", employer: "School", createdOn: d("2021-02-15") },
      { projectId: school.id, title: "Cook", employer: "School", createdOn: d("2021-04-01") },
    ],
  });
  await prisma.projectFunding.createMany({
    data: [
      { projectId: school.id, source: "REPUBLICAN_BUDGET", allocated: "1000000.50", disbursed: "900000.25" },
      { projectId: road.id, source: "LOCAL_BUDGET", allocated: "500000", disbursed: "100000" },
      { projectId: elsewhere.id, source: "LOCAL_BUDGET", allocated: "777", disbursed: "777" },
    ],
  });
  // The money was given on 10 March (the trigger dates a change today unless told otherwise).
  await testPool().query(`UPDATE "FundingChange" SET "changedOn" = '2021-03-10'`);
  await prisma.monthlyReport.create({ data: { regionId: akmola.id, month: d("2021-02-01"), status: "APPROVED", adjacentIndustryJobs: 120 } });
  return { akmola, almaty, akimat, otherAkimat, analyst, deputy, school, road, a };
}

/** Tries a placement write dated in March 2021 the way every write path does (assertMonthsOpen). */
async function writeIntoMonth(regionId: number, projectId: number, workerId: number) {
  return prisma.$transaction(async (tx) => {
    await assertMonthsOpen(tx, regionId, [d("2021-03-25")]);
    return tx.placement.create({ data: { workerId, projectId, hiredAt: d("2021-03-25"), youthAtHiring: false } });
  });
}

async function reportRow(regionId: number) {
  const { rows } = await testPool().query(`SELECT status, figures, "adjacentIndustryJobs", "reviewComment", "submittedById", "reviewedById" FROM "MonthlyReport" WHERE "regionId" = $1 AND month = '2021-03-01'`, [regionId]);
  return rows[0] as undefined | { status: string; figures: { figures: Record<string, number> } | null; adjacentIndustryJobs: number; reviewComment: string | null; submittedById: number | null; reviewedById: number | null };
}

beforeEach(async () => {
  await resetDatabase();
  session.user = null;
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

describe("figures of a month", () => {
  it("equal counts made independently from the records", async () => {
    const { akmola } = await fixture();
    // A project whose works began and were then suspended: not "in work", counted on its own.
    const suspended = await prisma.project.create({ data: { code: "AKM-SUSP", name: "Приостановлен", regionId: akmola.id, category: "SOCIAL", workType: "CURRENT_REPAIR", programmeYear: 2021, status: "SUSPENDED", actualStart: d("2021-02-10") } });
    await testPool().query(`UPDATE "ProjectStatusChange" SET "changedOn" = '2021-03-20' WHERE "projectId" = $1`, [suspended.id]);
    // Suspended from 20 March; the road's works suspended only from April: in work at March's end.
    await testPool().query(`INSERT INTO "ProjectStatusChange" ("projectId", status, "changedOn") SELECT id, 'SUSPENDED', '2021-04-05' FROM "Project" WHERE code = 'P-2'`);
    // A disbursement dated after March: not in March's money.
    await testPool().query(`UPDATE "ProjectFunding" SET disbursed = disbursed + 50000 WHERE source = 'LOCAL_BUDGET' AND "projectId" = (SELECT id FROM "Project" WHERE code = 'P-2')`);
    await testPool().query(`UPDATE "FundingChange" SET "changedOn" = '2021-04-15' WHERE "changedOn" > '2021-12-31'`);
    // Someone who worked December–January only: employed by March's end, not working during March.
    const early = await worker(false);
    await prisma.placement.create({ data: { workerId: early.id, projectId: (await prisma.project.findUniqueOrThrow({ where: { code: "P-1" } })).id, hiredAt: d("2020-12-01"), endedAt: d("2021-01-31"), youthAtHiring: false } });
    const figures = await computeMonthFigures(akmola.id, MONTH, 0);
    const q = async (sql: string) => Number((await testPool().query(sql, [akmola.id])).rows[0].n);
    const onRegion = `JOIN "Project" p ON p.id = pl."projectId" AND p."regionId" = $1`;
    // A project's status at March's end: its latest dated status up to then.
    const inWork = `FROM "Project" p LEFT JOIN (SELECT DISTINCT ON ("projectId") "projectId", status FROM "ProjectStatusChange"
        WHERE "changedOn" < '2021-04-01' ORDER BY "projectId", "changedOn" DESC, id DESC) s ON s."projectId" = p.id
      WHERE p."regionId" = $1 AND p."actualStart" < '2021-04-01' AND NOT coalesce(p."actualEnd" < '2021-04-01', false)`;
    const expected = {
      projectsInWork: await q(`SELECT count(*) n ${inWork} AND s.status IS DISTINCT FROM 'SUSPENDED'`),
      projectsSuspended: await q(`SELECT count(*) n ${inWork} AND s.status = 'SUSPENDED'`),
      projectsStarted: await q(`SELECT count(*) n FROM "Project" WHERE "regionId" = $1 AND date_trunc('month', "actualStart") = '2021-03-01'`),
      projectsCompleted: await q(`SELECT count(*) n FROM "Project" WHERE "regionId" = $1 AND date_trunc('month', "actualEnd") = '2021-03-01'`),
      projectsCommissioned: await q(`SELECT count(*) n FROM "Project" WHERE "regionId" = $1 AND date_trunc('month', "commissionedAt") = '2021-03-01'`),
      hires: await q(`SELECT count(*) n FROM "Placement" pl ${onRegion} WHERE date_trunc('month', pl."hiredAt") = '2021-03-01'`),
      peopleWorking: await q(`SELECT count(DISTINCT pl."workerId") n FROM "Placement" pl ${onRegion} WHERE pl."hiredAt" < '2021-04-01' AND coalesce(pl."endedAt", '2021-03-01') >= '2021-03-01'`),
      hiresReferred: await q(`SELECT count(*) n FROM "Placement" pl ${onRegion} WHERE date_trunc('month', pl."hiredAt") = '2021-03-01' AND pl."referredByEmploymentCentre"`),
      hiresYouth: await q(`SELECT count(*) n FROM "Placement" pl ${onRegion} WHERE date_trunc('month', pl."hiredAt") = '2021-03-01' AND pl."youthAtHiring"`),
      peopleEmployed: await q(`SELECT count(DISTINCT pl."workerId") n FROM "Placement" pl ${onRegion} WHERE pl."hiredAt" < '2021-04-01'`),
      referred: await q(`SELECT count(DISTINCT pl."workerId") n FROM "Placement" pl ${onRegion} WHERE pl."hiredAt" < '2021-04-01' AND pl."referredByEmploymentCentre"`),
      youth: await q(`SELECT count(DISTINCT pl."workerId") n FROM "Placement" pl ${onRegion} WHERE pl."hiredAt" < '2021-04-01' AND pl."youthAtHiring"`),
      youthReferred: await q(`SELECT count(DISTINCT pl."workerId") n FROM "Placement" pl ${onRegion} WHERE pl."hiredAt" < '2021-04-01' AND pl."youthAtHiring" AND pl."referredByEmploymentCentre"`),
      permanentJobsCreated: await q(`SELECT count(*) n FROM "PermanentJob" j JOIN "Project" p ON p.id = j."projectId" AND p."regionId" = $1 WHERE date_trunc('month', j."createdOn") = '2021-03-01'`),
      permanentJobs: await q(`SELECT count(*) n FROM "PermanentJob" j JOIN "Project" p ON p.id = j."projectId" AND p."regionId" = $1 WHERE j."createdOn" < '2021-04-01'`),
      allocated: await q(`SELECT sum("allocatedChange") n FROM "FundingChange" f JOIN "Project" p ON p.id = f."projectId" AND p."regionId" = $1 WHERE f."changedOn" < '2021-04-01'`),
      disbursed: await q(`SELECT sum("disbursedChange") n FROM "FundingChange" f JOIN "Project" p ON p.id = f."projectId" AND p."regionId" = $1 WHERE f."changedOn" < '2021-04-01'`),
      adjacentIndustryJobs: 0,
    };
    expect(figures).toEqual(expected);
    // And the fixture's own arithmetic, so that both sides cannot be wrong together.
    expect(figures).toMatchObject({ projectsInWork: 1, projectsSuspended: 1, projectsStarted: 1, projectsCompleted: 1, projectsCommissioned: 1, hires: 3, peopleWorking: 3, hiresReferred: 2, peopleEmployed: 4, referred: 2, youth: 2, youthReferred: 2, permanentJobsCreated: 1, permanentJobs: 2, allocated: 1500000.5, disbursed: 1000000.25 });
  });
});

describe("submission", () => {
  it("freezes the figures, records who and when, audits, and locks the month until the report is returned", async () => {
    const { akmola, akimat, analyst, road, a } = await fixture();
    session.user = asSession(akimat);
    await expect(submitReportAction("11", MONTH, initialActionState, form({ adjacentIndustryJobs: "150", comment: "Сверено" }))).rejects.toThrow(`REDIRECT /reports/11/${MONTH}?done=submitted`);

    const row = await reportRow(akmola.id);
    expect(row).toMatchObject({ status: "SUBMITTED", adjacentIndustryJobs: 150, submittedById: akimat.id });
    expect(row!.figures!.figures).toMatchObject({ hires: 3, peopleEmployed: 3, adjacentIndustryJobs: 150 });
    const { rows: audit } = await testPool().query(`SELECT "actorId", action, after FROM "AuditEvent" WHERE entity = 'monthlyReport'`);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: akimat.id, action: "submit", after: { status: "SUBMITTED", month: MONTH } });

    // The month is locked: a write dated in it is refused and nothing is written.
    await expect(writeIntoMonth(akmola.id, road.id, a.id)).rejects.toBeInstanceOf(MonthLockedError);
    expect((await testPool().query(`SELECT count(*)::int n FROM "Placement" WHERE "hiredAt" = '2021-03-25'`)).rows[0].n).toBe(0);
    // A locked month cannot be submitted twice.
    await expect(submitReport(akimat, { regionId: akmola.id, month: MONTH }, { adjacentIndustryJobs: 1, comment: null })).rejects.toMatchObject({ code: "notSubmittable" });

    // Frozen figures stay as submitted; live ones would change only through an open month.
    const details = await getReportDetails(akimat, akmola, MONTH);
    expect(details.frozen?.figures.hires).toBe(3);

    // The analyst returns it with a reason: the month opens again, and the akimat sees why.
    session.user = asSession(analyst);
    await expect(reviewReportAction("11", MONTH, initialActionState, form({ decision: "return", reviewComment: "Уточните число направленных" }))).rejects.toThrow("?done=returned");
    expect(await reportRow(akmola.id)).toMatchObject({ status: "RETURNED", reviewComment: "Уточните число направленных", reviewedById: analyst.id });
    await expect(writeIntoMonth(akmola.id, road.id, a.id)).resolves.toMatchObject({ projectId: road.id });

    // Resubmission freezes the corrected figures.
    session.user = asSession(akimat);
    await expect(submitReportAction("11", MONTH, initialActionState, form({ adjacentIndustryJobs: "150" }))).rejects.toThrow("?done=submitted");
    expect((await reportRow(akmola.id))!.figures!.figures.hires).toBe(4);

    // Adjacent-industry jobs on the dashboard come from approved reports only: February's 120
    // while March is submitted (or returned), March's 150 once approved.
    const { getOverview } = await import("@/lib/dashboard/views");
    const adjacent = async () => (await getOverview({ regionId: akmola.id })).figures.adjacentIndustryJobs.value;
    expect(await adjacent()).toBe(120);
    session.user = asSession(analyst);
    await expect(reviewReportAction("11", MONTH, initialActionState, form({ decision: "approve" }))).rejects.toThrow("?done=approved");
    expect(await adjacent()).toBe(150);
  });

  it("freezes its districts' figures too: a person counts once in each district and once in the region", async () => {
    const { akmola, akimat, school } = await fixture();
    const district = await prisma.district.create({ data: { regionId: akmola.id, nameRu: "г. Кокшетау", nameKk: "Көкшетау қ.", nameEn: "Kokshetau" } });
    await prisma.project.update({ where: { id: school.id }, data: { districtId: district.id } });
    const before = await getReportDetails(akimat, akmola, MONTH);
    expect(before.districts.map((row) => [row.districtId, row.figures.peopleEmployed, row.figures.hires])).toEqual([[district.id, 2, 1], [null, 2, 2]]);

    await submitReport(akimat, { regionId: akmola.id, month: MONTH }, { adjacentIndustryJobs: 150, comment: null });
    const extra = await worker(false);
    await placement(extra.id, school.id, "2021-03-06"); // past every lock, straight into the database
    const after = await getReportDetails(akimat, akmola, MONTH);
    expect(after.districtsFrozen).toBe(true);
    expect(after.districts.map((row) => [row.districtId, row.figures.peopleEmployed, row.figures.hires])).toEqual([[district.id, 2, 1], [null, 2, 2]]);
    expect(after.districts[0]).toMatchObject({ nameRu: "г. Кокшетау" });
  });

  it("a submitted report shows its frozen figures; only a reviewer is shown by how much the current data differ", async () => {
    const { akmola, akimat, analyst, deputy, school } = await fixture();
    await submitReport(akimat, { regionId: akmola.id, month: MONTH }, { adjacentIndustryJobs: 150, comment: null });
    await reviewReport(analyst, { regionId: akmola.id, month: MONTH }, { decision: "approve", reviewComment: null });
    // A fix made in the database itself, past every lock: one more person hired in March.
    const extra = await worker(false);
    await placement(extra.id, school.id, "2021-03-05");

    const forAkimat = await getReportDetails(akimat, akmola, MONTH);
    expect(forAkimat.frozen?.figures.peopleEmployed).toBe(3);
    expect(forAkimat.live).toBeNull();
    expect(forAkimat.differences).toBeNull();
    expect((await getReportDetails(deputy, akmola, MONTH).catch(() => null))?.live ?? null).toBeNull();

    const forAnalyst = await getReportDetails(analyst, akmola, MONTH);
    expect(forAnalyst.frozen?.figures.peopleEmployed).toBe(3);
    expect(forAnalyst.differences).toEqual({ hires: 1, peopleWorking: 1, peopleEmployed: 1 });
  });

  it("warns, without refusing, when the cumulative adjacent-industry jobs fall below last month's", async () => {
    const { akmola, akimat } = await fixture();
    session.user = asSession(akimat);
    await expect(submitReportAction("11", MONTH, initialActionState, form({ adjacentIndustryJobs: "100" }))).rejects.toThrow("?done=submittedWithDecrease");
    expect((await reportRow(akmola.id))!.status).toBe("SUBMITTED");
  });

  it("refuses bad input next to the field and writes nothing", async () => {
    const { akmola, akimat } = await fixture();
    session.user = asSession(akimat);
    for (const value of ["", "-5", "12.5", "abc"]) {
      const state = await submitReportAction("11", MONTH, initialActionState, form({ adjacentIndustryJobs: value }));
      expect(state.ok).toBe(false);
      expect(state.errors?.adjacentIndustryJobs?.length).toBeGreaterThan(0);
    }
    expect(await reportRow(akmola.id)).toBeUndefined();
  });

  it("only the region's akimat may submit: another region's akimat, an analyst and a deputy are refused", async () => {
    const { akmola, otherAkimat, analyst, deputy } = await fixture();
    session.user = asSession(otherAkimat);
    expect(await submitReportAction("11", MONTH, initialActionState, form({ adjacentIndustryJobs: "1" }))).toMatchObject({ ok: false, message: "wrongRegion" });
    session.user = asSession(analyst);
    expect(await submitReportAction("11", MONTH, initialActionState, form({ adjacentIndustryJobs: "1" }))).toMatchObject({ ok: false, message: "forbidden" });
    session.user = asSession(deputy);
    expect(await submitReportAction("11", MONTH, initialActionState, form({ adjacentIndustryJobs: "1" }))).toMatchObject({ ok: false, message: "forbidden" });
    session.user = null;
    expect(await submitReportAction("11", MONTH, initialActionState, form({ adjacentIndustryJobs: "1" }))).toMatchObject({ ok: false, message: "unauthenticated" });
    expect(await reportRow(akmola.id)).toBeUndefined();
    // Reading is refused the same way.
    await expect(getReportDetails(otherAkimat, akmola, MONTH)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getReportDetails(deputy, akmola, MONTH)).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getReportsOverview(deputy)).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("refuses months outside the reporting period and months not yet over", async () => {
    const { akmola, akimat } = await fixture();
    const input = { adjacentIndustryJobs: 1, comment: null };
    await expect(submitReport(akimat, { regionId: akmola.id, month: "2022-01" }, input)).rejects.toMatchObject({ code: "notInPeriod" });
    await expect(submitReport(akimat, { regionId: akmola.id, month: "2020-03" }, input)).rejects.toMatchObject({ code: "notInPeriod" });
    await expect(submitReport(akimat, { regionId: akmola.id, month: MONTH }, input, new Date("2021-03-31T12:00:00Z"))).rejects.toMatchObject({ code: "monthNotEnded" });
  });
});

describe("review", () => {
  it("return requires a comment; approval keeps the month locked for good", async () => {
    const { akmola, akimat, analyst, otherAkimat, road, a } = await fixture();
    await submitReport(akimat, { regionId: akmola.id, month: MONTH }, { adjacentIndustryJobs: 130, comment: null });

    session.user = asSession(analyst);
    const noReason = await reviewReportAction("11", MONTH, initialActionState, form({ decision: "return", reviewComment: "  " }));
    expect(noReason).toMatchObject({ ok: false, errors: { reviewComment: ["returnCommentRequired"] } });
    expect((await reportRow(akmola.id))!.status).toBe("SUBMITTED");

    session.user = asSession(otherAkimat);
    expect(await reviewReportAction("11", MONTH, initialActionState, form({ decision: "approve" }))).toMatchObject({ ok: false, message: "forbidden" });
    session.user = asSession(akimat);
    expect(await reviewReportAction("11", MONTH, initialActionState, form({ decision: "approve" }))).toMatchObject({ ok: false, message: "forbidden" });

    session.user = asSession(analyst);
    await expect(reviewReportAction("11", MONTH, initialActionState, form({ decision: "approve" }))).rejects.toThrow("?done=approved");
    expect(await reportRow(akmola.id)).toMatchObject({ status: "APPROVED", reviewedById: analyst.id });

    await expect(writeIntoMonth(akmola.id, road.id, a.id)).rejects.toBeInstanceOf(MonthLockedError);
    // An approved report can be neither returned nor resubmitted.
    await expect(reviewReport(analyst, { regionId: akmola.id, month: MONTH }, { decision: "return", reviewComment: "late" })).rejects.toMatchObject({ code: "notReviewable" });
    await expect(submitReport(akimat, { regionId: akmola.id, month: MONTH }, { adjacentIndustryJobs: 1, comment: null })).rejects.toMatchObject({ code: "notSubmittable" });

    const { rows } = await testPool().query(`SELECT action FROM "AuditEvent" WHERE entity = 'monthlyReport' ORDER BY id`);
    expect(rows.map((r) => r.action)).toEqual(["submit", "approve"]);
  });

  it("a draft or missing report cannot be reviewed", async () => {
    const { akmola, analyst } = await fixture();
    await expect(reviewReport(analyst, { regionId: akmola.id, month: MONTH }, { decision: "approve", reviewComment: null })).rejects.toMatchObject({ code: "notFound" });
    await prisma.monthlyReport.create({ data: { regionId: akmola.id, month: d("2021-03-01"), status: "DRAFT" } });
    await expect(reviewReport(analyst, { regionId: akmola.id, month: MONTH }, { decision: "approve", reviewComment: null })).rejects.toMatchObject({ code: "notReviewable" });
  });
});

describe("corrections of a submitted month", () => {
  it("the akimat asks to reopen with a reason, the analyst reopens, the corrected month is resubmitted, and each version is kept with what changed", async () => {
    const { akmola, akimat, otherAkimat, analyst, road, a } = await fixture();
    const target = { regionId: akmola.id, month: MONTH };
    await submitReport(akimat, target, { adjacentIndustryJobs: 150, comment: null });
    await reviewReport(analyst, target, { decision: "approve", reviewComment: null });

    // Only the region's akimat asks, with a reason; one request at a time.
    await expect(requestReopening(otherAkimat, target, { reason: "Ошибка" })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(requestReopening(akimat, target, { reason: "" })).rejects.toMatchObject({ code: "reasonRequired" });
    await requestReopening(akimat, target, { reason: "Не учтён работник, принятый 25.03.2021" });
    await expect(requestReopening(akimat, target, { reason: "Ещё раз" })).rejects.toMatchObject({ code: "reopenPending" });
    let details = await getReportDetails(analyst, akmola, MONTH);
    expect(details.reopenRequests).toMatchObject([{ status: "PENDING", reason: "Не учтён работник, принятый 25.03.2021", requestedByName: akimat.name }]);
    // Asking is not reopening: the month stays locked until the analyst decides.
    await expect(writeIntoMonth(akmola.id, road.id, a.id)).rejects.toBeInstanceOf(MonthLockedError);
    await expect(decideReopening(akimat, target, { decision: "approve", comment: null })).rejects.toBeInstanceOf(AuthorizationError);

    await decideReopening(analyst, target, { decision: "approve", comment: "Исправьте и сдайте до 20-го" });
    expect(await reportRow(akmola.id)).toMatchObject({ status: "RETURNED" });
    await writeIntoMonth(akmola.id, road.id, a.id);
    await submitReport(akimat, target, { adjacentIndustryJobs: 150, comment: "Добавлен работник" });

    details = await getReportDetails(analyst, akmola, MONTH);
    expect(details.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(versionChanges(details.versions[0]!.figures, details.versions[1]!.figures)).toEqual([{ key: "hires", from: 3, to: 4 }]);
    expect(details.reopenRequests).toMatchObject([{ status: "APPROVED", decisionComment: "Исправьте и сдайте до 20-го", decidedByName: analyst.name }]);
    const { rows } = await testPool().query(`SELECT action FROM "AuditEvent" WHERE entity = 'monthlyReport' ORDER BY id`);
    expect(rows.map((r) => r.action)).toEqual(["submit", "approve", "requestReopen", "reopen", "submit"]);
  });

  it("a refused request leaves the month approved and locked, with the analyst's reason", async () => {
    const { akmola, akimat, analyst, road, a } = await fixture();
    const target = { regionId: akmola.id, month: MONTH };
    await expect(requestReopening(akimat, target, { reason: "Черновик" })).rejects.toMatchObject({ code: "notReopenable" });
    await submitReport(akimat, target, { adjacentIndustryJobs: 150, comment: null });
    await reviewReport(analyst, target, { decision: "approve", reviewComment: null });
    await requestReopening(akimat, target, { reason: "Опечатка" });
    await expect(decideReopening(analyst, target, { decision: "refuse", comment: null })).rejects.toMatchObject({ code: "refuseCommentRequired" });
    await decideReopening(analyst, target, { decision: "refuse", comment: "Исправьте в следующем месяце" });
    expect(await reportRow(akmola.id)).toMatchObject({ status: "APPROVED" });
    await expect(writeIntoMonth(akmola.id, road.id, a.id)).rejects.toBeInstanceOf(MonthLockedError);
    const details = await getReportDetails(akimat, akmola, MONTH);
    expect(details.reopenRequests).toMatchObject([{ status: "REFUSED", decisionComment: "Исправьте в следующем месяце" }]);
    expect(details.versions).toHaveLength(1);
  });
});

describe("overview", () => {
  it("gives analysts every region and akimats only their own", async () => {
    const { akimat, analyst } = await fixture();
    const national = await getReportsOverview(analyst);
    expect(national.regions.map((r) => r.code)).toEqual(["11", "75"]);
    expect(national.period[0]).toBe("2020-04");
    expect(national.period.at(-1)).toBe("2021-12");
    expect(national.reports).toEqual([expect.objectContaining({ month: "2021-02", status: "APPROVED" })]);
    const own = await getReportsOverview(akimat);
    expect(own.regions.map((r) => r.code)).toEqual(["11"]);
  });
});
