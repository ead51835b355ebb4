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
 * A funding-source filter selects the projects that have money allocated from that source, as
 * listed in the `sources` column of ProjectStats and MultiProjectMembership.
 */
export function sourceCondition(filter: DashboardFilter, alias: string): Prisma.Sql[] {
  if (filter.fundingSource === undefined) return [];
  return [Prisma.sql`${filter.fundingSource}::"FundingSource" = ANY(${column(alias, "sources")})`];
}

/** The region a district filter implies when no region is given. */
export function regionOf(filter: DashboardFilter): Prisma.Sql {
  if (filter.regionId !== undefined) return Prisma.sql`${filter.regionId}::int`;
  if (filter.districtId !== undefined) {
    return Prisma.sql`(SELECT "regionId" FROM "District" WHERE id = ${filter.districtId}::int)`;
  }
  return Prisma.sql`0`;
}

/** Groupings of the figures query; "all" is one row. */
export type Grouping = "all" | "region" | "district" | "category" | "workType";

/**
 * Conditions selecting the PeopleCorrection rows of a filter and grouping, or null when that
 * table does not keep the scope (see summary_correction_scopes in migration 0006): a district
 * with a category or work type, or a funding source with any of those.
 */
export function correctionScope(filter: DashboardFilter, grouping: Grouping, alias: string): Prisma.Sql[] | null {
  const byDistrict = filter.districtId !== undefined || grouping === "district";
  const byKind = filter.category !== undefined || filter.workType !== undefined || grouping === "category" || grouping === "workType";
  if ((byDistrict && byKind) || (filter.fundingSource !== undefined && (byDistrict || byKind))) return null;
  const c = (name: string) => column(alias, name);
  const region =
    grouping === "region" && filter.regionId === undefined && filter.districtId === undefined
      ? Prisma.sql`${c("regionId")} <> 0`
      : Prisma.sql`${c("regionId")} = ${regionOf(filter)}`;
  const district =
    filter.districtId !== undefined
      ? Prisma.sql`${c("districtId")} = ${filter.districtId}::int`
      : grouping === "district"
        ? Prisma.sql`${c("districtId")} >= 0`
        : Prisma.sql`${c("districtId")} = -1`;
  const kind = (name: "category" | "workType") =>
    filter[name] !== undefined
      ? Prisma.sql`${c(name)} = ${filter[name]}`
      : grouping === name
        ? Prisma.sql`${c(name)} <> '*'`
        : Prisma.sql`${c(name)} = '*'`;
  return [
    region,
    district,
    kind("category"),
    kind("workType"),
    Prisma.sql`${c("source")} = ${filter.fundingSource ?? "*"}`,
    Prisma.sql`${c("programmeYear")} = ${filter.programmeYear ?? 0}::int`,
  ];
}
