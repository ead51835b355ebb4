// Freezing the figures of reports that were submitted without them: the demo's reports, loaded
// in bulk by the seed. Each region's reported months are computed in one query (figures-sql.ts),
// and one more per district
// and stored as submission would have stored them, dated at the report's submission. A report
// that holds figures is never touched: frozen figures do not change.
import type pg from "pg";
import { freezeFigures, toMonthFigures, type FiguresRow } from "./figures";
import { monthsFiguresSql } from "./figures-sql";
import { districtMonthFigures, districtScopes, type RunSql } from "./district-figures";
import type { MonthKey } from "./period";

export async function freezeUnfrozenReports(client: pg.ClientBase): Promise<number> {
  const { rows: reports } = await client.query<{ id: number; regionId: number; month: MonthKey; adjacent: number; submittedAt: Date }>(`
    SELECT id, "regionId", to_char(month, 'YYYY-MM') AS month, "adjacentIndustryJobs" AS adjacent, coalesce("submittedAt", now()) AS "submittedAt"
      FROM "MonthlyReport" WHERE status IN ('SUBMITTED', 'APPROVED') AND figures IS NULL ORDER BY "regionId", month`);
  const byRegion = new Map<number, typeof reports>();
  for (const report of reports) byRegion.set(report.regionId, [...(byRegion.get(report.regionId) ?? []), report]);
  for (const [regionId, list] of byRegion) {
    const query = monthsFiguresSql(regionId, list.map((report) => report.month));
    const { rows } = await client.query<FiguresRow & { month: MonthKey }>(query.text, query.values as unknown[]);
    const byMonth = new Map(rows.map((row) => [row.month, row]));
    const run: RunSql = async (sql) => (await client.query(sql.text, sql.values as unknown[])).rows;
    const districts = await districtMonthFigures(run, regionId, await districtScopes(run, regionId), list.map((report) => report.month));
    for (const report of list) {
      const figures = freezeFigures(report.month, toMonthFigures(byMonth.get(report.month)!, report.adjacent), report.submittedAt, districts.get(report.month));
      await client.query(`UPDATE "MonthlyReport" SET figures = $2 WHERE id = $1 AND figures IS NULL`, [report.id, JSON.stringify(figures)]);
      // Its one submission, as submitReport keeps it.
      await client.query(
        `INSERT INTO "ReportVersion" ("reportId", version, figures, "adjacentIndustryJobs", comment, "submittedAt", "submittedById")
         SELECT id, 1, figures, "adjacentIndustryJobs", comment, coalesce("submittedAt", now()), "submittedById" FROM "MonthlyReport" WHERE id = $1
         ON CONFLICT DO NOTHING`, [report.id]);
    }
  }
  return reports.length;
}
