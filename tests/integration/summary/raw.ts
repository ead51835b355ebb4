// Independent figures, counted straight from the records with count(DISTINCT …) over
// Placement JOIN Project: no summary table, no correction arithmetic. The summary queries must
// give the same numbers for every filter.
import type pg from "pg";
import type { DashboardFilter } from "@/lib/summary/schema";

/** A dashboard filter, or the projects of a region that have no district (noDistrict). */
export type RawFilter = DashboardFilter & { noDistrict?: boolean };

function selection(filter: RawFilter) {
  const conditions: string[] = [];
  const values: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    conditions.push(sql.replace("?", `$${values.length}`));
  };
  if (filter.regionId !== undefined) add(`p."regionId" = ?`, filter.regionId);
  if (filter.districtId !== undefined) add(`p."districtId" = ?`, filter.districtId);
  if (filter.noDistrict) conditions.push(`p."districtId" IS NULL`);
  if (filter.category !== undefined) add(`p.category::text = ?`, filter.category);
  if (filter.workType !== undefined) add(`p."workType"::text = ?`, filter.workType);
  if (filter.programmeYear !== undefined) add(`p."programmeYear" = ?`, filter.programmeYear);
  if (filter.fundingSource !== undefined) {
    add(`EXISTS (SELECT 1 FROM "ProjectFunding" f WHERE f."projectId" = p.id AND f.source::text = ? AND f.allocated > 0)`, filter.fundingSource);
  }
  return { sql: `SELECT p.* FROM "Project" p ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}`, values };
}

export type RawFigures = {
  projects: number;
  planned: number;
  inProgress: number;
  completed: number;
  commissioned: number;
  suspended: number;
  people: number;
  referred: number;
  youth: number;
  youthReferred: number;
  placements: number;
  jobs: number;
  filled: number;
  plannedTemporary: number;
  plannedPermanent: number;
  funding: Record<string, { projects: number; allocated: number; disbursed: number }>;
};

export async function rawFigures(db: pg.Pool, filter: RawFilter): Promise<RawFigures> {
  const { sql, values } = selection(filter);
  values.push(filter.fundingSource ?? null);
  const sourceParam = `$${values.length}`;
  // A source's money is that source's rows in the projects the other filters select, including a
  // disbursement recorded without an allocation (a data check): the same amount the unfiltered
  // breakdown by source shows for it.
  // (Its parameters are the first ones of the full selection: the source's comes last.)
  const moneySql = selection({ ...filter, fundingSource: undefined }).sql;
  const { rows } = await db.query(
    `WITH sel AS (${sql}),
     pl AS (SELECT pl.* FROM "Placement" pl JOIN sel ON sel.id = pl."projectId")
     SELECT (SELECT count(*)::int FROM sel) AS projects,
            (SELECT count(*)::int FROM sel WHERE status = 'PLANNED') AS planned,
            (SELECT count(*)::int FROM sel WHERE status = 'IN_PROGRESS') AS "inProgress",
            (SELECT count(*)::int FROM sel WHERE status = 'COMPLETED') AS completed,
            (SELECT count(*)::int FROM sel WHERE status = 'COMMISSIONED') AS commissioned,
            (SELECT count(*)::int FROM sel WHERE status = 'SUSPENDED') AS suspended,
            (SELECT count(DISTINCT "workerId")::int FROM pl) AS people,
            (SELECT count(DISTINCT "workerId")::int FROM pl WHERE "referredByEmploymentCentre") AS referred,
            (SELECT count(DISTINCT "workerId")::int FROM pl WHERE "youthAtHiring") AS youth,
            (SELECT count(DISTINCT "workerId")::int FROM pl WHERE "youthAtHiring" AND "referredByEmploymentCentre") AS "youthReferred",
            (SELECT count(*)::int FROM pl) AS placements,
            (SELECT count(*)::int FROM "PermanentJob" j JOIN sel ON sel.id = j."projectId") AS jobs,
            (SELECT count(*)::int FROM "PermanentJob" j JOIN sel ON sel.id = j."projectId" WHERE j.filled) AS filled,
            (SELECT coalesce(sum("plannedTemporaryJobs"), 0)::int FROM sel) AS "plannedTemporary",
            (SELECT coalesce(sum("plannedPermanentJobs"), 0)::int FROM sel) AS "plannedPermanent",
            (SELECT coalesce(json_object_agg(source, json_build_object('projects', n, 'allocated', a, 'disbursed', d)), '{}')
               FROM (SELECT f.source, count(*) FILTER (WHERE f.allocated > 0) AS n, sum(f.allocated)::float8 AS a,
                            sum(f.disbursed)::float8 AS d
                     FROM "ProjectFunding" f JOIN (${moneySql}) AS money_sel ON money_sel.id = f."projectId"
                     WHERE ${sourceParam}::text IS NULL OR f.source::text = ${sourceParam}::text
                     GROUP BY f.source) AS m) AS funding`,
    values,
  );
  return rows[0] as RawFigures;
}

