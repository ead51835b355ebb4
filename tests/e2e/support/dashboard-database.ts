// Region and district figures for the dashboard e2e tests, counted from the records with plain
// SQL, independently of lib/dashboard and lib/summary.
import { withDatabase } from "./database";

export type PlaceCounts = { projects: number; peopleEmployed: number; referredByEmploymentCentres: number; youthAmongAll: number };

/** Figures of region `code`, optionally of one category, per district id ("none" = no district) and in total ("all"). */
export async function regionCountsFromDatabase(code: string, category?: string): Promise<Map<string, PlaceCounts>> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<PlaceCounts & { key: string | null }>(
      `SELECT CASE WHEN GROUPING(p."districtId") = 1 THEN 'all' ELSE coalesce(p."districtId"::text, 'none') END AS key,
              count(DISTINCT p.id)::int AS projects,
              count(DISTINCT pl."workerId")::int AS "peopleEmployed",
              count(DISTINCT pl."workerId") FILTER (WHERE pl."referredByEmploymentCentre")::int AS "referredByEmploymentCentres",
              count(DISTINCT pl."workerId") FILTER (WHERE pl."youthAtHiring")::int AS "youthAmongAll"
       FROM "Project" p JOIN "Region" r ON r.id = p."regionId"
       LEFT JOIN "Placement" pl ON pl."projectId" = p.id
       WHERE r.code = $1 AND ($2::text IS NULL OR p.category::text = $2)
       GROUP BY ROLLUP (p."districtId")`,
      [code, category ?? null],
    );
    return new Map(rows.map((row) => [row.key ?? "all", row]));
  });
}
