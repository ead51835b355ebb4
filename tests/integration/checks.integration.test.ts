// Checks on the data against a real PostgreSQL: each check finds a deliberately bad
// project and leaves the good ones alone, counts per region, and an akimat sees only its region.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeTestPool, resetDatabase, testPool } from "./db";

const { prisma } = await import("@/lib/db/client");
const { getCheckCounts, getCheckFindings } = await import("@/lib/checks/queries");
const { AuthorizationError } = await import("@/lib/auth/permissions");

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = new Date();
let serial = 0;

type ProjectInput = Partial<{ status: "PLANNED" | "IN_PROGRESS" | "COMPLETED" | "COMMISSIONED" | "SUSPENDED"; plannedStart: string; plannedEnd: string; actualStart: string; actualEnd: string; commissionedAt: string }>;

async function project(regionId: number, code: string, input: ProjectInput = {}) {
  return prisma.project.create({
    data: {
      code, name: `Объект ${code}`, regionId, category: "COMMUNAL", workType: "CURRENT_REPAIR", programmeYear: 2021,
      status: input.status ?? "IN_PROGRESS",
      plannedStart: d(input.plannedStart ?? "2021-03-01"), plannedEnd: d(input.plannedEnd ?? "2021-09-30"),
      actualStart: d(input.actualStart ?? "2021-03-10"), actualEnd: input.actualEnd ? d(input.actualEnd) : null,
      commissionedAt: input.commissionedAt ? d(input.commissionedAt) : null,
    },
  });
}
async function hire(projectId: number, count: number, options: { endedAt?: string; hiredAt?: string; referred?: boolean } = {}) {
  for (let i = 0; i < count; i++) {
    serial += 1;
    const worker = await prisma.worker.create({ data: { iin: String(serial).padStart(12, "0"), fullName: `Работник ${serial}`, birthDate: d("1980-01-01"), sex: "FEMALE" } });
    await prisma.placement.create({
      data: {
        workerId: worker.id, projectId, hiredAt: d(options.hiredAt ?? "2021-03-15"), endedAt: options.endedAt ? d(options.endedAt) : null,
        referredByEmploymentCentre: options.referred ?? false, referralNumber: options.referred ? `R-${serial}` : null, youthAtHiring: false,
      },
    });
  }
}
async function fund(projectId: number, allocated: number, disbursed: number, source: "REPUBLICAN_BUDGET" | "LOCAL_BUDGET" = "LOCAL_BUDGET") {
  await prisma.projectFunding.create({ data: { projectId, source, allocated, disbursed } });
}
async function permanentJob(projectId: number) {
  await prisma.permanentJob.create({ data: { projectId, title: "Оператор", employer: "ГКП", createdOn: d("2021-10-01") } });
}
/** A project that passes every check: in order, funded within limits, staffed, fresh. */
async function goodProject(regionId: number, code: string, disbursed = 1_000_000) {
  const p = await project(regionId, code);
  await fund(p.id, disbursed * 2, disbursed);
  await hire(p.id, 1, { referred: true });
  return p;
}

const ids = {} as Record<string, number>;
let regionA = 0;
let regionB = 0;
const analyst = { id: 1, role: "ANALYST" as const, regionId: null };
const akimatA = () => ({ id: 2, role: "AKIMAT" as const, regionId: regionA });
const akimatB = () => ({ id: 3, role: "AKIMAT" as const, regionId: regionB });

