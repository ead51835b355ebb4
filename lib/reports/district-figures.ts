// A report's districts: the same month figures counted over each district's projects (and over
// the projects with no district given), for the report page and for freezing at submission. The
// query runner is passed in, so the submission (in its transaction), the page (on the read pool)
// and the seed (on its own connection) count the same way.
import type { Prisma } from "@/generated/prisma/client";
import { districtFigures, toMonthFigures, type DistrictFigures, type FiguresRow } from "./figures";
import { districtScopesSql, monthsFiguresSql } from "./figures-sql";
import type { MonthKey } from "./period";

export type RunSql = <T>(query: Prisma.Sql) => Promise<T[]>;
export type DistrictScope = { districtId: number | null; nameRu: string | null; nameKk: string | null; nameEn: string | null };

export async function districtScopes(run: RunSql, regionId: number): Promise<DistrictScope[]> {
  return run<DistrictScope>(districtScopesSql(regionId));
}

/** Each month's district figures, in the order of `scopes` (one query per district, all months at once). */
export async function districtMonthFigures(run: RunSql, regionId: number, scopes: readonly DistrictScope[], months: readonly MonthKey[]): Promise<Map<MonthKey, DistrictFigures[]>> {
  const byMonth = new Map<MonthKey, DistrictFigures[]>(months.map((month) => [month, []]));
  for (const scope of scopes) {
    const rows = await run<FiguresRow & { month: MonthKey }>(monthsFiguresSql(regionId, months, { districtId: scope.districtId }));
    for (const row of rows) byMonth.get(row.month)?.push(districtFigures(scope.districtId, toMonthFigures(row, 0)));
  }
  return byMonth;
}
