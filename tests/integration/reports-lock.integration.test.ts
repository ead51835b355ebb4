// A submitted or approved month never changes (issue: "a submitted month stays as it was
// submitted"). The month figures are cumulative (people employed by the month's end, money as of
// the month's end), so a write dated in ANY earlier month would change a locked month's figures:
// it is refused, naming the first locked month it would change — whether the earlier month has
// a report or not, and whether it lies before the first reporting month. Funding and status
// changes are dated records, so a change dated after the last locked month leaves it as it was.
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";
import { buildWorld, form, projectFields, type World } from "./projects/fixtures";
import { session } from "./support/session";

vi.mock("@/lib/auth/session", () => import("./support/session").then((m) => m.sessionModule));
vi.mock("next/cache", () => import("./support/session").then((m) => m.cacheModule));

const { prisma } = await import("@/lib/db/client");
const { createProject, updateProject } = await import("@/lib/projects/mutations");
const { projectSchema, projectUpdateSchema, projectFormInput } = await import("@/lib/projects/schema");
const { addPlacement, correctPlacement } = await import("@/lib/placements/mutations");
const { addPlacementSchema, editPlacementSchema } = await import("@/lib/placements/schema");
const { computeMonthFigures } = await import("@/lib/reports/queries");
const { makeIin } = await import("@/lib/iin");

const TODAY = { y: 2026, m: 12, d: 6 };
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const IIN = makeIin({ y: 1990, m: 5, d: 17 }, "MALE", 1234)!;

let w: World;
let projectId: number;

