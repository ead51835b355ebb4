// The SQL of a region's month figures; the definitions are in lib/reports/figures.ts. One query
// gives any number of months of one region (the seed freezes a region's reported months at once):
// the region's rows are read once and each month counted from them. People are counted from each
// person's first hiring (of each kind) in the region, so "employed by the month's end" is a
// comparison, not a DISTINCT per month.
import { Prisma } from "@/generated/prisma/client";
import { monthStartDate, type MonthKey } from "./period";

/**
 * Which of the region's projects are counted: all of them, those of one district, or those with
 * no district given (null).
 */
export type FiguresScope = { districtId?: number | null };

/** One FiguresRow per month of `months` (with its "YYYY-MM" as `month`), for region `regionId` or a district of it. */
export function monthsFiguresSql(regionId: number, months: readonly MonthKey[], scope: FiguresScope = {}): Prisma.Sql {
  const starts = months.map((month) => monthStartDate(month).toISOString().slice(0, 10));
  const inScope =
    scope.districtId === undefined ? Prisma.empty
    : scope.districtId === null ? Prisma.sql`AND "districtId" IS NULL`
    : Prisma.sql`AND "districtId" = ${scope.districtId}`;
  return Prisma.sql`
    WITH months AS (
      SELECT s::date AS start, (s + interval '1 month' - interval '1 day')::date AS finish FROM unnest(${starts}::date[]) s
    ),
    region_projects AS (
      SELECT "id", "actualStart", "actualEnd", "commissionedAt" FROM "Project" WHERE "regionId" = ${regionId} ${inScope}
    ),
    in_work AS (
      SELECT m.start, coalesce(s.status = 'SUSPENDED', false) AS suspended
      FROM months m
      JOIN region_projects p ON p."actualStart" <= m.finish AND (p."actualEnd" IS NULL OR p."actualEnd" > m.finish)
      LEFT JOIN LATERAL (
        SELECT c.status FROM "ProjectStatusChange" c
        WHERE c."projectId" = p."id" AND c."changedOn" <= m.finish
        ORDER BY c."changedOn" DESC, c."id" DESC LIMIT 1
      ) s ON true
    ),
    hired AS MATERIALIZED (
      SELECT pl."workerId", pl."hiredAt", pl."endedAt", pl."referredByEmploymentCentre" AS referred, pl."youthAtHiring" AS youth
      FROM "Placement" pl JOIN region_projects p ON p."id" = pl."projectId"
    ),
    firsts AS MATERIALIZED (
      SELECT min("hiredAt") AS first, min("hiredAt") FILTER (WHERE referred) AS first_referred,
             min("hiredAt") FILTER (WHERE youth) AS first_youth, min("hiredAt") FILTER (WHERE referred AND youth) AS first_youth_referred
      FROM hired GROUP BY "workerId"
    ),
    jobs AS MATERIALIZED (
      SELECT j."createdOn" FROM "PermanentJob" j JOIN region_projects p ON p."id" = j."projectId"
    ),
    money AS MATERIALIZED (
      SELECT f."changedOn", f."allocatedChange", f."disbursedChange"
      FROM "FundingChange" f JOIN region_projects p ON p."id" = f."projectId"
    )
    SELECT
      to_char(m.start, 'YYYY-MM') AS month,
      (SELECT count(*) FILTER (WHERE NOT w.suspended) FROM in_work w WHERE w.start = m.start)::int AS projects_in_work,
      (SELECT count(*) FILTER (WHERE w.suspended) FROM in_work w WHERE w.start = m.start)::int AS projects_suspended,
      (SELECT count(*) FROM region_projects p WHERE p."actualStart" BETWEEN m.start AND m.finish)::int AS projects_started,
      (SELECT count(*) FROM region_projects p WHERE p."actualEnd" BETWEEN m.start AND m.finish)::int AS projects_completed,
      (SELECT count(*) FROM region_projects p WHERE p."commissionedAt" BETWEEN m.start AND m.finish)::int AS projects_commissioned,
      h.hires, h.hires_referred, h.hires_youth, wk.people_working,
      pe.people, pe.referred, pe.youth, pe.youth_referred,
      (SELECT count(*) FROM jobs j WHERE j."createdOn" BETWEEN m.start AND m.finish)::int AS jobs_created,
      (SELECT count(*) FROM jobs j WHERE j."createdOn" <= m.finish)::int AS jobs,
      mo.allocated, mo.disbursed
    FROM months m
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS hires, count(*) FILTER (WHERE referred)::int AS hires_referred, count(*) FILTER (WHERE youth)::int AS hires_youth
      FROM hired WHERE "hiredAt" BETWEEN m.start AND m.finish
    ) h
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT "workerId")::int AS people_working
      FROM hired WHERE "hiredAt" <= m.finish AND ("endedAt" IS NULL OR "endedAt" >= m.start)
    ) wk
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE first <= m.finish)::int AS people,
             count(*) FILTER (WHERE first_referred <= m.finish)::int AS referred,
             count(*) FILTER (WHERE first_youth <= m.finish)::int AS youth,
             count(*) FILTER (WHERE first_youth_referred <= m.finish)::int AS youth_referred
      FROM firsts
    ) pe
    CROSS JOIN LATERAL (
      SELECT coalesce(sum("allocatedChange"), 0)::text AS allocated, coalesce(sum("disbursedChange"), 0)::text AS disbursed
      FROM money WHERE "changedOn" <= m.finish
    ) mo
    ORDER BY m.start`;
}

/** The one month's row (see monthsFiguresSql). */
export function monthFiguresSql(regionId: number, month: MonthKey, scope: FiguresScope = {}): Prisma.Sql {
  return monthsFiguresSql(regionId, [month], scope);
}

/** The region's districts that have projects, and whether some projects have no district: the scopes a report breaks down into. */
export function districtScopesSql(regionId: number): Prisma.Sql {
  return Prisma.sql`
    SELECT d."id" AS "districtId", d."nameRu", d."nameKk", d."nameEn"
      FROM "District" d WHERE d."regionId" = ${regionId} AND EXISTS (SELECT 1 FROM "Project" p WHERE p."districtId" = d."id")
    UNION ALL
    SELECT NULL, NULL, NULL, NULL WHERE EXISTS (SELECT 1 FROM "Project" p WHERE p."regionId" = ${regionId} AND p."districtId" IS NULL)
    ORDER BY 2 NULLS LAST`;
}
