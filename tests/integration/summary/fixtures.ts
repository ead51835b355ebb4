// A small, explicit data set for the summary tests: 4 regions with 3 districts each, projects
// of every category, work type, status and both programme years (some without a district),
// people on one or several projects, referred and youth placements, funding from several
// sources, permanent jobs and monthly reports. Deterministic (seeded), written with plain SQL.
import type pg from "pg";

/** mulberry32: a tiny seeded PRNG, so every run builds the same data. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

export const CATEGORIES = ["SOCIAL", "COMMUNAL", "TRANSPORT"] as const;
export const WORK_TYPES = ["NEW_CONSTRUCTION", "CAPITAL_REPAIR", "CURRENT_REPAIR"] as const;
export const STATUSES = ["PLANNED", "IN_PROGRESS", "COMPLETED", "COMMISSIONED", "SUSPENDED"] as const;
export const SOURCES = ["REPUBLICAN_BUDGET", "LOCAL_BUDGET", "BOND_LOANS", "OTHER"] as const;

export type Fixture = { regionIds: number[]; districtIds: Map<number, number[]>; projectIds: number[]; workerIds: number[] };

const day = (from: string, plusDays: number) => {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString().slice(0, 10);
};

export async function insertWorkers(db: pg.Pool | pg.PoolClient, count: number, offset: number): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO "Worker"(iin, "fullName", "birthDate", sex)
     SELECT lpad(g::text, 12, '0'), 'Worker ' || g, date '1970-01-01' + g, 'MALE'
     FROM generate_series($1::int, $2::int) AS g RETURNING id`,
    [offset + 1, offset + count],
  );
  return rows.map((r) => r.id);
}

export async function buildFixture(db: pg.Pool, seed = 5): Promise<Fixture> {
  const rnd = seeded(seed);
  const regionIds: number[] = [];
  const districtIds = new Map<number, number[]>();
  for (const code of ["11", "35", "61", "71"]) {
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO "Region"(code, "nameRu", "nameKk", "nameEn") VALUES ($1, $2, $2, $2) RETURNING id`,
      [code, `Region ${code}`],
    );
    const regionId = rows[0]!.id;
    regionIds.push(regionId);
    const ids: number[] = [];
    for (let k = 1; k <= 3; k++) {
      const d = await db.query<{ id: number }>(
        `INSERT INTO "District"("regionId", "nameRu", "nameKk", "nameEn") VALUES ($1, $2, $2, $2) RETURNING id`,
        [regionId, `District ${code}-${k}`],
      );
      ids.push(d.rows[0]!.id);
    }
    districtIds.set(regionId, ids);
  }

  const projectIds: number[] = [];
  for (let i = 1; i <= 60; i++) {
    const regionId = rnd.pick(regionIds);
    const status = STATUSES[i % STATUSES.length]!;
    const start = day("2020-04-01", rnd.int(0, 420));
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO "Project"(code, name, "regionId", "districtId", category, "workType", status, "programmeYear",
         "actualStart", "actualEnd", "commissionedAt", "plannedTemporaryJobs", "plannedPermanentJobs", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now()) RETURNING id`,
      [
        `T-${i}`,
        `Project ${i}`,
        regionId,
        rnd.chance(0.2) ? null : rnd.pick(districtIds.get(regionId)!),
        rnd.pick(CATEGORIES),
        rnd.pick(WORK_TYPES),
        status,
        rnd.chance(0.5) ? 2020 : 2021,
        status === "PLANNED" ? null : start,
        status === "COMPLETED" || status === "COMMISSIONED" ? day(start, rnd.int(30, 200)) : null,
        status === "COMMISSIONED" ? day(start, rnd.int(210, 300)) : null,
        rnd.int(5, 60),
        rnd.int(0, 8),
      ],
    );
    projectIds.push(rows[0]!.id);
  }

  const workerIds = await insertWorkers(db, 400, 0);
  // Most people work on one project; about one in six on two or three, sometimes in another region.
  // Two in five placements are still open (no end date); the others last ten days to seven months,
  // so a person on two projects is sometimes on both in the same month.
  const placements: Parameters<typeof insertPlacements>[1] = [];
  for (const workerId of workerIds) {
    const projects = rnd.chance(0.16) ? rnd.int(2, 3) : 1;
    for (let k = 0; k < projects; k++) {
      const projectId = rnd.pick(projectIds);
      for (let h = rnd.chance(0.2) ? 2 : 1; h > 0; h--) {
        const hiredAt = day("2020-04-01", rnd.int(0, 540));
        const endedAt = rnd.chance(0.4) ? null : day(hiredAt, rnd.int(10, 210));
        placements.push([workerId, projectId, hiredAt, rnd.chance(0.55), rnd.chance(0.3), endedAt]);
      }
    }
  }
  await insertPlacements(db, placements);

  for (const projectId of projectIds) {
    for (const source of SOURCES) {
      if (!rnd.chance(0.45)) continue;
      const allocated = rnd.chance(0.1) ? 0 : rnd.int(1, 500_000_000) / 100;
      await db.query(
        `INSERT INTO "ProjectFunding"("projectId", source, allocated, disbursed) VALUES ($1, $2, $3, $4)`,
        [projectId, source, allocated, Math.round(allocated * rnd.next() * 100) / 100],
      );
    }
  }
  for (let j = 0; j < 70; j++) {
    await db.query(
      `INSERT INTO "PermanentJob"("projectId", title, employer, "createdOn", filled, "workerId") VALUES ($1, 'Operator', 'Akimat', $2, $3, NULL)`,
      [rnd.pick(projectIds), day("2020-09-01", rnd.int(0, 400)), rnd.chance(0.6)],
    );
  }
  for (const regionId of regionIds) {
    for (const [month, status] of [["2020-10-01", "APPROVED"], ["2021-06-01", "SUBMITTED"], ["2021-07-01", "DRAFT"]] as const) {
      await db.query(
        `INSERT INTO "MonthlyReport"("regionId", month, status, "adjacentIndustryJobs", "updatedAt") VALUES ($1, $2, $3, $4, now())`,
        [regionId, month, status, rnd.int(100, 9000)],
      );
    }
  }
  return { regionIds, districtIds, projectIds, workerIds };
}

/** One multi-row INSERT, as a spreadsheet import does; duplicates of (worker, project, day) are skipped. */
export async function insertPlacements(
  db: pg.Pool | pg.PoolClient,
  rows: Array<[workerId: number, projectId: number, hiredAt: string, referred: boolean, youth: boolean, endedAt?: string | null]>,
) {
  await db.query(
    `INSERT INTO "Placement"("workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring", "endedAt", "updatedAt")
     SELECT w, p, h, r, y, e, now() FROM unnest($1::int[], $2::int[], $3::date[], $4::bool[], $5::bool[], $6::date[]) AS u(w, p, h, r, y, e)
     ON CONFLICT ("workerId", "projectId", "hiredAt") DO NOTHING`,
    [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4]), rows.map((r) => r[5] ?? null)],
  );
}
