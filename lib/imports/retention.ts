// How long an uploaded import file is kept. A file holds people's IINs and names
// (personal data under the Law of RK "On personal data and their protection", which allows keeping
// them only as long as the purpose needs), so ImportJob.file lives only while its job needs it:
// - the transaction that ends a job — commit, cancel, failure, or a dry run whose errors mean it
//   can never be committed — deletes the file and the rows its dry run kept (job-state.server.ts,
//   mutations.ts);
// - nothing is kept longer than IMPORT_FILE_RETENTION_DAYS: sweepImportFiles deletes older files,
//   and a job that still needed its file ends FAILED ("fileExpired").
// The sweep is one idempotent statement: the job queue's housekeeping runs it every ten minutes
// (lib/jobs/worker.ts), and `npm run imports:sweep` runs it by hand, so it holds on any number of
// workers and after any restart. Jobs keep their metadata and counts.
// No "server-only" marker: the command-line sweep (lib/cli/sweep-import-files.mts) imports it.
import type pg from "pg";
import { CHECKED_ROWS_KEEP_HOURS } from "./limits";

export const DEFAULT_FILE_RETENTION_DAYS = 7;
export const MAX_FILE_RETENTION_DAYS = 365;

/**
 * IMPORT_FILE_RETENTION_DAYS: a whole number of days from 1 (a job needs its file for a day at
 * least: dry run, then the user's confirmation) to 365. Anything else falls back to the default,
 * with `problem` saying why, so that a typo never keeps files longer than intended.
 */
export function parseRetentionDays(value: string | undefined): { days: number; problem?: string } {
  if (value === undefined || value.trim() === "") return { days: DEFAULT_FILE_RETENTION_DAYS };
  const days = Number(value.trim());
  if (Number.isInteger(days) && days >= 1 && days <= MAX_FILE_RETENTION_DAYS) return { days };
  return {
    days: DEFAULT_FILE_RETENTION_DAYS,
    problem: `IMPORT_FILE_RETENTION_DAYS must be a whole number of days from 1 to ${MAX_FILE_RETENTION_DAYS}, not ${JSON.stringify(value)}; using ${DEFAULT_FILE_RETENTION_DAYS}.`,
  };
}

let warned = false;

/** The configured retention in days (warns once per process about a bad value). */
export function fileRetentionDays(): number {
  const { days, problem } = parseRetentionDays(process.env.IMPORT_FILE_RETENTION_DAYS);
  if (problem && !warned) {
    warned = true;
    console.warn(problem);
  }
  return days;
}

/** The latest moment a job's file may be kept (the transaction that ends the job is sooner). */
export function fileKeptUntil(createdAt: Date, days = fileRetentionDays()): Date {
  return new Date(createdAt.getTime() + days * 24 * 60 * 60 * 1000);
}

export type SweepResult = { filesDeleted: number; checkedRowsDeleted: number };

/**
 * A job in progress that wrote progress this recently is being worked on: the sweep leaves it to
 * finish (its worker already holds the bytes, and the transaction that ends it deletes them).
 */
const WORKING_WITHIN_MINUTES = 30;

/**
 * Deletes files older than `days` (ending the jobs that still needed them) and kept rows that no
 * job needs any more.
 */
export async function sweepImportFiles(db: pg.Pool | pg.ClientBase, days = fileRetentionDays()): Promise<SweepResult> {
  const { rows } = await db.query<SweepResult>(
    `WITH expired AS (
       UPDATE "ImportJob" SET file = NULL, "fileDeletedAt" = now(), "updatedAt" = now(),
              status = CASE WHEN status IN ('VALIDATING', 'VALIDATED', 'COMMITTING') THEN 'FAILED'::"ImportStatus" ELSE status END,
              "failureCode" = CASE WHEN status IN ('VALIDATING', 'VALIDATED', 'COMMITTING') THEN 'fileExpired' ELSE "failureCode" END,
              "finishedAt" = CASE WHEN status IN ('VALIDATING', 'VALIDATED', 'COMMITTING') THEN now() ELSE "finishedAt" END
        WHERE file IS NOT NULL
          AND "createdAt" < now() - make_interval(days => $1)
          AND NOT (status IN ('VALIDATING', 'COMMITTING') AND "updatedAt" >= now() - make_interval(mins => $2))
        RETURNING id
     ), forgotten AS (
       DELETE FROM "ImportCheckedRows" AS k
        WHERE k."jobId" IN (SELECT id FROM expired)
           OR k."createdAt" < now() - make_interval(hours => $3)
           OR EXISTS (SELECT 1 FROM "ImportJob" AS j WHERE j.id = k."jobId" AND j.status IN ('COMMITTED', 'CANCELLED', 'FAILED'))
        RETURNING 1
     )
     SELECT (SELECT count(*) FROM expired)::int AS "filesDeleted", (SELECT count(*) FROM forgotten)::int AS "checkedRowsDeleted"`,
    [days, WORKING_WITHIN_MINUTES, CHECKED_ROWS_KEEP_HOURS],
  );
  return rows[0]!;
}
