// Writes of an import job's state (status, progress, heartbeat, outcome). The job row is the
// only place the import's state lives, so any server instance can show or resume it; each write
// names the status it expects, so a job cancelled or finished elsewhere is never overwritten.
import "server-only";
import type pg from "pg";
import type { ImportKind, ImportStatus } from "@/generated/prisma/enums";
import { MAX_RESUMES, MAX_STORED_ERRORS, STALE_AFTER_SECONDS } from "./limits";
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

/** Progress and heartbeat in one write; `totalRows` may be an estimate until the file is read. */
export async function writeProgress(db: pg.Pool, jobId: number, status: ImportStatus, processedRows: number, totalRows?: number): Promise<void> {
  await db.query(
    `UPDATE "ImportJob" SET "processedRows" = $3, "totalRows" = GREATEST(coalesce($4::int, "totalRows"), $3),
            "heartbeatAt" = now(), "updatedAt" = now()
      WHERE id = $1 AND status = $2::"ImportStatus"`,
    [jobId, status, processedRows, totalRows ?? null],
  );
}

export async function beat(db: pg.Pool, jobId: number): Promise<void> {
  await db.query(
    `UPDATE "ImportJob" SET "heartbeatAt" = now() WHERE id = $1 AND status IN ('VALIDATING', 'COMMITTING')`,
    [jobId],
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
              "errorRows" = $3, errors = $4::jsonb, result = $5::jsonb, "heartbeatAt" = NULL, "updatedAt" = now(),
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
              "heartbeatAt" = NULL, "finishedAt" = now(), "updatedAt" = now(),
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
            result = coalesce(result, '{}'::jsonb) || $2::jsonb, "heartbeatAt" = NULL, "finishedAt" = now(), "updatedAt" = now(),
            file = NULL, "fileDeletedAt" = now()
      WHERE id = $1 AND status = 'COMMITTING'`,
    [jobId, JSON.stringify(result)],
  );
  if (updated.rowCount !== 1) return false;
  await client.query(`DELETE FROM "ImportCheckedRows" WHERE "jobId" = $1`, [jobId]);
  return true;
}

/**
 * Takes over a job whose worker stopped beating (its server process died): only one caller's
 * UPDATE matches, so only one instance resumes it. Returns "resume" for the winner, "gaveUp"
 * when the job has been resumed too often (it is then marked failed), or null.
 */
export async function claimStaleJob(db: pg.Pool, jobId: number): Promise<"resume" | "gaveUp" | null> {
  const { rows } = await db.query<{ resumes: number }>(
    `UPDATE "ImportJob"
        SET "heartbeatAt" = now(), "updatedAt" = now(),
            result = jsonb_set(coalesce(result, '{}'::jsonb), '{resumes}', to_jsonb(coalesce((result ->> 'resumes')::int, 0) + 1))
      WHERE id = $1 AND status IN ('VALIDATING', 'COMMITTING')
        AND ("heartbeatAt" IS NULL OR "heartbeatAt" < now() - make_interval(secs => $2))
      RETURNING (result ->> 'resumes')::int AS resumes`,
    [jobId, STALE_AFTER_SECONDS],
  );
  if (!rows[0]) return null;
  if (rows[0].resumes > MAX_RESUMES) {
    await markFailed(db, jobId, "unexpected");
    return "gaveUp";
  }
  return "resume";
}

/** Ids of the stale jobs among those a page is about to show. */
export async function staleJobIds(db: pg.Pool, jobIds: readonly number[]): Promise<number[]> {
  if (jobIds.length === 0) return [];
  const { rows } = await db.query<{ id: number }>(
    `SELECT id FROM "ImportJob" WHERE id = ANY($1::int[]) AND status IN ('VALIDATING', 'COMMITTING')
        AND ("heartbeatAt" IS NULL OR "heartbeatAt" < now() - make_interval(secs => $2))`,
    [jobIds, STALE_AFTER_SECONDS],
  );
  return rows.map((r) => r.id);
}
