// A small, explicit data set for the summary-report tests: three regions, a handful of projects
// of each kind, people on one or two projects (referred, young), permanent jobs, targets, a
// regional monthly report, and accounts of every role. Plain SQL, as an import would write it;
// the summary tables follow by their triggers.
import type pg from "pg";

export type ReportFixture = {
  regions: { akmola: number; karaganda: number; astana: number };
  users: { admin: number; analyst: number; deputyA: number; deputyB: number; akimat: number };
  projects: number[];
  workerIins: string[];
};

async function id(pool: pg.Pool, sql: string, values: unknown[]): Promise<number> {
  const { rows } = await pool.query<{ id: number }>(`${sql} RETURNING id`, values);
  return rows[0]!.id;
}

export async function insertRegion(pool: pg.Pool, code: string, ru: string, kk: string, en: string): Promise<number> {
  return id(pool, `INSERT INTO "Region"(code, "nameRu", "nameKk", "nameEn") VALUES ($1, $2, $3, $4)`, [code, ru, kk, en]);
}

export async function insertUser(pool: pg.Pool, email: string, name: string, role: string, regionId: number | null = null): Promise<number> {
  return id(pool, `INSERT INTO "User"(email, name, role, "regionId", "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, 'not-a-hash', now())`, [email, name, role, regionId]);
}

export async function insertProject(
  pool: pg.Pool,
  p: { code: string; regionId: number; workType: string; status: string; category?: string; start?: string; commissionedAt?: string | null; plannedPermanentJobs?: number },
): Promise<number> {
  return id(
    pool,
    `INSERT INTO "Project"(code, name, "regionId", category, "workType", status, "programmeYear", "actualStart", "actualEnd", "commissionedAt", "plannedPermanentJobs", "updatedAt")
     VALUES ($1, $10, $2, $3, $4, $5, 2020, $6, $7, $8, $9, now())`,
    [p.code, p.regionId, p.category ?? "SOCIAL", p.workType, p.status, p.start ?? "2020-05-04", p.commissionedAt ? "2020-09-01" : null, p.commissionedAt ?? null, p.plannedPermanentJobs ?? 0, p.code],
  );
}

export async function insertWorker(pool: pg.Pool, n: number): Promise<{ id: number; iin: string }> {
  const iin = `9001013${String(n).padStart(5, "0")}`;
  const workerId = await id(pool, `INSERT INTO "Worker"(iin, "fullName", "birthDate", sex) VALUES ($1, $2, '1990-01-01', 'MALE')`, [iin, `Тестов Работник ${n}`]);
  return { id: workerId, iin };
}

