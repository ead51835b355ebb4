// Runs an import job's current phase for the job queue (lib/jobs/worker.ts, queue "import").
// The queue gives the job to one worker, retries it with backoff when that worker fails or dies
// (pg-boss: a job still active past its expiry is given to another worker), and sends it to
// "import-failed" when the retries are spent. Each phase can safely run again:
// - a dry run writes nothing but its outcome;
// - a commit is one transaction that either happened (status COMMITTED, in the same
//   transaction) or left nothing behind; the job's status says which phase is left.
// A session advisory lock per job keeps two workers off the same job: a worker that is slow
// but alive past the expiry still holds it, and the retry waits for it (JobBusyError).
import "server-only";
import type pg from "pg";
import { loadJobFile, markFailed } from "./job-state.server";
import { importPool } from "./pool.server";
import { commitJob, dryRunJob } from "./process.server";

/** First key of the two-key advisory locks on import jobs (arbitrary, fixed). */
const IMPORT_LOCK_SPACE = 4004;

/** Another worker holds the job: the queue tries again later. */
export class JobBusyError extends Error {
  constructor(readonly jobId: number) {
    super(`Import job ${jobId} is being worked on by another worker.`);
    this.name = "JobBusyError";
  }
}

/** Runs `work` holding the job's lock on a connection of its own. */
async function withJobLock(jobId: number, work: (client: pg.PoolClient, pool: pg.Pool) => Promise<void>): Promise<void> {
  const pool = importPool();
  const client = await pool.connect();
  let broken = false;
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS locked", [IMPORT_LOCK_SPACE, jobId]);
    if (!rows[0]?.locked) throw new JobBusyError(jobId);
    try {
      await work(client, pool);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1, $2)", [IMPORT_LOCK_SPACE, jobId]).catch(() => {
        broken = true;
      });
    }
  } catch (error) {
    // A connection that failed mid-transaction is dropped, not reused.
    if (!(error instanceof JobBusyError)) broken = true;
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Runs the job's current phase (dry run or commit) to its end; does nothing for a job that has
 * none left. Throws on an unexpected failure, for the queue to retry.
 */
export async function runImportJob(jobId: number): Promise<void> {
  await withJobLock(jobId, async (client, pool) => {
    const job = await loadJobFile(client, jobId);
    if (!job || (job.status !== "VALIDATING" && job.status !== "COMMITTING")) return; // nothing to run
    if (job.regionId === null) return void (await markFailed(pool, jobId, "unexpected"));
    // Its file was deleted (retention.ts) while the job was left waiting: it cannot go on.
    if (job.file === null) return void (await markFailed(pool, jobId, "fileExpired"));
    const scoped = { ...job, regionId: job.regionId, file: job.file };
    if (job.status === "VALIDATING") await dryRunJob(client, pool, scoped);
    else await commitJob(client, pool, scoped);
  });
}

/**
 * The queue spent the job's retries ("import-failed"): the job ends FAILED "unexpected", and its
 * file with it — once no worker is on it any more (JobBusyError otherwise, retried later).
 */
export async function failAbandonedImportJob(jobId: number): Promise<void> {
  await withJobLock(jobId, async (client) => markFailed(client, jobId, "unexpected"));
}
