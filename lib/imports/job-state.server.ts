// Writes of an import job's state (status, progress, outcome). The job row is the only place the
// import's state lives, so any server instance can show it and any worker can run it again; each
// write names the status it expects, so a job cancelled or finished elsewhere is never overwritten.
import "server-only";
import type pg from "pg";
import type { ImportKind, ImportStatus } from "@/generated/prisma/enums";
import { MAX_STORED_ERRORS } from "./limits";
import type { RowError } from "./rows";

export type JobFile = {
  id: number;
  kind: ImportKind;
  status: ImportStatus;
  regionId: number | null;
  createdById: number;
  fileName: string;
  /** Null once deleted (retention.ts): the job ended, or its file expired. */
  file: Uint8Array | null;
};

/** A job a worker can run: in a region, with its file. */
export type RunnableJob = JobFile & { regionId: number; file: Uint8Array };

export async function loadJobFile(db: pg.ClientBase | pg.Pool, jobId: number): Promise<JobFile | null> {
  const { rows } = await db.query<JobFile>(
    `SELECT id, kind, status, "regionId", "createdById", "fileName", file FROM "ImportJob" WHERE id = $1`,
    [jobId],
  );
  return rows[0] ?? null;
}

/** Progress; `totalRows` may be an estimate until the file is read. */
export async function writeProgress(db: pg.Pool, jobId: number, status: ImportStatus, processedRows: number, totalRows?: number): Promise<void> {
  await db.query(
    `UPDATE "ImportJob" SET "processedRows" = $3, "totalRows" = GREATEST(coalesce($4::int, "totalRows"), $3),
            "updatedAt" = now()
      WHERE id = $1 AND status = $2::"ImportStatus"`,
    [jobId, status, processedRows, totalRows ?? null],
  );
}

/** Errors sorted by row (file-level first) and cut to what the page shows; rows counted in full. */
export function summariseErrors(errors: readonly RowError[]): { stored: RowError[]; errorRows: number } {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  const rows = new Set(sorted.filter((e) => e.row > 0).map((e) => e.row));
  return { stored: sorted.slice(0, MAX_STORED_ERRORS), errorRows: rows.size };
}

export type CheckOutcome = {
  totalRows: number;
  errors: RowError[];
  counts: { create: number; update: number; unchanged: number; workersCreated: number };
};

/**
 * The dry run's outcome. A file with errors (or no rows) can never be committed (mutations.ts
 * confirmImportJob): the job has ended, so its file and any rows kept for it are deleted in the
 * same statement (retention.ts).
 */
export async function markValidated(db: pg.Pool, jobId: number, outcome: CheckOutcome): Promise<boolean> {
  const { stored, errorRows } = summariseErrors(outcome.errors);
  const { rows } = await db.query<{ n: number }>(
    `WITH validated AS (
       UPDATE "ImportJob" SET status = 'VALIDATED', "totalRows" = $2::int, "processedRows" = $2::int, "validRows" = $2::int - $3::int,
              "errorRows" = $3, errors = $4::jsonb, result = $5::jsonb, "updatedAt" = now(),
              file = CASE WHEN $6::boolean THEN NULL ELSE file END, "fileDeletedAt" = CASE WHEN $6::boolean THEN now() END
        WHERE id = $1 AND status = 'VALIDATING'
        RETURNING id
     ), forgotten AS (DELETE FROM "ImportCheckedRows" WHERE $6::boolean AND "jobId" IN (SELECT id FROM validated))
     SELECT count(*)::int AS n FROM validated`,
    [jobId, outcome.totalRows, errorRows, JSON.stringify(stored), JSON.stringify({ dryRun: outcome.counts }), errorRows > 0 || outcome.totalRows === 0],
  );
  return rows[0]?.n === 1;
}

/**
 * Ends a job that could not run; `errors` explain why (row 0 = the file as a whole). The file and
 * the rows kept for it go in the same statement: a failed job is never run again (retention.ts).
 */
export async function markFailed(db: pg.ClientBase | pg.Pool, jobId: number, failureCode: string, errors: readonly RowError[] = []): Promise<void> {
  const { stored, errorRows } = summariseErrors(errors);
  await db.query(
    `WITH failed AS (
       UPDATE "ImportJob" SET status = 'FAILED', "failureCode" = $2, errors = $3::jsonb,
              "errorRows" = CASE WHEN $4::int > 0 THEN $4::int ELSE "errorRows" END,
              "finishedAt" = now(), "updatedAt" = now(),
              file = NULL, "fileDeletedAt" = coalesce("fileDeletedAt", now())
        WHERE id = $1 AND status IN ('VALIDATING', 'COMMITTING')
        RETURNING id
     )
     DELETE FROM "ImportCheckedRows" WHERE "jobId" IN (SELECT id FROM failed)`,
    [jobId, failureCode, stored.length ? JSON.stringify(stored) : null, errorRows],
  );
}

/**
 * Inside the commit's transaction: the job is committed exactly when its rows are, and its file
 * and kept rows are deleted exactly then too (retention.ts).
 */
export async function markCommitted(client: pg.ClientBase, jobId: number, result: Record<string, unknown>): Promise<boolean> {
  const updated = await client.query(
    `UPDATE "ImportJob" SET status = 'COMMITTED', "processedRows" = "totalRows",
            result = coalesce(result, '{}'::jsonb) || $2::jsonb, "finishedAt" = now(), "updatedAt" = now(),
            file = NULL, "fileDeletedAt" = now()
      WHERE id = $1 AND status = 'COMMITTING'`,
    [jobId, JSON.stringify(result)],
  );
  if (updated.rowCount !== 1) return false;
  await client.query(`DELETE FROM "ImportCheckedRows" WHERE "jobId" = $1`, [jobId]);
  return true;
}
