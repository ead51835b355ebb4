// The rows of a file as its dry run checked them, kept in the database (ImportCheckedRows) so
// that the commit — on whichever server instance runs it — stages them without reading and
// checking the file again: 1.5 s of a 200,000-row commit. Only what depends on the file alone
// is reused (cells, IIN checksums and derived dates, duplicates and overlaps within the file, all
// of which hold on any later day); what depends on the database is checked anew by the commit:
// the projects the rows name (verifyKeptProjects), overlaps with stored placements, locked months.
// Kept rows that are missing, older than KEEP_HOURS or written by another version of the portal
// are ignored, and the commit reads the file as before.
import "server-only";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type pg from "pg";
import { CHECKED_ROWS_KEEP_HOURS } from "./limits";

/** Layout of the kept COPY text; bump it when the staging columns or their encoding change. */
export const CHECKED_ROWS_FORMAT = 1;

/** A dry run nobody confirms within a working day is checked again in full if confirmed later. */
const KEEP_HOURS = CHECKED_ROWS_KEEP_HOURS;

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

export type CheckedRows = {
  rowCount: number;
  /** [project id, project code] of every project the rows name, as the dry run found them. */
  projects: Array<[number, string]>;
  /** The staging table's COPY text. */
  copyText: Buffer;
};

type Db = pg.ClientBase | pg.Pool;

export async function keepCheckedRows(db: Db, jobId: number, rows: CheckedRows): Promise<void> {
  // Level 1: a 23 MB file's rows shrink about tenfold in a few tens of milliseconds.
  const packed = await gzip(rows.copyText, { level: 1 });
  // A repeated dry run replaces what it kept; dry runs nobody confirmed expire here too.
  await forgetCheckedRows(db, jobId);
  await db.query(
    `INSERT INTO "ImportCheckedRows" ("jobId", format, "rowCount", projects, rows) VALUES ($1, $2, $3, $4::jsonb, $5)`,
    [jobId, CHECKED_ROWS_FORMAT, rows.rowCount, JSON.stringify(rows.projects), packed],
  );
}

export async function takeCheckedRows(db: Db, jobId: number): Promise<CheckedRows | null> {
  const { rows } = await db.query<{ rowCount: number; projects: Array<[number, string]>; rows: Buffer }>(
    `SELECT "rowCount", projects, rows FROM "ImportCheckedRows"
      WHERE "jobId" = $1 AND format = $2 AND "createdAt" > now() - make_interval(hours => $3)`,
    [jobId, CHECKED_ROWS_FORMAT, KEEP_HOURS],
  );
  const kept = rows[0];
  if (!kept) return null;
  return { rowCount: kept.rowCount, projects: kept.projects, copyText: await gunzip(kept.rows) };
}

/** Drops the job's kept rows (it has ended, or is checked again) and what expired for everyone. */
export async function forgetCheckedRows(db: Db, jobId: number): Promise<void> {
  await db.query(
    `DELETE FROM "ImportCheckedRows" WHERE "jobId" = $1 OR "createdAt" < now() - make_interval(hours => $2)`,
    [jobId, KEEP_HOURS],
  );
}

/**
 * Whether every project the kept rows name still has the same code and is still the region's.
 * If one was deleted, renamed or moved since the dry run, the commit reads the file again, which
 * reports those rows with the same errors as a dry run would.
 */
export async function verifyKeptProjects(client: pg.ClientBase, projects: CheckedRows["projects"], regionId: number): Promise<boolean> {
  const { rows } = await client.query<{ stale: number }>(
    `SELECT count(*)::int AS stale
       FROM unnest($1::int[], $2::text[]) AS k(id, code)
       LEFT JOIN "Project" p ON p.id = k.id AND p.code = k.code AND p."regionId" = $3
      WHERE p.id IS NULL`,
    [projects.map((p) => p[0]), projects.map((p) => p[1]), regionId],
  );
  return rows[0]!.stale === 0;
}