/** Akmola's project, in works since 1 March 2020; April and June 2020 approved, May not reported. */
beforeEach(async () => {
  await resetDatabase();
  session.user = null;
  w = await buildWorld();
  const input = projectSchema.parse(projectFormInput(form(projectFields(w, {
    code: "AKM-LOCK", status: "IN_PROGRESS", programmeYear: "2020", plannedStart: "2020-03-01", plannedEnd: "2021-12-31", actualStart: "2020-03-01",
    "funding.LOCAL_BUDGET.allocated": "1000000", "funding.LOCAL_BUDGET.disbursed": "400000", fundingOn: "2020-03-01",
  }))));
  projectId = (await createProject(w.akimatAkmola, input)).id;
  for (const month of ["2020-04-01", "2020-06-01"]) {
    await testPool().query(`INSERT INTO "MonthlyReport" ("regionId", month, status, "updatedAt") VALUES ($1, $2, 'APPROVED', now())`, [w.akmola.id, month]);
  }
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

async function hire(hiredAt: string) {
  const input = addPlacementSchema(TODAY).parse({ iin: IIN, fullName: "Ерлан Жумабаев", hiredAt, endedAt: "", position: "", referralNumber: "" });
  return addPlacement(w.akimatAkmola, projectId, input);
}

async function storedProject() {
  const row = await prisma.project.findUniqueOrThrow({ where: { id: projectId } });
  return { version: String(row.version) };
}

describe("a write dated before a locked month", () => {
  it("moving a hire into an unreported month before an approved one is refused, naming the approved month", async () => {
    const { placementId } = await hire("2020-08-10");
    // Read through Prisma, as the form does: pg would read the zone-less timestamp in the test's TZ.
    const { updatedAt } = await prisma.placement.findUniqueOrThrow({ where: { id: placementId } });
    const correction = (hiredAt: string) =>
      editPlacementSchema(TODAY).parse({ iin: IIN, fullName: "Ерлан Жумабаев", hiredAt, endedAt: "", position: "", referralNumber: "", projectCode: "AKM-LOCK" });
    await expect(correctPlacement(w.akimatAkmola, placementId, correction("2020-05-20"), updatedAt.toISOString()))
      .rejects.toMatchObject({ code: "monthLocked", params: { month: "2020-06-01" } });
    // Before the first reporting month: April, the first month it would change, is named.
    await expect(correctPlacement(w.akimatAkmola, placementId, correction("2020-03-16"), updatedAt.toISOString()))
      .rejects.toMatchObject({ code: "monthLocked", params: { month: "2020-04-01" } });
    expect((await prisma.placement.findUniqueOrThrow({ where: { id: placementId } })).hiredAt).toEqual(d("2020-08-10"));
    expect((await computeMonthFigures(w.akmola.id, "2020-06", 0)).peopleEmployed).toBe(0);
  });

  it("adding a hire dated after the last locked month is accepted", async () => {
    await hire("2020-07-01");
    expect((await computeMonthFigures(w.akmola.id, "2020-07", 0)).peopleEmployed).toBe(1);
  });

  it("creating a project whose works began before an approved month is refused", async () => {
    const input = projectSchema.parse(projectFormInput(form(projectFields(w, {
      code: "AKM-MARCH", status: "IN_PROGRESS", programmeYear: "2020", plannedStart: "2020-03-01", actualStart: "2020-03-10",
    }))));
    await expect(createProject(w.akimatAkmola, input)).rejects.toMatchObject({ code: "monthLocked", params: { month: "2020-04-01" } });
    expect(await prisma.project.count({ where: { code: "AKM-MARCH" } })).toBe(0);
  });
});

describe("funding is dated", () => {
  const withFunding = async (disbursed: string, fundingOn?: string) =>
    projectUpdateSchema.parse(projectFormInput(form(projectFields(w, {
      code: "AKM-LOCK", status: "IN_PROGRESS", programmeYear: "2020", plannedStart: "2020-03-01", plannedEnd: "2021-12-31", actualStart: "2020-03-01",
      "funding.LOCAL_BUDGET.allocated": "1000000", "funding.LOCAL_BUDGET.disbursed": disbursed,
      ...(fundingOn ? { fundingOn } : {}),
      ...(await storedProject()),
    }))));

  it("a month reports the money as of its end; a change dated in or before a locked month is refused", async () => {
    const june = await computeMonthFigures(w.akmola.id, "2020-06", 0);
    await expect(updateProject(w.akimatAkmola, projectId, await withFunding("900000", "2020-05-15")))
      .rejects.toMatchObject({ code: "monthLocked", params: { month: "2020-06-01" } });
    await updateProject(w.akimatAkmola, projectId, await withFunding("900000", "2020-07-02"));
    expect(await computeMonthFigures(w.akmola.id, "2020-06", 0)).toEqual(june);
    const july = await computeMonthFigures(w.akmola.id, "2020-07", 0);
    expect(july.disbursed - june.disbursed).toBe(500_000);
    // The record of it: who changed what, by how much, dated.
    const { rows } = await testPool().query(
      `SELECT source, "allocatedChange"::text AS a, "disbursedChange"::text AS b, to_char("changedOn", 'YYYY-MM-DD') AS "on"
         FROM "FundingChange" WHERE "projectId" = $1 ORDER BY id`, [projectId]);
    expect(rows.at(-1)).toEqual({ source: "LOCAL_BUDGET", a: "0.00", b: "500000.00", on: "2020-07-02" });
  });

  it("a change with no date is dated today, after every locked month", async () => {
    await updateProject(w.akimatAkmola, projectId, await withFunding("450000"));
    expect((await computeMonthFigures(w.akmola.id, "2020-06", 0)).disbursed).toBe(400_000);
  });
});

describe("a project's status is dated", () => {
  const withStatus = async (status: string, statusSince?: string) =>
    projectUpdateSchema.parse(projectFormInput(form(projectFields(w, {
      code: "AKM-LOCK", status, programmeYear: "2020", plannedStart: "2020-03-01", plannedEnd: "2021-12-31", actualStart: "2020-03-01",
      "funding.LOCAL_BUDGET.allocated": "1000000", "funding.LOCAL_BUDGET.disbursed": "400000",
      ...(statusSince ? { statusSince } : {}),
      ...(await storedProject()),
    }))));

  it("suspending a project from a date in a locked month is refused; from a later date it leaves the locked months as they were", async () => {
    await expect(updateProject(w.akimatAkmola, projectId, await withStatus("SUSPENDED", "2020-06-10")))
      .rejects.toMatchObject({ code: "monthLocked", params: { month: "2020-06-01" } });
    await updateProject(w.akimatAkmola, projectId, await withStatus("SUSPENDED", "2020-07-05"));
    expect(await computeMonthFigures(w.akmola.id, "2020-06", 0)).toMatchObject({ projectsInWork: 1, projectsSuspended: 0 });
    expect(await computeMonthFigures(w.akmola.id, "2020-07", 0)).toMatchObject({ projectsInWork: 0, projectsSuspended: 1 });
  });
});
