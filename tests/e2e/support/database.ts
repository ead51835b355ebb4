// The figures a test expects, counted straight from the database with plain SQL written
// independently of lib/dashboard/queries.ts, so that a wrong loader cannot agree with itself.
import pg from "pg";
import type { HeadlineMetric } from "@/lib/dashboard/headline";

export function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must name the database the portal under test reads (npm test sets it).");
  return url;
}

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function count(client: pg.Client, sql: string): Promise<number> {
  const { rows } = await client.query<{ n: string | number | null }>(sql);
  return Number(rows[0]?.n ?? 0);
}

const distinctWorkers = (where: string) =>
  `SELECT count(*) AS n FROM (SELECT DISTINCT "workerId" FROM "Placement" WHERE ${where}) people`;

export async function nationalFiguresFromDatabase(): Promise<Record<HeadlineMetric, number>> {
  return withDatabase(async (client) => ({
    projects: await count(client, `SELECT count(*) AS n FROM "Project"`),
    peopleEmployed: await count(client, distinctWorkers("true")),
    referredByEmploymentCentres: await count(client, distinctWorkers(`"referredByEmploymentCentre"`)),
    youthAmongReferred: await count(client, distinctWorkers(`"referredByEmploymentCentre" AND "youthAtHiring"`)),
    youthAmongAll: await count(client, distinctWorkers(`"youthAtHiring"`)),
    objectsCommissioned: await count(client, `SELECT count(*) AS n FROM "Project" WHERE status = 'COMMISSIONED'`),
    permanentJobs: await count(client, `SELECT count(*) AS n FROM "PermanentJob"`),
    // Each region's most recent approved report.
    adjacentIndustryJobs: await count(
      client,
      `SELECT sum(r."adjacentIndustryJobs") AS n FROM "MonthlyReport" r
       WHERE r.status = 'APPROVED'
         AND r.month = (SELECT max(m.month) FROM "MonthlyReport" m WHERE m."regionId" = r."regionId" AND m.status = 'APPROVED')`,
    ),
  }));
}

/** National targets of every programme year summed, by Target.metric (the home page counts every year's projects). */
export async function nationalTargetsFromDatabase(): Promise<Map<string, number>> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ metric: string; value: number }>(
      `SELECT metric, sum(value) AS value FROM "Target" WHERE "regionId" IS NULL GROUP BY metric`,
    );
    return new Map(rows.map((row) => [row.metric, Number(row.value)]));
  });
}