export async function insertPlacement(pool: pg.Pool, workerId: number, projectId: number, hiredAt: string, referred: boolean, youth: boolean): Promise<void> {
  await pool.query(
    `INSERT INTO "Placement"("workerId", "projectId", "hiredAt", "referredByEmploymentCentre", "youthAtHiring", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
    [workerId, projectId, hiredAt, referred, youth],
  );
}

export async function buildReportFixture(pool: pg.Pool): Promise<ReportFixture> {
  const akmola = await insertRegion(pool, "11", "Акмолинская область", "Ақмола облысы", "Akmola Region");
  const karaganda = await insertRegion(pool, "35", "Карагандинская область", "Қарағанды облысы", "Karaganda Region");
  const astana = await insertRegion(pool, "71", "г. Астана", "Астана қаласы", "Astana");
  const users = {
    admin: await insertUser(pool, "admin@test.kz", "Админ", "ADMIN"),
    analyst: await insertUser(pool, "analyst@test.kz", "Аналитик", "ANALYST"),
    deputyA: await insertUser(pool, "deputy.a@test.kz", "Депутат А", "DEPUTY"),
    deputyB: await insertUser(pool, "deputy.b@test.kz", "Депутат Б", "DEPUTY"),
    akimat: await insertUser(pool, "akimat@test.kz", "Акимат", "AKIMAT", akmola),
  };

  const projects = [
    await insertProject(pool, { code: "P-11-1", regionId: akmola, workType: "NEW_CONSTRUCTION", status: "IN_PROGRESS" }),
    await insertProject(pool, { code: "P-11-2", regionId: akmola, workType: "CURRENT_REPAIR", status: "COMPLETED", category: "COMMUNAL" }),
    await insertProject(pool, { code: "P-35-1", regionId: karaganda, workType: "CAPITAL_REPAIR", status: "COMMISSIONED", commissionedAt: "2020-10-01", plannedPermanentJobs: 5 }),
    await insertProject(pool, { code: "P-71-1", regionId: astana, workType: "NEW_CONSTRUCTION", status: "COMMISSIONED", category: "TRANSPORT", commissionedAt: "2020-11-01", plannedPermanentJobs: 4 }),
  ];
  const workers = [];
  for (let n = 1; n <= 10; n++) workers.push(await insertWorker(pool, n));
  // [worker, project, hired, referred, youth]: worker 5 works on two projects in two regions.
  const placements: Array<[number, number, string, boolean, boolean]> = [
    [0, 0, "2020-05-10", true, true], [1, 0, "2020-05-11", true, false], [2, 0, "2020-06-01", false, true],
    [3, 1, "2020-06-15", true, true], [4, 1, "2020-07-01", false, false], [4, 2, "2020-09-01", true, false],
    [5, 2, "2020-07-20", true, true], [6, 2, "2020-08-03", false, false], [7, 3, "2020-08-10", true, false],
    [8, 3, "2020-08-11", false, true],
  ];
  for (const [w, p, hired, referred, youth] of placements) await insertPlacement(pool, workers[w]!.id, projects[p]!, hired, referred, youth);
  for (const [projectId, n] of [[projects[2]!, 3], [projects[3]!, 2]] as const) {
    for (let k = 0; k < n; k++) {
      await pool.query(`INSERT INTO "PermanentJob"("projectId", title, employer, "createdOn") VALUES ($1, 'Оператор', 'ГКП', '2020-11-15')`, [projectId]);
    }
  }
  for (const [metric, value] of [["PEOPLE_EMPLOYED", 20], ["REFERRED_BY_EMPLOYMENT_CENTRES", 10], ["YOUTH", 4], ["PROJECTS", 5]] as const) {
    await pool.query(`INSERT INTO "Target"(metric, "programmeYear", "regionId", value) VALUES ($1, 2020, NULL, $2)`, [metric, value]);
  }
  await pool.query(`INSERT INTO "Target"(metric, "programmeYear", "regionId", value) VALUES ('PEOPLE_EMPLOYED', 2020, $1, 8)`, [akmola]);
  await pool.query(
    `INSERT INTO "MonthlyReport"("regionId", month, status, "adjacentIndustryJobs", "updatedAt") VALUES ($1, '2020-10-01', 'APPROVED', 50, now())`,
    [karaganda],
  );
  return { regions: { akmola, karaganda, astana }, users, projects, workerIins: workers.map((w) => w.iin) };
}

/** Distinct people and other figures counted straight from the records, independently of the summary layer. */
export async function rawFigures(pool: pg.Pool, regionId: number | null) {
  const scope = regionId === null ? "true" : `p."regionId" = ${Number(regionId)}`;
  const { rows } = await pool.query<Record<string, number>>(`
    SELECT
      (SELECT count(*)::int FROM "Project" p WHERE ${scope}) AS projects,
      (SELECT count(DISTINCT pl."workerId")::int FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId" WHERE ${scope}) AS "peopleEmployed",
      (SELECT count(DISTINCT pl."workerId")::int FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId" WHERE ${scope} AND pl."referredByEmploymentCentre") AS referred,
      (SELECT count(DISTINCT pl."workerId")::int FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId" WHERE ${scope} AND pl."referredByEmploymentCentre" AND pl."youthAtHiring") AS "youthReferred",
      (SELECT count(*)::int FROM "Project" p WHERE ${scope} AND p.status = 'COMMISSIONED') AS commissioned,
      (SELECT count(*)::int FROM "PermanentJob" j JOIN "Project" p ON p.id = j."projectId" WHERE ${scope}) AS "permanentJobs"`);
  return rows[0]!;
}
