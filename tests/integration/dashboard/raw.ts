// Dashboard figures counted straight from the records (Project, Placement, PermanentJob,
// ProjectFunding, Target, MonthlyReport) with count(DISTINCT …): no summary table is read, so a
// wrong summary or loader cannot agree with itself.
import type pg from "pg";
import type { HeadlineMetric } from "@/lib/dashboard/headline";
import type { DashboardFilter } from "@/lib/summary/schema";

export type Grouping = "national" | "region" | "district" | "project" | "category" | "workType";

const keyOf: Record<Grouping, string> = {
  national: `''`,
  region: `p."regionId"::text`,
  district: `coalesce(p."districtId"::text, 'none')`,
  project: `p.id::text`,
  category: `p.category::text`,
  workType: `p."workType"::text`,
};

export type RawRow = Record<Exclude<HeadlineMetric, "adjacentIndustryJobs">, number> & { key: string; allocated: number; disbursed: number };

export async function rawGrouped(db: pg.Pool, filter: DashboardFilter, grouping: Grouping): Promise<Map<string, RawRow>> {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    conditions.push(sql.replace("?", `$${values.length}`));
  };
  if (filter.regionId !== undefined) add(`p."regionId" = ?`, filter.regionId);
  if (filter.districtId !== undefined) add(`p."districtId" = ?`, filter.districtId);
  if (filter.category !== undefined) add(`p.category::text = ?`, filter.category);
  if (filter.workType !== undefined) add(`p."workType"::text = ?`, filter.workType);
  if (filter.programmeYear !== undefined) add(`p."programmeYear" = ?`, filter.programmeYear);
  if (filter.fundingSource !== undefined) {
    add(`EXISTS (SELECT 1 FROM "ProjectFunding" f WHERE f."projectId" = p.id AND f.source::text = ? AND f.allocated > 0)`, filter.fundingSource);
  }
  values.push(filter.fundingSource ?? null);
  const source = `$${values.length}`;
  const { rows } = await db.query<RawRow>(
    `WITH sel AS (SELECT p.id, p.status, ${keyOf[grouping]} AS key FROM "Project" p ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}),
     projects AS (SELECT key, count(*) AS n, count(*) FILTER (WHERE status = 'COMMISSIONED') AS commissioned FROM sel GROUP BY key),
     people AS (
       SELECT sel.key, count(DISTINCT pl."workerId") AS people,
              count(DISTINCT pl."workerId") FILTER (WHERE pl."referredByEmploymentCentre") AS referred,
              count(DISTINCT pl."workerId") FILTER (WHERE pl."referredByEmploymentCentre" AND pl."youthAtHiring") AS youth_referred,
              count(DISTINCT pl."workerId") FILTER (WHERE pl."youthAtHiring") AS youth
       FROM "Placement" pl JOIN sel ON sel.id = pl."projectId" GROUP BY sel.key),
     jobs AS (SELECT sel.key, count(*) AS n FROM "PermanentJob" j JOIN sel ON sel.id = j."projectId" GROUP BY sel.key),
     money AS (
       SELECT sel.key, sum(f.allocated) AS allocated, sum(f.disbursed) AS disbursed
       FROM "ProjectFunding" f JOIN sel ON sel.id = f."projectId"
       WHERE ${source}::text IS NULL OR f.source::text = ${source}::text GROUP BY sel.key)
     SELECT projects.key, projects.n::int AS projects, coalesce(people.people, 0)::int AS "peopleEmployed",
            coalesce(people.referred, 0)::int AS "referredByEmploymentCentres",
            coalesce(people.youth_referred, 0)::int AS "youthAmongReferred", coalesce(people.youth, 0)::int AS "youthAmongAll",
            projects.commissioned::int AS "objectsCommissioned", coalesce(jobs.n, 0)::int AS "permanentJobs",
            coalesce(money.allocated, 0)::float8 AS allocated, coalesce(money.disbursed, 0)::float8 AS disbursed
     FROM projects LEFT JOIN people USING (key) LEFT JOIN jobs USING (key) LEFT JOIN money USING (key)`,
    values,
  );
  return new Map(rows.map((row) => [row.key, row]));
}

export const emptyRaw = (key: string): RawRow => ({
  key,
  projects: 0,
  peopleEmployed: 0,
  referredByEmploymentCentres: 0,
  youthAmongReferred: 0,
  youthAmongAll: 0,
  objectsCommissioned: 0,
  permanentJobs: 0,
  allocated: 0,
  disbursed: 0,
});

/** Σ over regions of each region's latest approved report (in the programme year, if one is chosen). */
export async function rawAdjacentJobs(db: pg.Pool, regionId: number | null, programmeYear?: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT coalesce(sum(r."adjacentIndustryJobs"), 0)::int AS n FROM "MonthlyReport" r
     WHERE r.status = 'APPROVED' AND ($1::int IS NULL OR r."regionId" = $1) AND ($2::int IS NULL OR extract(year FROM r.month) = $2)
       AND r.month = (SELECT max(m.month) FROM "MonthlyReport" m WHERE m."regionId" = r."regionId" AND m.status = 'APPROVED'
                      AND ($2::int IS NULL OR extract(year FROM m.month) = $2))`,
    [regionId, programmeYear ?? null],
  );
  return rows[0]!.n;
}

/** Targets of a scope (regionId null = national) for the year: latest year when none is given. */
/** The targets of the chosen programme year, or with none chosen every year's summed (as the actuals count every year). */
export async function rawTargets(db: pg.Pool, regionId: number | null, programmeYear?: number): Promise<Map<string, number>> {
  const { rows } = await db.query<{ metric: string; value: number }>(
    `SELECT metric::text, sum(value)::int AS value FROM "Target" t WHERE t."regionId" IS NOT DISTINCT FROM $1::int
       AND ($2::int IS NULL OR t."programmeYear" = $2::int)
     GROUP BY metric`,
    [regionId, programmeYear ?? null],
  );
  return new Map(rows.map((row) => [row.metric, row.value]));
}

/**
 * Late reports per region: months from April 2020 to December of the latest programme year whose
 * deadline (10th of the next month, Almaty) has passed, with no report or one in DRAFT or RETURNED.
 */
export async function rawLateReports(db: pg.Pool): Promise<Map<number, { missing: number; drafts: number; returned: number }>> {
  const { rows } = await db.query<{ id: number; missing: number; drafts: number; returned: number }>(
    `WITH period AS (
       SELECT generate_series(date '2020-04-01',
                              make_date(greatest((SELECT max("programmeYear") FROM "Project"), (SELECT max("programmeYear") FROM "Target")), 12, 1),
                              interval '1 month')::date AS month)
     SELECT r.id, count(*) FILTER (WHERE m.status IS NULL)::int AS missing,
            count(*) FILTER (WHERE m.status = 'DRAFT')::int AS drafts, count(*) FILTER (WHERE m.status = 'RETURNED')::int AS returned
     FROM "Region" r CROSS JOIN period p
     LEFT JOIN "MonthlyReport" m ON m."regionId" = r.id AND m.month = p.month
     WHERE (now() AT TIME ZONE 'Asia/Almaty')::date > (p.month + interval '1 month' + interval '9 days')::date
     GROUP BY r.id`,
  );
  return new Map(rows.map((row) => [row.id, row]));
}