beforeAll(async () => {
  await resetDatabase();
  regionA = (await prisma.region.create({ data: { code: "11", nameRu: "Акмолинская область", nameKk: "Ақмола облысы", nameEn: "Akmola Region" } })).id;
  regionB = (await prisma.region.create({ data: { code: "75", nameRu: "г. Алматы", nameKk: "Алматы қаласы", nameEn: "Almaty" } })).id;

  // The usual range of region A: ten projects at 1.00–1.09 million tenge per job.
  for (let i = 0; i < 10; i++) ids[`usual${i}`] = (await goodProject(regionA, `A-USUAL-${i}`, 1_000_000 + i * 10_000)).id;
  const commissioned = await project(regionA, "A-GOOD-COMMISSIONED", { status: "COMMISSIONED", actualEnd: "2021-08-31", commissionedAt: "2021-09-15" });
  await fund(commissioned.id, 2_000_000, 1_050_000);
  await hire(commissioned.id, 1);
  await permanentJob(commissioned.id);
  ids.goodCommissioned = commissioned.id;

  // One bad project per check.
  const drift = await goodProject(regionA, "A-DRIFT", 1_020_000);
  await testPool().query(`UPDATE "ProjectStats" SET "referredWorkers" = "workers" + 1 WHERE "projectId" = $1`, [drift.id]);
  ids.drift = drift.id;

  const overspent = await project(regionA, "A-OVERSPENT");
  await fund(overspent.id, 500_000, 400_000, "REPUBLICAN_BUDGET");
  await fund(overspent.id, 600_000, 650_000, "LOCAL_BUDGET");
  await hire(overspent.id, 1);
  ids.overspent = overspent.id;

  ids.plannedBackwards = (await project(regionA, "A-PLAN-BACKWARDS", { plannedStart: "2021-10-01", plannedEnd: "2021-04-01" })).id;
  const commissionedEarly = await project(regionA, "A-COMMISSIONED-EARLY", { status: "COMMISSIONED", actualEnd: "2021-09-30", commissionedAt: "2021-09-01" });
  await permanentJob(commissionedEarly.id);
  ids.commissionedEarly = commissionedEarly.id;
  const placementBackwards = await project(regionA, "A-PLACEMENT-BACKWARDS");
  await hire(placementBackwards.id, 2, { hiredAt: "2021-05-01", endedAt: "2021-04-01" });
  ids.placementBackwards = placementBackwards.id;

  ids.noJobs = (await project(regionA, "A-NO-JOBS", { status: "COMMISSIONED", actualEnd: "2021-08-31", commissionedAt: "2021-09-10" })).id;

  const unstaffed = await project(regionA, "A-UNSTAFFED");
  await fund(unstaffed.id, 900_000, 300_000);
  ids.unstaffed = unstaffed.id;
  ids.unfunded = (await project(regionA, "A-NOT-PAID-YET")).id; // no money, no people: fine

  ids.stale = (await project(regionA, "A-STALE")).id;
  ids.staleButDone = (await project(regionA, "A-DONE", { status: "COMPLETED", actualEnd: "2021-09-01" })).id;
  ids.recent = (await project(regionA, "A-RECENT")).id;
  await testPool().query(`UPDATE "Project" SET "updatedAt" = now() - interval '60 days' WHERE id = ANY($1)`, [[ids.stale, ids.staleButDone]]);
  await testPool().query(`UPDATE "Project" SET "updatedAt" = now() - interval '10 days' WHERE id = $1`, [ids.recent]);

  const expensive = await project(regionA, "A-EXPENSIVE");
  await fund(expensive.id, 200_000_000, 100_000_000);
  await hire(expensive.id, 1);
  ids.expensive = expensive.id;

  // Region B: one overspent project, seen by analysts and by B's akimat only.
  const otherOverspent = await project(regionB, "B-OVERSPENT");
  await fund(otherOverspent.id, 100, 200);
  await hire(otherOverspent.id, 1);
  ids.otherOverspent = otherOverspent.id;
});

afterAll(async () => {
  await prisma.$disconnect();
  await closeTestPool();
});

async function found(check: Parameters<typeof getCheckFindings>[1], viewer: Parameters<typeof getCheckFindings>[0] = analyst) {
  const result = await getCheckFindings(viewer, check, { now: NOW });
  return result.findings;
}
const projectIds = (findings: Awaited<ReturnType<typeof found>>) => [...new Set(findings.map((f) => f.projectId))].sort();

