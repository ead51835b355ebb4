// Set-based checks and writes of a placements file, inside the caller's transaction: the valid
// rows are COPYed into a temporary staging table, then a few statements check the overlap rule
// against the database, classify each row (create / update / unchanged) and upsert — instead of
// 200,000 round trips. Keys: workers by IIN, placements by IIN + project + hiring date.
import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { chunked, copyLine } from "@/lib/demo/copyText";
import type { PlacementRow } from "./placement-row";
import type { RowError } from "./rows";
import { isoDay } from "./values";

export type StagedPlacement = PlacementRow & { projectId: number };

const STAGE_COLUMNS = "sheet_row, iin, full_name, birth_date, sex, project_id, hired_at, ended_at, position, referred, referral_number, unemployed, youth";

function* copyLines(rows: readonly StagedPlacement[]): Generator<string> {
  for (const p of rows) {
    yield copyLine([
      p.row, p.iin, p.fullName, isoDay(p.birthDate), p.sex, p.projectId, isoDay(p.hiredAt),
      p.endedAt ? isoDay(p.endedAt) : null, p.position, p.referred, p.referralNumber, p.unemployed, p.youth,
    ]);
  }
}

/** The rows to stage as COPY text, in chunks (what a dry run keeps for its commit, checked-rows.server.ts). */
export function placementCopyText(rows: readonly StagedPlacement[]): string[] {
  return [...chunked(copyLines(rows))];
}

