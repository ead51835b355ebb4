// The SQL of a region's month figures; the definitions are in lib/reports/figures.ts.
import { Prisma } from "@/generated/prisma/client";
import { monthEndDate, monthStartDate, type MonthKey } from "./period";

/** One row of FiguresRow for region `regionId` and month `month` (see the definitions above). */
export function monthFiguresSql(regionId: number, month: MonthKey): Prisma.Sql {
  const start = monthStartDate(month);
  const end = monthEndDate(month);
  return Prisma.sql`
    WITH region_projects AS (
      SELECT "id", "actualStart", "actualEnd", "commissionedAt" FROM "Project" WHERE "regionId" = ${regionId}
    ),
    in_work_by_dates AS (
      SELECT p."id", coalesce(s.status = 'SUSPENDED', false) AS suspended
      FROM region_projects p
      LEFT JOIN LATERAL (
        SELECT c.status FROM "ProjectStatusChange" c
        WHERE c."projectId" = p."id" AND c."changedOn" <= ${end}::date
        ORDER BY c."changedOn" DESC, c."id" DESC LIMIT 1
      ) s ON true
      WHERE p."actualStart" <= ${end}::date AND (p."actualEnd" IS NULL OR p."actualEnd" > ${end}::date)
    ),
    projects AS (
      SELECT
        (SELECT count(*) FILTER (WHERE NOT suspended) FROM in_work_by_dates)::int AS projects_in_work,
        (SELECT count(*) FILTER (WHERE suspended) FROM in_work_by_dates)::int AS projects_suspended,
        count(*) FILTER (WHERE "actualStart" BETWEEN ${start}::date AND ${end}::date)::int AS projects_started,
        count(*) FILTER (WHERE "actualEnd" BETWEEN ${start}::date AND ${end}::date)::int AS projects_completed,
        count(*) FILTER (WHERE "commissionedAt" BETWEEN ${start}::date AND ${end}::date)::int AS projects_commissioned
      FROM region_projects
    ),
    hired AS (
      SELECT pl."workerId", pl."hiredAt", pl."referredByEmploymentCentre" AS referred, pl."youthAtHiring" AS youth
      FROM "Placement" pl JOIN region_projects p ON p."id" = pl."projectId"
      WHERE pl."hiredAt" <= ${end}::date
    ),
    people AS (
      SELECT bool_or(referred) AS referred, bool_or(youth) AS youth, bool_or(referred AND youth) AS youth_referred
      FROM hired GROUP BY "workerId"
    ),
    hires AS (
      SELECT count(*)::int AS hires, count(*) FILTER (WHERE referred)::int AS hires_referred,
             count(*) FILTER (WHERE youth)::int AS hires_youth
      FROM hired WHERE "hiredAt" >= ${start}::date
    ),
    people_counts AS (
      SELECT count(*)::int AS people, count(*) FILTER (WHERE referred)::int AS referred,
             count(*) FILTER (WHERE youth)::int AS youth, count(*) FILTER (WHERE youth_referred)::int AS youth_referred
      FROM people
    ),
    jobs AS (
      SELECT count(*) FILTER (WHERE j."createdOn" >= ${start}::date)::int AS jobs_created, count(*)::int AS jobs
      FROM "PermanentJob" j JOIN region_projects p ON p."id" = j."projectId"
      WHERE j."createdOn" <= ${end}::date
    ),
    money AS (
      SELECT coalesce(sum(f."allocatedChange"), 0)::text AS allocated, coalesce(sum(f."disbursedChange"), 0)::text AS disbursed
      FROM "FundingChange" f JOIN region_projects p ON p."id" = f."projectId"
      WHERE f."changedOn" <= ${end}::date
    )
    SELECT * FROM projects, hires, people_counts, jobs, money`;
}
