// The summary's figures "as of" the end of a day, counted from the records' own dates — the
// projects whose works had begun, the hirings, commissionings, permanent jobs and money dated up
// to that day, each project's status as of then (ProjectStatusChange), adjacent-industry jobs from
// each region's latest report approved for a month up to then — so that a deputy can reproduce
// the figures of a letter of that day. One row per region and one for the country (regionId
// null); people are distinct persons in each. Read straight from the records: the summary tables
// hold today's figures only.
import { Prisma } from "@/generated/prisma/client";

/**
 * Rows of AsOfRow for `day` ("YYYY-MM-DD"), every region and the country; `monthStart` is the first
 * day of its month, for the people working during that month (a placement overlapping it).
 */
export function asOfFiguresSql(day: string, monthStart: string): Prisma.Sql {
  const d = Prisma.sql`${day}::date`;
  return Prisma.sql`
    WITH started AS MATERIALIZED (
      SELECT p."id", p."regionId", p."plannedTemporaryJobs" AS ptj, p."plannedPermanentJobs" AS ppj,
             p."commissionedAt" <= ${d} AS commissioned, coalesce(s.status, 'PLANNED') AS status
      FROM "Project" p
      LEFT JOIN LATERAL (
        SELECT c.status FROM "ProjectStatusChange" c WHERE c."projectId" = p."id" AND c."changedOn" <= ${d}
        ORDER BY c."changedOn" DESC, c."id" DESC LIMIT 1
      ) s ON true
      WHERE p."actualStart" <= ${d}
    ),
    projects AS (
      SELECT "regionId", count(*)::int AS projects,
             count(*) FILTER (WHERE status = 'PLANNED')::int AS planned, count(*) FILTER (WHERE status = 'IN_PROGRESS')::int AS in_progress,
             count(*) FILTER (WHERE status = 'COMPLETED')::int AS completed, count(*) FILTER (WHERE status = 'COMMISSIONED')::int AS commissioned_status,
             count(*) FILTER (WHERE status = 'SUSPENDED')::int AS suspended,
             count(*) FILTER (WHERE commissioned)::int AS commissioned,
             coalesce(sum(ptj), 0)::int AS ptj, coalesce(sum(ppj), 0)::int AS ppj
      FROM started GROUP BY GROUPING SETS (("regionId"), ())
    ),
    people AS (
      SELECT p."regionId", count(DISTINCT pl."workerId")::int AS people,
             count(DISTINCT pl."workerId") FILTER (WHERE pl."referredByEmploymentCentre")::int AS referred,
             count(DISTINCT pl."workerId") FILTER (WHERE pl."youthAtHiring")::int AS youth,
             count(DISTINCT pl."workerId") FILTER (WHERE pl."referredByEmploymentCentre" AND pl."youthAtHiring")::int AS youth_referred,
             count(*)::int AS placements,
             count(DISTINCT pl."workerId") FILTER (WHERE pl."endedAt" IS NULL OR pl."endedAt" >= ${monthStart}::date)::int AS working
      FROM "Placement" pl JOIN "Project" p ON p."id" = pl."projectId"
      WHERE pl."hiredAt" <= ${d}
      GROUP BY GROUPING SETS ((p."regionId"), ())
    ),
    jobs AS (
      SELECT p."regionId", count(*)::int AS jobs, count(*) FILTER (WHERE j."filled")::int AS filled
      FROM "PermanentJob" j JOIN "Project" p ON p."id" = j."projectId"
      WHERE j."createdOn" <= ${d}
      GROUP BY GROUPING SETS ((p."regionId"), ())
    ),
    money AS (
      SELECT p."regionId", coalesce(sum(c."allocatedChange"), 0)::text AS allocated, coalesce(sum(c."disbursedChange"), 0)::text AS disbursed
      FROM "FundingChange" c JOIN "Project" p ON p."id" = c."projectId"
      WHERE c."changedOn" <= ${d}
      GROUP BY GROUPING SETS ((p."regionId"), ())
    ),
    adjacent AS (
      SELECT "regionId", sum(jobs)::int AS adjacent
      FROM (SELECT DISTINCT ON (r."regionId") r."regionId", r."adjacentIndustryJobs" AS jobs FROM "MonthlyReport" r
             WHERE r.status = 'APPROVED' AND r.month <= ${d} ORDER BY r."regionId", r.month DESC) latest
      GROUP BY GROUPING SETS (("regionId"), ())
    ),
    scopes AS (SELECT "id" AS "regionId" FROM "Region" UNION ALL SELECT NULL)
    SELECT s."regionId" AS region_id,
           coalesce(pr.projects, 0) AS projects, coalesce(pr.planned, 0) AS planned, coalesce(pr.in_progress, 0) AS in_progress,
           coalesce(pr.completed, 0) AS completed, coalesce(pr.commissioned_status, 0) AS commissioned_status,
           coalesce(pr.suspended, 0) AS suspended, coalesce(pr.commissioned, 0) AS commissioned,
           coalesce(pr.ptj, 0) AS ptj, coalesce(pr.ppj, 0) AS ppj,
           coalesce(pe.people, 0) AS people, coalesce(pe.referred, 0) AS referred, coalesce(pe.youth, 0) AS youth,
           coalesce(pe.youth_referred, 0) AS youth_referred, coalesce(pe.placements, 0) AS placements, coalesce(pe.working, 0) AS working,
           coalesce(j.jobs, 0) AS jobs, coalesce(j.filled, 0) AS filled,
           coalesce(m.allocated, '0') AS allocated, coalesce(m.disbursed, '0') AS disbursed, coalesce(a.adjacent, 0) AS adjacent
    FROM scopes s
    LEFT JOIN projects pr ON pr."regionId" IS NOT DISTINCT FROM s."regionId"
    LEFT JOIN people pe ON pe."regionId" IS NOT DISTINCT FROM s."regionId"
    LEFT JOIN jobs j ON j."regionId" IS NOT DISTINCT FROM s."regionId"
    LEFT JOIN money m ON m."regionId" IS NOT DISTINCT FROM s."regionId"
    LEFT JOIN adjacent a ON a."regionId" IS NOT DISTINCT FROM s."regionId"`;
}

/** Projects whose works had begun by `day`, by category and by type of work, for the country or one region. */
export function asOfProjectsBySql(day: string, regionId: number | null): Prisma.Sql {
  return Prisma.sql`
    SELECT category::text AS category, "workType"::text AS work_type, count(*)::int AS projects
    FROM "Project" WHERE "actualStart" <= ${day}::date AND (${regionId}::int IS NULL OR "regionId" = ${regionId}::int)
    GROUP BY 1, 2`;
}

export type AsOfRow = {
  region_id: number | null;
  projects: number; planned: number; in_progress: number; completed: number; commissioned_status: number; suspended: number;
  commissioned: number; ptj: number; ppj: number;
  people: number; referred: number; youth: number; youth_referred: number; placements: number; working: number;
  jobs: number; filled: number; allocated: string; disbursed: string; adjacent: number;
};
