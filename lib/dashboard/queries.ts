// Reads for the dashboards. Counted live from the records for now; the dashboards issue (#5)
// replaces the counting with summary tables kept current on every write, behind the same
// `getHeadlineFigures(scope)` signature.
import "server-only";
import { Prisma, type TargetMetric } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { nationalScope, withTargets, type HeadlineFigures, type HeadlineScope } from "./headline";

type HeadlineRow = {
  as_of: Date;
  projects: number;
  objects_commissioned: number;
  people_employed: number;
  referred: number;
  youth_among_referred: number;
  youth_among_all: number;
  permanent_jobs: number;
  adjacent_industry_jobs: number;
  targets: Array<{ metric: TargetMetric; programmeYear: number; value: number }> | null;
};

/**
 * The headline figures of the country or of one region, in one round trip:
 * - people are DISTINCT workers (one person on two projects is one person employed);
 * - "referred" and "youth" count people with at least one placement of that kind;
 *   youth = 14–35 on the hiring date (Law No. 285-V, art. 1), stored per placement;
 * - adjacent-industry jobs are not derived from records: each region reports them monthly
 *   (Order No. 55-р), so the figure sums every region's latest report that has left DRAFT;
 * - targets: those of the scope (regionId null = national), latest programme year.
 */
export async function getHeadlineFigures(scope: HeadlineScope = nationalScope): Promise<HeadlineFigures> {
  const regionId = scope.regionId;
  const rows = await prisma.$queryRaw<HeadlineRow[]>(Prisma.sql`
    WITH scoped_project AS (
      SELECT id, status FROM "Project" WHERE ${regionId}::int IS NULL OR "regionId" = ${regionId}::int
    ),
    people AS (
      SELECT count(DISTINCT pl."workerId")::int AS people_employed,
             count(DISTINCT pl."workerId") FILTER (WHERE pl."referredByEmploymentCentre")::int AS referred,
             count(DISTINCT pl."workerId")
               FILTER (WHERE pl."referredByEmploymentCentre" AND pl."youthAtHiring")::int AS youth_among_referred,
             count(DISTINCT pl."workerId") FILTER (WHERE pl."youthAtHiring")::int AS youth_among_all
      FROM "Placement" pl JOIN scoped_project p ON p.id = pl."projectId"
    ),
    latest_report AS (
      SELECT DISTINCT ON (r."regionId") r."adjacentIndustryJobs"
      FROM "MonthlyReport" r
      WHERE r.status <> 'DRAFT' AND (${regionId}::int IS NULL OR r."regionId" = ${regionId}::int)
      ORDER BY r."regionId", r.month DESC
    )
    SELECT now() AS as_of,
           (SELECT count(*)::int FROM scoped_project) AS projects,
           (SELECT count(*)::int FROM scoped_project WHERE status = 'COMMISSIONED') AS objects_commissioned,
           people.*,
           (SELECT count(*)::int FROM "PermanentJob" j JOIN scoped_project p ON p.id = j."projectId") AS permanent_jobs,
           (SELECT coalesce(sum("adjacentIndustryJobs"), 0)::int FROM latest_report) AS adjacent_industry_jobs,
           (SELECT json_agg(json_build_object('metric', t.metric, 'programmeYear', t."programmeYear", 'value', t.value))
              FROM "Target" t WHERE t."regionId" IS NOT DISTINCT FROM ${regionId}::int) AS targets
    FROM people
  `);
  const row = rows[0];
  if (!row) throw new Error("headline figures query returned no row");
  return {
    asOf: row.as_of,
    ...withTargets(
      {
        projects: row.projects,
        peopleEmployed: row.people_employed,
        referredByEmploymentCentres: row.referred,
        youthAmongReferred: row.youth_among_referred,
        youthAmongAll: row.youth_among_all,
        objectsCommissioned: row.objects_commissioned,
        permanentJobs: row.permanent_jobs,
        adjacentIndustryJobs: row.adjacent_industry_jobs,
      },
      row.targets ?? [],
    ),
  };
}
