// Runs import jobs in the background of whichever server process holds them, with the state in
// the database only (issue 4: "the user can leave and come back; the import's state lives in
// the database, not in one server process's memory"):
// - the worker beats (ImportJob.heartbeatAt) while it works and writes progress as it reads;
// - a job whose heartbeat is older than STALE_AFTER_SECONDS is claimed by the next request that
//   looks at it (one UPDATE … WHERE heartbeat is stale: one winner) and run again from its
//   status — a dry run is repeatable, and a commit is one transaction that either happened
//   (status COMMITTED, in the same transaction) or left nothing behind;
// - a session advisory lock per job keeps two workers off the same job even if a slow one
//   comes back to life after being declared dead.
import "server-only";
import type pg from "pg";
import { HEARTBEAT_INTERVAL_MS } from "./limits";
import { beat, claimStaleJob, loadJobFile, markFailed, staleJobIds } from "./job-state.server";
import { importPool } from "./pool.server";
import { commitJob, dryRunJob } from "./process.server";
import { sweepImportFiles } from "./retention";

/** First key of the two-key advisory locks on import jobs (arbitrary, fixed). */
const IMPORT_LOCK_SPACE = 4004;

/** Jobs running at once in one server process; the rest wait (beating) for a slot. */
const MAX_CONCURRENT_JOBS = 3;
let running = 0;
const waiting: Array<() => void> = [];

async function acquireSlot(): Promise<void> {
  if (running < MAX_CONCURRENT_JOBS) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function releaseSlot(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** Runs the job's current phase (dry run or commit) to its end. Safe to call more than once. */
export async function runImportJob(jobId: number): Promise<void> {
  const pool = importPool();
  const heartbeat = setInterval(() => void beat(pool, jobId).catch(() => {}), HEARTBEAT_INTERVAL_MS);
  heartbeat.unref?.();
  let client: pg.PoolClient | undefined;
  let broken = false;
  try {
    await acquireSlot();
    try {
      client = await pool.connect();
      const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS locked", [IMPORT_LOCK_SPACE, jobId]);
      if (!rows[0]?.locked) return; // another worker has it
      try {
        const job = await loadJobFile(client, jobId);
        if (!job || (job.status !== "VALIDATING" && job.status !== "COMMITTING")) return; // nothing to run
        if (job.regionId === null) return void (await markFailed(pool, jobId, "unexpected"));
        // Its file was deleted (retention.ts) while the job was left waiting: it cannot go on.
        if (job.file === null) return void (await markFailed(pool, jobId, "fileExpired"));
        const scoped = { ...job, regionId: job.regionId, file: job.file };
        if (job.status === "VALIDATING") await dryRunJob(client, pool, scoped);
        else await commitJob(client, pool, scoped);
      } finally {
        await client.query("SELECT pg_advisory_unlock($1, $2)", [IMPORT_LOCK_SPACE, jobId]).catch(() => {
          broken = true;
        });
      }
    } finally {
      releaseSlot();
    }
  } catch (error) {
    broken = true;
    console.error(`Import job ${jobId} failed:`, error instanceof Error ? `${error.name}: ${error.message}` : error);
    await markFailed(pool, jobId, "unexpected").catch(() => {});
  } finally {
    clearInterval(heartbeat);
    // A connection that failed mid-transaction is dropped, not reused.
    client?.release(broken);
  }
}

/** Starts the job in the background of this process; the caller does not wait for it. */
export function startImportJob(jobId: number): void {
  void runImportJob(jobId).catch((error) => console.error(`Import job ${jobId} could not start:`, error));
}

/** Resumes the job here if its worker stopped beating; returns whether this call took it over. */
export async function resumeIfStale(jobId: number): Promise<boolean> {
  const claim = await claimStaleJob(importPool(), jobId);
  if (claim === "resume") startImportJob(jobId);
  return claim === "resume";
}

/**
 * Deletes expired import files (retention.ts); called by every import page and upload, so that
 * no timer in any one process is needed. A failure is logged and left to the next caller.
 */
export async function sweepExpiredImportFiles(): Promise<void> {
  await sweepImportFiles(importPool()).catch((error) => console.error("Import file sweep failed:", error instanceof Error ? error.message : error));
}

/** The same for the jobs a page is about to show (the list of imports). */
export async function resumeStaleJobs(jobIds: readonly number[]): Promise<void> {
  for (const id of await staleJobIds(importPool(), jobIds)) await resumeIfStale(id);
}
