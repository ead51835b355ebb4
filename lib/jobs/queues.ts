// The portal's job queue (docs/jobs.md): pg-boss 10 over the portal's own PostgreSQL, in the schema
// "pgboss". Why pg-boss and not graphile-worker: pg-boss 10 runs on Node 20 (these machines;
// graphile-worker 0.17+ needs Node 22) and gives back a crashed worker's job after the job's own
// expiry (minutes), where graphile-worker 0.16 waits four hours; retries with backoff, a
// dead-letter queue, cron schedules and sending a job inside our own transaction come with it.
// Nothing about a job lives in a process: the queue is rows in PostgreSQL, so any number of web
// servers enqueue and any number of workers (lib/jobs/worker.ts) take jobs.
//
// No "server-only" marker: `npm run worker` and the migrations (lib/db/migrate) load it in Node.
import PgBoss from "pg-boss";

/** An import job's phase to run (dry run or commit, whichever its ImportJob's status says). */
export const IMPORT_QUEUE = "import";
/** Where an import job goes when its retries are spent: its ImportJob is marked failed. */
export const IMPORT_FAILED_QUEUE = "import-failed";
/** Periodic clean-up: expired import files and checked rows, sign-in throttle rows. */
export const HOUSEKEEPING_QUEUE = "housekeeping";
/** A backup of the whole database (lib/backup/queued.ts): the nightly schedule's, or one asked for. */
export const BACKUP_QUEUE = "backup";

/** Timings of the queues; tests shorten them, production uses QUEUE_TIMINGS. */
export type QueueTimings = {
  /**
   * A job still "active" this long after it started is taken to be lost (its worker died) and is
   * retried by another worker. Longer than any import phase: a commit's statements are bounded
   * by 10 minutes (lib/imports/process.server.ts), a 500,000-row dry run takes a few.
   */
  importExpireSeconds: number;
  /** First retry after this long, doubling (pg-boss backoff). */
  importRetryDelaySeconds: number;
  /** Retries of an import phase (a lost worker, a dropped connection, a deadlock victim) before it fails. */
  importRetries: number;
};

export const QUEUE_TIMINGS: QueueTimings = { importExpireSeconds: 15 * 60, importRetryDelaySeconds: 10, importRetries: 4 };

function queueDefinitions(timings: QueueTimings): Array<PgBoss.Queue> {
  return [
    {
      name: IMPORT_FAILED_QUEUE,
      // The failure is written once nobody works on the job any more; until then it waits.
      retryLimit: 20,
      retryDelay: 30,
      retryBackoff: false,
      expireInSeconds: 60,
    },
    {
      name: IMPORT_QUEUE,
      retryLimit: timings.importRetries,
      retryDelay: timings.importRetryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: timings.importExpireSeconds,
      deadLetter: IMPORT_FAILED_QUEUE,
    },
    { name: HOUSEKEEPING_QUEUE, retryLimit: 0, expireInSeconds: 10 * 60 },
    {
      name: BACKUP_QUEUE,
      // "stately": at most one backup waiting and one running, however often it is asked for.
      policy: "stately",
      // A failed backup is tried twice more, ten minutes apart (a full disk may be freed, a
      // restarting server back); each attempt is recorded on /admin/backups.
      retryLimit: 2,
      retryDelay: 10 * 60,
      retryBackoff: false,
      // A worker that died mid-backup gives the job back after this long; larger databases take
      // minutes (npm run bench:backup), not hours.
      expireInSeconds: 6 * 60 * 60,
    },
  ];
}

/** Every ten minutes, by whichever worker's clock gets there first (pg-boss keeps it to one). */
export const HOUSEKEEPING_CRON = "*/10 * * * *";

/**
 * Creates (or brings up to date) pg-boss's schema and the portal's queues. Part of applying the
 * migrations (lib/db/migrate), so a database that is migrated is ready for web and workers.
 */
export async function installQueues(url: string, timings: QueueTimings = QUEUE_TIMINGS): Promise<void> {
  const boss = new PgBoss({ connectionString: url, max: 1, supervise: false, schedule: false, migrate: true });
  boss.on("error", (error) => console.error("Job queue set-up:", error.message));
  await boss.start();
  try {
    for (const queue of queueDefinitions(timings)) {
      await boss.createQueue(queue.name, queue);
      // createQueue leaves an existing queue as it was; its settings follow this file's.
      await boss.updateQueue(queue.name, queue);
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