describe("each check finds its bad project and no good one", () => {
  it("referred ≤ employed: a project whose reported referred people exceed its people", async () => {
    const findings = await found("referredExceedsEmployed");
    expect(projectIds(findings)).toEqual([ids.drift]);
    expect(findings[0]).toMatchObject({ code: "A-DRIFT", values: { people: 1, referred: 2 } });
  });

  it("disbursed ≤ allocated per source: only the overspent source is listed", async () => {
    const findings = await found("disbursedExceedsAllocated");
    expect(findings.map((f) => [f.projectId, f.detail])).toEqual([
      [ids.overspent, "LOCAL_BUDGET"],
      [ids.otherOverspent, "LOCAL_BUDGET"],
    ]);
    expect(findings[0]!.values).toMatchObject({ allocated: 600000, disbursed: 650000 });
  });

  it("dates in order: planned dates, commissioning before the end, placements ending before hiring", async () => {
    const findings = await found("datesOutOfOrder");
    expect(findings.map((f) => [f.code, f.detail]).sort()).toEqual([
      ["A-COMMISSIONED-EARLY", "commissionedBeforeEnd"],
      ["A-PLAN-BACKWARDS", "plannedStartAfterEnd"],
      ["A-PLACEMENT-BACKWARDS", "placementEndedBeforeHired"],
    ].sort());
    expect(findings.find((f) => f.code === "A-PLACEMENT-BACKWARDS")!.values).toMatchObject({ placements: 2, from: "2021-05-01", to: "2021-04-01" });
  });

  it("a commissioned object without permanent jobs", async () => {
    expect(projectIds(await found("commissionedWithoutPermanentJobs"))).toEqual([ids.noJobs]);
  });

  it("spending without any placement (a project with neither money nor people is fine)", async () => {
    const findings = await found("spendingWithoutPlacements");
    expect(projectIds(findings)).toEqual([ids.unstaffed]);
    expect(findings[0]!.values).toMatchObject({ disbursed: 300000 });
  });

  it("not updated for 45 days, unless completed or commissioned", async () => {
    const findings = await found("staleProject");
    expect(projectIds(findings)).toEqual([ids.stale]);
    expect(findings[0]).toMatchObject({ detail: "IN_PROGRESS" });
  });

  it("cost per job far outside the region's range", async () => {
    const findings = await found("costPerJobOutlier");
    expect(projectIds(findings)).toEqual([ids.expensive]);
    expect(findings[0]).toMatchObject({ detail: "high", values: { placements: 1, costPerJob: 100000000 } });
    // The fences are the region's quartiles ± 3·IQR, as percentile_cont computes them.
    const { rows } = await testPool().query(
      `SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY c) q1, percentile_cont(0.75) WITHIN GROUP (ORDER BY c) q3 FROM (
         SELECT sum(f.disbursed) / (SELECT count(*) FROM "Placement" pl WHERE pl."projectId" = f."projectId") c
         FROM "ProjectFunding" f JOIN "Project" p ON p.id = f."projectId" AND p."regionId" = $1
         GROUP BY f."projectId" HAVING sum(f.disbursed) > 0 AND EXISTS (SELECT 1 FROM "Placement" pl WHERE pl."projectId" = f."projectId")) x`,
      [regionA],
    );
    const { q1, q3 } = rows[0] as { q1: number; q3: number };
    expect(Number(findings[0]!.values.high)).toBeCloseTo(q3 + 3 * (q3 - q1), 2);
  });
});

describe("counts and scope", () => {
  it("counts offending projects per region and check", async () => {
    const { regions, counts } = await getCheckCounts(analyst, NOW);
    expect(regions.map((r) => r.code)).toEqual(["11", "75"]);
    expect(counts.disbursedExceedsAllocated).toEqual({ [regionA]: 1, [regionB]: 1 });
    expect(counts.datesOutOfOrder).toEqual({ [regionA]: 3 });
    expect(counts.staleProject).toEqual({ [regionA]: 1 });
    expect(counts.costPerJobOutlier).toEqual({ [regionA]: 1 });
  });

  it("an akimat sees its own region only, and cannot ask for another", async () => {
    const own = await getCheckCounts(akimatB(), NOW);
    expect(own.regions.map((r) => r.code)).toEqual(["75"]);
    expect(own.counts.disbursedExceedsAllocated).toEqual({ [regionB]: 1 });
    expect(own.counts.staleProject).toEqual({});
    expect(projectIds(await found("disbursedExceedsAllocated", akimatB()))).toEqual([ids.otherOverspent]);
    await expect(getCheckFindings(akimatA(), "staleProject", { regionId: regionB })).rejects.toBeInstanceOf(AuthorizationError);
    await expect(getCheckCounts({ id: 4, role: "DEPUTY", regionId: null })).rejects.toBeInstanceOf(AuthorizationError);
  });

  it("an analyst can narrow a list to one region", async () => {
    const result = await getCheckFindings(analyst, "disbursedExceedsAllocated", { regionId: regionB, now: NOW });
    expect(result.total).toBe(1);
    expect(result.findings[0]).toMatchObject({ code: "B-OVERSPENT", region: { code: "75", id: regionB } });
  });
});