/** Stages COPY text: chunks made by placementCopyText (or as they are made), or the dry run's kept Buffer. */
export async function stagePlacementText(client: pg.ClientBase, text: Iterable<string | Buffer>): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE import_placement (
      sheet_row int NOT NULL, iin varchar(12) NOT NULL, full_name text NOT NULL, birth_date date NOT NULL,
      sex "Sex" NOT NULL, project_id int NOT NULL, hired_at date NOT NULL, ended_at date,
      position text, referred boolean NOT NULL, referral_number text, unemployed boolean NOT NULL,
      youth boolean NOT NULL
    ) ON COMMIT DROP`);
  await pipeline(Readable.from(text), client.query(copyFrom(`COPY import_placement (${STAGE_COLUMNS}) FROM STDIN`)));
  await client.query(`CREATE INDEX ON import_placement (iin, project_id, hired_at)`);
  await client.query(`ANALYZE import_placement`);
}

export async function stagePlacements(client: pg.ClientBase, rows: readonly StagedPlacement[]): Promise<void> {
  // Streamed: the lines are made while PostgreSQL reads the ones before.
  await stagePlacementText(client, chunked(copyLines(rows)));
}

/** The projects the rows were checked against, as [id, code] (checked-rows.server.ts verifies them at commit). */
export function placementProjects(rows: readonly StagedPlacement[]): Array<[number, string]> {
  return [...new Map(rows.map((p) => [p.projectId, p.projectCode])).entries()];
}

/**
 * The overlap rule against the database (lib/placements/overlap.ts: periods inclusive of the
 * end day): a staged row whose period overlaps a stored placement of the same person (any
 * project, any region). A stored placement that the file itself restates (same key) is judged
 * by the file's version, so it is left out here. Codes and wording are the placement form's:
 * a clash in the row's own region names the project; one in another region gives the dates
 * only (docs/privacy.md).
 */
export async function placementOverlapErrors(client: pg.ClientBase): Promise<RowError[]> {
  const { rows } = await client.query<{ row: number; hired: string; same_region: boolean; code: string; name: string; from: string; to: string | null }>(`
    SELECT DISTINCT ON (s.sheet_row) s.sheet_row AS "row", to_char(s.hired_at, 'DD.MM.YYYY') AS hired,
           p."regionId" = sp."regionId" AS same_region, p.code, p.name,
           to_char(e."hiredAt", 'DD.MM.YYYY') AS "from", to_char(e."endedAt", 'DD.MM.YYYY') AS "to"
      FROM import_placement s
      JOIN "Project" sp ON sp.id = s.project_id
      JOIN "Worker" w ON w.iin = s.iin
      JOIN "Placement" e ON e."workerId" = w.id
      JOIN "Project" p ON p.id = e."projectId"
     WHERE e."hiredAt" <= coalesce(s.ended_at, 'infinity'::date)
       AND s.hired_at <= coalesce(e."endedAt", 'infinity'::date)
       AND NOT EXISTS (SELECT 1 FROM import_placement f
                        WHERE f.iin = s.iin AND f.project_id = e."projectId" AND f.hired_at = e."hiredAt")
     ORDER BY s.sheet_row, e."hiredAt"`);
  return rows.map((r) => {
    const dates = { hiredAt: r.from, endedAt: r.to ?? "" };
    return {
      row: r.row,
      column: "hiredAt",
      value: r.hired,
      ...(r.same_region
        ? { code: r.to ? "overlap" : "overlapOpen", params: { projectCode: r.code, projectName: r.name, ...dates } }
        : { code: r.to ? "overlapOtherRegion" : "overlapOtherRegionOpen", params: dates }),
    };
  });
}

/**
 * Rows whose hiring lies outside their project's works (before its actual start, after its
 * actual end): the placement form's rule (lib/placements/rules.ts hiringOutsideWorks), with the
 * same codes. The projects are the importing region's own, so the bound may be shown.
 */
export async function placementOutsideWorksErrors(client: pg.ClientBase): Promise<RowError[]> {
  const { rows } = await client.query<{ row: number; hired: string; before: boolean; bound: string }>(`
    SELECT s.sheet_row AS "row", to_char(s.hired_at, 'DD.MM.YYYY') AS hired,
           coalesce(s.hired_at < p."actualStart", false) AS before,
           to_char(CASE WHEN s.hired_at < p."actualStart" THEN p."actualStart" ELSE p."actualEnd" END, 'DD.MM.YYYY') AS bound
      FROM import_placement s
      JOIN "Project" p ON p.id = s.project_id
     WHERE s.hired_at < p."actualStart" OR s.hired_at > p."actualEnd"
     ORDER BY s.sheet_row`);
  return rows.map((r) => ({
    row: r.row,
    column: "hiredAt",
    value: r.hired,
    code: r.before ? "hiredBeforeProjectStart" : "hiredAfterProjectEnd",
    params: { date: r.bound },
  }));
}

/**
 * Each staged row against the stored placement with its key: create, update or unchanged, and
 * whether a counted field changed (lib/placements/touched-dates.ts: referral, unemployment and
 * youth are in the figures of every month the placement is in; a new end date alone moves the
 * old and new end months; position and referral number are in no figure).
 */
const CHANGES = `
  SELECT s.sheet_row, s.hired_at, s.ended_at, e."endedAt" AS old_ended_at,
         CASE WHEN e.id IS NULL THEN 'create'
              WHEN (e."endedAt", e.position, e."referredByEmploymentCentre", e."referralNumber", e."unemployedBeforeHiring", e."youthAtHiring")
                   IS DISTINCT FROM (s.ended_at, s.position, s.referred, s.referral_number, s.unemployed, s.youth) THEN 'update'
              ELSE 'unchanged' END AS change,
         e.id IS NULL OR (e."referredByEmploymentCentre", e."unemployedBeforeHiring", e."youthAtHiring")
                         IS DISTINCT FROM (s.referred, s.unemployed, s.youth) AS counted_changed
    FROM import_placement s
    LEFT JOIN "Worker" w ON w.iin = s.iin
    LEFT JOIN "Placement" e ON e."workerId" = w.id AND e."projectId" = s.project_id AND e."hiredAt" = s.hired_at`;

/**
 * CTEs `touched(sheet_row, col, day)`: the days whose months a changing row touches — its hiring
 * day when a counted field changes, its old and new end days when the end moves — gathered
 * column by column from the changing rows (materialized once). A LATERAL of three rows per staged
 * row cost 0.8 s of a 200,000-row commit; this costs 0.2 s.
 */
const TOUCHED = `
  changing AS MATERIALIZED (
    SELECT sheet_row, hired_at, ended_at, old_ended_at, counted_changed,
           counted_changed OR ended_at IS DISTINCT FROM old_ended_at AS end_moved
      FROM (${CHANGES}) x
     WHERE change <> 'unchanged'),
  touched AS (
    SELECT sheet_row, 'hiredAt' AS col, hired_at AS day FROM changing WHERE counted_changed
    UNION ALL SELECT sheet_row, 'endedAt', ended_at FROM changing WHERE end_moved AND ended_at IS NOT NULL
    UNION ALL SELECT sheet_row, 'endedAt', old_ended_at FROM changing WHERE end_moved AND old_ended_at IS NOT NULL)`;

export type ChangeCounts = { create: number; update: number; unchanged: number; workersCreated: number };

/**
 * `workersCreated` counts the people new to the rows' region — not to the country, which would
 * tell an akimat which IINs exist elsewhere (docs/privacy.md).
 */
export async function placementChangeCounts(client: pg.ClientBase): Promise<ChangeCounts> {
  const { rows } = await client.query<{ create: number; update: number; unchanged: number; workers: number }>(`
    SELECT count(*) FILTER (WHERE change = 'create')::int AS create,
           count(*) FILTER (WHERE change = 'update')::int AS update,
           count(*) FILTER (WHERE change = 'unchanged')::int AS unchanged,
           (SELECT count(*) FROM (SELECT DISTINCT s.iin, p."regionId" FROM import_placement s JOIN "Project" p ON p.id = s.project_id
             WHERE NOT EXISTS (SELECT 1 FROM "Worker" w JOIN "WorkerRegionName" n ON n."workerId" = w.id
                                WHERE w.iin = s.iin AND n."regionId" = p."regionId")) x)::int AS workers
      FROM (${CHANGES}) c`);
  const r = rows[0]!;
  return { create: r.create, update: r.update, unchanged: r.unchanged, workersCreated: r.workers };
}

/**
 * Rows that would change a month whose report is submitted or approved: dated on or before it
 * (lib/reports/lock.ts). Each distinct day is looked up once.
 */
export async function placementLockedMonthErrors(client: pg.ClientBase, regionId: number): Promise<RowError[]> {
  const { rows } = await client.query<{ row: number; column: string; value: string; month: string }>(`
    WITH ${TOUCHED},
         days AS (SELECT DISTINCT day FROM touched),
         locked AS (SELECT day, report_locked_month($1, day) AS month FROM days)
    SELECT DISTINCT ON (t.sheet_row) t.sheet_row AS "row", t.col AS "column", to_char(t.day, 'DD.MM.YYYY') AS value, to_char(l.month, 'YYYY-MM-DD') AS month
      FROM touched t
      JOIN locked l ON l.day = t.day AND l.month IS NOT NULL
     ORDER BY t.sheet_row, t.day`, [regionId]);
  return rows.map((r) => ({ row: r.row, column: r.column, value: r.value, code: "monthLocked", params: { month: r.month } }));
}

/** First days of the months the changing rows touch (old and new dates), for assertMonthsOpen. */
export async function placementMonthsTouched(client: pg.ClientBase): Promise<Date[]> {
  // DISTINCT over days first, turning only the few that remain into months.
  const { rows } = await client.query<{ month: string }>(`
    WITH ${TOUCHED}
    SELECT to_char(m.month, 'YYYY-MM-DD') AS month
      FROM (SELECT DISTINCT summary_month(d.day) AS month FROM (SELECT DISTINCT day FROM touched) d) m`);
  return rows.map((r) => new Date(`${r.month}T00:00:00Z`));
}

export type WriteCounts = { created: number; updated: number; workersCreated: number };

/**
 * Writes workers (new IINs only: the national record keeps the name it was first entered with;
 * a file's rows of one IIN carry one name, see file-checks.ts, and DO NOTHING skips the repeats
 * within the statement too), the name the rows' region keeps for each person (the file's, as a
 * name edit in the form would: docs/privacy.md), and upserts placements, changing only rows
 * that differ, so that importing the same file again writes nothing.
 */
export async function upsertPlacements(client: pg.ClientBase): Promise<WriteCounts> {
  // The file's new people were created by lockPlacementRows, before the checks.
  // workersCreated: people new to the region (as placementChangeCounts counts them).
  const names = await client.query<{ created: number }>(`
    WITH written AS (
      INSERT INTO "WorkerRegionName" ("workerId", "regionId", "fullName")
      SELECT DISTINCT ON (w.id, p."regionId") w.id, p."regionId", s.full_name
        FROM import_placement s JOIN "Worker" w ON w.iin = s.iin JOIN "Project" p ON p.id = s.project_id
      ON CONFLICT ("workerId", "regionId") DO UPDATE SET "fullName" = EXCLUDED."fullName", "updatedAt" = now()
       WHERE "WorkerRegionName"."fullName" IS DISTINCT FROM EXCLUDED."fullName"
      RETURNING (xmax = 0) AS created)
    SELECT count(*) FILTER (WHERE created)::int AS created FROM written`);
  await client.query(`SELECT set_config('summary.people_locked', 'on', true)`);
  const { rows } = await client.query<{ created: number; updated: number }>(`
    WITH written AS (
      INSERT INTO "Placement" ("workerId", "projectId", "hiredAt", "endedAt", position, "referredByEmploymentCentre",
                               "referralNumber", "unemployedBeforeHiring", "youthAtHiring", "updatedAt")
      SELECT w.id, s.project_id, s.hired_at, s.ended_at, s.position, s.referred, s.referral_number, s.unemployed, s.youth, now()
        FROM import_placement s JOIN "Worker" w ON w.iin = s.iin
      ON CONFLICT ("workerId", "projectId", "hiredAt") DO UPDATE
         SET "endedAt" = EXCLUDED."endedAt", position = EXCLUDED.position,
             "referredByEmploymentCentre" = EXCLUDED."referredByEmploymentCentre",
             "referralNumber" = EXCLUDED."referralNumber", "unemployedBeforeHiring" = EXCLUDED."unemployedBeforeHiring",
             "youthAtHiring" = EXCLUDED."youthAtHiring", "updatedAt" = now()
       WHERE ("Placement"."endedAt", "Placement".position, "Placement"."referredByEmploymentCentre", "Placement"."referralNumber",
              "Placement"."unemployedBeforeHiring", "Placement"."youthAtHiring")
             IS DISTINCT FROM (EXCLUDED."endedAt", EXCLUDED.position, EXCLUDED."referredByEmploymentCentre", EXCLUDED."referralNumber",
              EXCLUDED."unemployedBeforeHiring", EXCLUDED."youthAtHiring")
      RETURNING (xmax = 0) AS created)
    SELECT count(*) FILTER (WHERE created)::int AS created, count(*) FILTER (WHERE NOT created)::int AS updated FROM written`);
  await client.query(`SELECT set_config('summary.people_locked', 'off', true)`);
  return { created: rows[0]!.created, updated: rows[0]!.updated, workersCreated: names.rows[0]!.created };
}

/** How long the commit waits for a person whom another transaction is saving. */
const PERSON_WAIT_LIMIT = "10s";

/** SQLSTATEs of "waited too long for a lock" and "deadlock detected". */
/**
 * Takes, before any check, every lock the checks and writes rely on (row locks, no table lock:
 * docs/jobs.md), in the summary triggers' order — projects, then people, each by id (migration
 * 0010) — so that a form's save waits instead of deadlocking:
 * 1. the file's projects;
 * 2. the file's new people, created now: a form saving the same new IIN meanwhile waits on the
 *    unique index until this transaction ends (and is told "busy"), so no one can give them a
 *    placement that the overlap check below would not see;
 * 3. the people already known: first all that are free (SKIP LOCKED), then, waiting at most
 *    PERSON_WAIT_LIMIT, those another save holds. If one of those does not come free (or
 *    PostgreSQL breaks a deadlock with that save), the lock error fails the commit as a
 *    "conflict" that names no row and no person (lib/imports/process.server.ts): the save that
 *    held them may be another region's, and an akimat must not learn that an IIN of its file is
 *    known, let alone being edited, elsewhere. The user runs the import again.
 * The transaction then has these people to itself, so the summary triggers need not lock them
 * again (upsertPlacements sets summary.people_locked).
 */
export async function lockPlacementRows(client: pg.ClientBase): Promise<RowError[]> {
  await client.query(`
    SELECT 1 FROM "Project" WHERE id IN (SELECT project_id FROM import_placement) ORDER BY id FOR NO KEY UPDATE`);
  const { rows: setting } = await client.query<{ wait: string }>(`SELECT current_setting('lock_timeout') AS wait`);
  await client.query(`SET LOCAL lock_timeout = '${PERSON_WAIT_LIMIT}'`);
  // A lock error here aborts the transaction (and the SET LOCAL with it): it reaches the commit's
  // caller as it is, to become "conflict".
  await lockPeople(client);
  await client.query(`SELECT set_config('lock_timeout', $1, true)`, [setting[0]!.wait]);
  return [];
}

async function lockPeople(client: pg.ClientBase): Promise<void> {
  await client.query(`
    INSERT INTO "Worker" (iin, "fullName", "birthDate", sex)
    SELECT DISTINCT ON (iin) iin, full_name, birth_date, sex FROM import_placement ORDER BY iin
    ON CONFLICT (iin) DO NOTHING`);
  const { rows: busy } = await client.query<{ id: number }>(`
    WITH file AS (SELECT w.id, w.iin FROM "Worker" w WHERE w.iin IN (SELECT iin FROM import_placement)),
         free AS MATERIALIZED (SELECT id FROM "Worker" WHERE id IN (SELECT id FROM file) ORDER BY id FOR NO KEY UPDATE SKIP LOCKED)
    SELECT id FROM file WHERE id NOT IN (SELECT id FROM free) ORDER BY id`);
  if (busy.length === 0) return;
  await client.query(`SELECT 1 FROM "Worker" WHERE id = ANY($1::int[]) ORDER BY id FOR NO KEY UPDATE`, [busy.map((b) => b.id)]);
}