export type RawMonth = {
  month: string;
  hires: number;
  /** Distinct people with a placement overlapping the month (an open placement has not ended). */
  working: number;
  people: number;
  referred: number;
  youth: number;
  youthReferred: number;
  started: number;
  completed: number;
  commissioned: number;
  jobs: number;
};

/** Cumulative figures at the end of each month from April 2020 to `last` ("YYYY-MM"). */
export async function rawSeries(db: pg.Pool, filter: DashboardFilter, last: string): Promise<RawMonth[]> {
  const { sql, values } = selection(filter);
  values.push(`${last}-01`);
  const lastParam = `$${values.length}`;
  const { rows } = await db.query(
    `WITH sel AS (${sql}),
     pl AS (SELECT pl.* FROM "Placement" pl JOIN sel ON sel.id = pl."projectId"),
     months AS (SELECT m::date AS m, (m + interval '1 month')::date AS e
                FROM generate_series(date '2020-04-01', ${lastParam}::date, interval '1 month') AS m)
     SELECT to_char(m, 'YYYY-MM') AS month,
            (SELECT count(*)::int FROM pl WHERE "hiredAt" >= m AND "hiredAt" < e) AS hires,
            (SELECT count(DISTINCT "workerId")::int FROM pl
              WHERE "hiredAt" < e AND ("endedAt" IS NULL OR "endedAt" >= m)) AS working,
            (SELECT count(DISTINCT "workerId")::int FROM pl WHERE "hiredAt" < e) AS people,
            (SELECT count(DISTINCT "workerId")::int FROM pl WHERE "hiredAt" < e AND "referredByEmploymentCentre") AS referred,
            (SELECT count(DISTINCT "workerId")::int FROM pl WHERE "hiredAt" < e AND "youthAtHiring") AS youth,
            (SELECT count(DISTINCT "workerId")::int FROM pl
              WHERE "hiredAt" < e AND "youthAtHiring" AND "referredByEmploymentCentre") AS "youthReferred",
            (SELECT count(*)::int FROM sel WHERE "actualStart" < e) AS started,
            (SELECT count(*)::int FROM sel WHERE "actualEnd" < e) AS completed,
            (SELECT count(*)::int FROM sel WHERE "commissionedAt" < e) AS commissioned,
            (SELECT count(*)::int FROM "PermanentJob" j JOIN sel ON sel.id = j."projectId" WHERE j."createdOn" < e) AS jobs
     FROM months ORDER BY m`,
    values,
  );
  return rows as RawMonth[];
}

/** Jobs in adjacent industries: each region's latest approved report, summed. */
export async function rawAdjacentJobs(db: pg.Pool, filter: DashboardFilter): Promise<number> {
  const { rows } = await db.query<{ jobs: number }>(
    `SELECT coalesce(sum(jobs), 0)::int AS jobs FROM (
       SELECT DISTINCT ON ("regionId") "adjacentIndustryJobs" AS jobs FROM "MonthlyReport"
       WHERE status = 'APPROVED' AND ($1::int IS NULL OR "regionId" = $1)
         AND ($2::int IS NULL OR extract(year FROM month) = $2)
       ORDER BY "regionId", month DESC) AS latest`,
    [filter.regionId ?? null, filter.programmeYear ?? null],
  );
  return rows[0]!.jobs;
}
