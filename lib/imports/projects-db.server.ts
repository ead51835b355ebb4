// Set-based checks and writes of a projects file, inside the caller's transaction: the checked
// rows (complete projects: the file's columns over the stored values) are COPYed into a
// temporary staging table, classified against the stored project with the same code (create /
// update / unchanged) and upserted with their funding. As through the form (lib/projects/
// mutations.ts): a changed project gets its version bumped (optimistic locking), a source with
// no money has no funding row, and each created or changed project gets an audit event with its
// snapshot before and after (lib/projects/snapshot.ts).
import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { chunked, copyLine } from "@/lib/demo/copyText";
import { dayText } from "@/lib/projects/fields";
import { FUNDING_SOURCES } from "@/lib/projects/schema";
import { storedProjectsByCode, type StoredProjectRef } from "./lookups.server";
import type { ChangeCounts } from "./placements-db.server";
import type { ProjectRow } from "./project-row";
import type { RowError } from "./rows";

/** [staging column, Project column, SQL type]: the fields a file sets, in staging order. */
const FIELDS: ReadonlyArray<readonly [string, string, string]> = [
  ["name", "name", "text"],
  ["district_id", "districtId", "int"],
  ["settlement", "settlement", "text"],
  ["category", "category", `"ProjectCategory"`],
  ["work_type", "workType", `"WorkType"`],
  ["status", "status", `"ProjectStatus"`],
  ["programme_year", "programmeYear", "int"],
  ["planned_start", "plannedStart", "date"],
  ["planned_end", "plannedEnd", "date"],
  ["actual_start", "actualStart", "date"],
  ["actual_end", "actualEnd", "date"],
  ["commissioned_at", "commissionedAt", "date"],
  ["latitude", "latitude", "numeric(9,6)"],
  ["longitude", "longitude", "numeric(9,6)"],
  ["contractor_name", "contractorName", "text"],
  ["contractor_bin", "contractorBin", "varchar(12)"],
  ["planned_temporary_jobs", "plannedTemporaryJobs", "int"],
  ["planned_permanent_jobs", "plannedPermanentJobs", "int"],
];
const FUNDING = FUNDING_SOURCES.map((source) => ({ source, allocated: `allocated_${source.toLowerCase()}`, disbursed: `disbursed_${source.toLowerCase()}` }));
/** The dates that put a project into a month's figures (as lib/projects/mutations.ts). */
const MONTH_DATES = [["actual_start", "actualStart"], ["actual_end", "actualEnd"], ["commissioned_at", "commissionedAt"]] as const;

const q = (name: string) => `"${name}"`;

/**
 * The file's stored projects, locked by id before the checks (as placements-db lockPlacementRows;
 * no table lock). The region's own saves are already kept out by the region's gate
 * (region-gate.ts), so nothing should hold them; a new code created elsewhere meanwhile makes the
 * INSERT fail, and the commit with it ("conflict").
 */
export async function lockProjectRows(client: pg.ClientBase): Promise<RowError[]> {
  await client.query(`SELECT 1 FROM "Project" WHERE code IN (SELECT code FROM import_project) ORDER BY id FOR NO KEY UPDATE`);
  return [];
}

export async function stageProjects(client: pg.ClientBase, rows: readonly ProjectRow[]): Promise<void> {
  const columns = ["sheet_row int NOT NULL", "code varchar(32) NOT NULL", "region_id int NOT NULL", ...FIELDS.map(([c, , t]) => `${c} ${t}`),
    ...FUNDING.flatMap((f) => [`${f.allocated} numeric(16,2) NOT NULL`, `${f.disbursed} numeric(16,2) NOT NULL`])];
  await client.query(`CREATE TEMP TABLE import_project (${columns.join(", ")}) ON COMMIT DROP`);
  const lines = (function* () {
    for (const p of rows) {
      const values = FIELDS.map(([, field]) => {
        const value = p[field as keyof ProjectRow];
        return value instanceof Date ? dayText(value) : (value as string | number | null);
      });
      yield copyLine([p.row, p.code, p.regionId, ...values, ...FUNDING.flatMap((f) => [p.funding[f.source].allocated, p.funding[f.source].disbursed])]);
    }
  })();
  const names = ["sheet_row", "code", "region_id", ...FIELDS.map(([c]) => c), ...FUNDING.flatMap((f) => [f.allocated, f.disbursed])];
  await pipeline(Readable.from(chunked(lines)), client.query(copyFrom(`COPY import_project (${names.join(", ")}) FROM STDIN`)));
  await client.query(`CREATE UNIQUE INDEX ON import_project (code)`);
  await client.query(`ANALYZE import_project`);
}

