// SQL conditions of a dashboard filter on the summary tables. Every summary table names its cell
// columns alike ("regionId", "districtId", category, "workType", "programmeYear"), so one builder
// serves CellStats, CellFunding, CellMonth, ProjectStats and MultiProjectMembership.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { DashboardFilter } from "./schema";

export const column = (alias: string, name: string) => Prisma.raw(`${alias}."${name}"`);

export function whereAll(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** Conditions on a row's cell; districtId is 0 in summaries for "no district". */
export function cellConditions(filter: DashboardFilter, alias: string, { withDistrict = true } = {}): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.regionId !== undefined) conditions.push(Prisma.sql`${column(alias, "regionId")} = ${filter.regionId}::int`);
  if (withDistrict && filter.districtId !== undefined) {
    conditions.push(Prisma.sql`${column(alias, "districtId")} = ${filter.districtId}::int`);
  }
  if (filter.category !== undefined) conditions.push(Prisma.sql`${column(alias, "category")} = ${filter.category}::"ProjectCategory"`);
  if (filter.workType !== undefined) conditions.push(Prisma.sql`${column(alias, "workType")} = ${filter.workType}::"WorkType"`);
  if (filter.programmeYear !== undefined) {
    conditions.push(Prisma.sql`${column(alias, "programmeYear")} = ${filter.programmeYear}::int`);
  }
  return conditions;
}

/**
 * A funding-source filter selects the projects that have money allocated from that source.
 * Needs a "projectId" column on `alias`.
 */
export function sourceCondition(filter: DashboardFilter, alias: string): Prisma.Sql[] {
  if (filter.fundingSource === undefined) return [];
  return [
    Prisma.sql`EXISTS (SELECT 1 FROM "ProjectFundingStats" fs WHERE fs."projectId" = ${column(alias, "projectId")}
      AND fs.source = ${filter.fundingSource}::"FundingSource" AND fs.allocated > 0)`,
  ];
}

/** The region a district filter implies when no region is given. */
export function regionOf(filter: DashboardFilter): Prisma.Sql {
  if (filter.regionId !== undefined) return Prisma.sql`${filter.regionId}::int`;
  if (filter.districtId !== undefined) {
    return Prisma.sql`(SELECT "regionId" FROM "District" WHERE id = ${filter.districtId}::int)`;
  }
  return Prisma.sql`0`;
}