/** The file's amounts per source for one staged row. */
const FILE_FUNDING = `(VALUES ${FUNDING.map((f) => `('${f.source}'::"FundingSource", s.${f.allocated}, s.${f.disbursed})`).join(", ")}) f(source, allocated, disbursed)`;
/** Sources whose amounts differ from the stored ones (no row = zero). */
const FUNDING_DIFFERS = `(coalesce(pf.allocated, 0) <> f.allocated OR coalesce(pf.disbursed, 0) <> f.disbursed)`;

const CHANGES = `
  SELECT s.sheet_row, p.id AS project_id,
         CASE WHEN p.id IS NULL THEN 'create'
              WHEN (${FIELDS.map(([, c]) => `p.${q(c)}`).join(", ")}) IS DISTINCT FROM (${FIELDS.map(([c]) => `s.${c}`).join(", ")})
                OR EXISTS (SELECT 1 FROM ${FILE_FUNDING}
                             LEFT JOIN "ProjectFunding" pf ON pf."projectId" = p.id AND pf.source = f.source
                            WHERE ${FUNDING_DIFFERS}) THEN 'update'
              ELSE 'unchanged' END AS change,
         ${MONTH_DATES.map(([s, p]) => `s.${s}, p.${q(p)} AS old_${s}`).join(", ")}
    FROM import_project s LEFT JOIN "Project" p ON p.code = s.code`;

export async function projectChangeCounts(client: pg.ClientBase): Promise<ChangeCounts> {
  const { rows } = await client.query<{ create: number; update: number; unchanged: number }>(`
    SELECT count(*) FILTER (WHERE change = 'create')::int AS create,
           count(*) FILTER (WHERE change = 'update')::int AS update,
           count(*) FILTER (WHERE change = 'unchanged')::int AS unchanged
      FROM (${CHANGES}) c`);
  return { ...rows[0]!, workersCreated: 0 };
}

/**
 * Months a changing row touches: for a new project its dates; for a changed one the old and new
 * values of each date that changes (lib/projects/mutations.ts changedMonthDates).
 */
const TOUCHED_DAYS = `(VALUES ${MONTH_DATES.map(([s, p]) => `('${p}', c.${s}, c.old_${s})`).join(", ")}) t(col, new_day, old_day)
  CROSS JOIN LATERAL (VALUES (t.new_day), (t.old_day)) d(day)`;
const TOUCHING = `c.change <> 'unchanged' AND d.day IS NOT NULL AND (c.change = 'create' OR t.new_day IS DISTINCT FROM t.old_day)`;

export async function projectLockedMonthErrors(client: pg.ClientBase, regionId: number): Promise<RowError[]> {
  const { rows } = await client.query<{ row: number; column: string; value: string; month: string }>(`
    WITH c AS (${CHANGES})
    SELECT DISTINCT ON (c.sheet_row) c.sheet_row AS "row", t.col AS "column", to_char(d.day, 'DD.MM.YYYY') AS value,
           to_char(l.month, 'YYYY-MM-DD') AS month
      FROM c CROSS JOIN LATERAL ${TOUCHED_DAYS}
      CROSS JOIN LATERAL (SELECT report_locked_month($1, d.day) AS month) l
     WHERE ${TOUCHING} AND l.month IS NOT NULL
     ORDER BY c.sheet_row, d.day`, [regionId]);
  return rows.map((r) => ({ row: r.row, column: r.column, value: r.value, code: "monthLocked", params: { month: r.month } }));
}

/**
 * Rows whose works dates would leave a stored placement's hiring outside them: the project form's
 * rule (lib/projects/mutations.ts checkPlacementsWithinWorks), with its codes and the hiring date.
 */
export async function projectWorksErrors(client: pg.ClientBase): Promise<RowError[]> {
  const { rows } = await client.query<{ row: number; column: string; value: string; code: string; hired: string }>(`
    WITH hired AS (
      SELECT s.sheet_row, s.actual_start, s.actual_end, min(pl."hiredAt") AS first, max(pl."hiredAt") AS last
        FROM import_project s
        JOIN "Project" p ON p.code = s.code
        JOIN "Placement" pl ON pl."projectId" = p.id
       GROUP BY s.sheet_row, s.actual_start, s.actual_end)
    SELECT sheet_row AS "row", 'actualStart' AS "column", to_char(actual_start, 'DD.MM.YYYY') AS value,
           'placementsBeforeStart' AS code, to_char(first, 'DD.MM.YYYY') AS hired
      FROM hired WHERE first < actual_start
    UNION ALL
    SELECT sheet_row, 'actualEnd', to_char(actual_end, 'DD.MM.YYYY'), 'placementsAfterEnd', to_char(last, 'DD.MM.YYYY')
      FROM hired WHERE last > actual_end
     ORDER BY 1, 2 DESC`);
  return rows.map((r) => ({ row: r.row, column: r.column, value: r.value, code: r.code, params: { date: r.hired } }));
}

export async function projectMonthsTouched(client: pg.ClientBase): Promise<Date[]> {
  const { rows } = await client.query<{ month: string }>(`
    SELECT DISTINCT to_char(date_trunc('month', d.day), 'YYYY-MM-DD') AS month
      FROM (${CHANGES}) c CROSS JOIN LATERAL ${TOUCHED_DAYS}
     WHERE ${TOUCHING}`);
  return rows.map((r) => new Date(`${r.month}T00:00:00Z`));
}

/**
 * Upserts the staged projects and their funding, then writes one audit event per created or
 * changed project with its snapshot before and after (a region's file holds hundreds of
 * projects, so this stays cheap). `before` = the stored projects as loaded for the checks.
 */
export async function upsertProjects(client: pg.ClientBase, actorId: number, before: ReadonlyMap<string, StoredProjectRef>): Promise<{ created: number; updated: number }> {
  await client.query(`CREATE TEMP TABLE import_touched (project_id int PRIMARY KEY, code text NOT NULL, created boolean NOT NULL) ON COMMIT DROP`);
  const projectColumns = ["code", "regionId", ...FIELDS.map(([, c]) => c)];
  await client.query(`
    WITH written AS (
      INSERT INTO "Project" (${projectColumns.map(q).join(", ")}, "updatedAt", "updatedById")
      SELECT s.code, s.region_id, ${FIELDS.map(([c]) => `s.${c}`).join(", ")}, now(), $1 FROM import_project s
      ON CONFLICT (code) DO UPDATE
         SET ${FIELDS.map(([, c]) => `${q(c)} = EXCLUDED.${q(c)}`).join(", ")},
             version = "Project".version + 1, "updatedAt" = now(), "updatedById" = EXCLUDED."updatedById"
       WHERE "Project"."regionId" = EXCLUDED."regionId"
         AND (${FIELDS.map(([, c]) => `"Project".${q(c)}`).join(", ")}) IS DISTINCT FROM (${FIELDS.map(([, c]) => `EXCLUDED.${q(c)}`).join(", ")})
      RETURNING id, code, (xmax = 0) AS created)
    INSERT INTO import_touched SELECT id, code, created FROM written`, [actorId]);
  const removed = await client.query<{ projectId: number }>(`
    DELETE FROM "ProjectFunding" pf USING import_project s, "Project" p, LATERAL ${FILE_FUNDING}
     WHERE p.code = s.code AND pf."projectId" = p.id AND pf.source = f.source AND f.allocated = 0 AND f.disbursed = 0
    RETURNING pf."projectId"`);
  const written = await client.query<{ projectId: number }>(`
    INSERT INTO "ProjectFunding" ("projectId", source, allocated, disbursed)
    SELECT p.id, f.source, f.allocated, f.disbursed
      FROM import_project s JOIN "Project" p ON p.code = s.code
     CROSS JOIN LATERAL ${FILE_FUNDING}
      LEFT JOIN "ProjectFunding" pf ON pf."projectId" = p.id AND pf.source = f.source
     WHERE NOT (f.allocated = 0 AND f.disbursed = 0) AND ${FUNDING_DIFFERS}
    ON CONFLICT ("projectId", source) DO UPDATE SET allocated = EXCLUDED.allocated, disbursed = EXCLUDED.disbursed
    RETURNING "projectId"`);
  // A project whose only change is its money is still a changed project, with a new version.
  const fundingChanged = [...new Set([...removed.rows, ...written.rows].map((r) => r.projectId))];
  await client.query(`
    WITH bumped AS (
      UPDATE "Project" p SET version = p.version + 1, "updatedAt" = now(), "updatedById" = $2
       WHERE p.id = ANY($1::int[]) AND NOT EXISTS (SELECT 1 FROM import_touched t WHERE t.project_id = p.id)
      RETURNING p.id, p.code)
    INSERT INTO import_touched SELECT id, code, false FROM bumped`, [fundingChanged, actorId]);
  const { rows: touched } = await client.query<{ code: string; created: boolean }>(`SELECT code, created FROM import_touched ORDER BY project_id`);
  const after = await storedProjectsByCode(client, touched.map((t) => t.code));
  const events = touched.map((t) => {
    const now = after.get(t.code)!;
    return { entityId: String(now.id), action: t.created ? "create" : "update", before: t.created ? null : (before.get(t.code)?.snapshot ?? null), after: now.snapshot };
  });
  await client.query(
    `INSERT INTO "AuditEvent" ("actorId", entity, "entityId", action, before, after)
     SELECT $1, 'project', e."entityId", e.action, e.before, e.after
       FROM jsonb_to_recordset($2::jsonb) AS e("entityId" text, action text, before jsonb, after jsonb)`,
    [actorId, JSON.stringify(events)],
  );
  const created = touched.filter((t) => t.created).length;
  return { created, updated: touched.length - created };
}
