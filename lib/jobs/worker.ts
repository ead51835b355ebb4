// A worker process's work (docs/jobs.md): it takes jobs from the queue (lib/jobs/queues.ts) and
// runs them, apart from the web servers, so that reading a 200,000-row file or writing it never
// holds a web server's event loop or its connections. Any number of workers may run against
// one database (`npm run worker`); pg-boss gives each job to one of them, retries, expires the
// jobs of a worker that died and keeps the housekeeping schedule to one run per slot.
import PgBoss from "pg-boss";
import { expireThrottleRows } from "@/lib/auth/mutations";
import { runQueuedBackup } from "@/lib/backup/queued";
import { backupSettingsFromEnv, type BackupSettings } from "@/lib/backup/settings";
import { importPool } from "@/lib/imports/pool.server";
import { sweepImportFiles } from "@/lib/imports/retention";
import { failAbandonedImportJob, runImportJob } from "@/lib/imports/runner.server";
import { BACKUP_QUEUE, HOUSEKEEPING_CRON, HOUSEKEEPING_QUEUE, IMPORT_FAILED_QUEUE, IMPORT_QUEUE } from "./queues";

export type WorkerOptions = {
  /** Import jobs this worker runs at once (IMPORT_WORKER_CONCURRENCY, default 2). */
  concurrency: number;
  /** How often this worker looks for expired jobs and old queue rows (default 60 s). */
  maintenanceSeconds: number;
  /** How often an idle worker asks for a job (default 1 s). */
  pollingSeconds: number;
  /** Backups this worker writes and the schedule it keeps (lib/backup/settings.ts); none when absent. */
  backup?: BackupSettings;
};

export type ImportJobData = { importJobId: number };

/** A backup job: `requestedBy` is the administrator who asked for it; absent for the schedule's. */
export type BackupJobData = { requestedBy?: number };

function positiveNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not ${JSON.stringify(value)}.`);
  return n;
}

export function workerOptionsFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): WorkerOptions {
  return {
    concurrency: Math.floor(positiveNumber(env.IMPORT_WORKER_CONCURRENCY, 2, "IMPORT_WORKER_CONCURRENCY")),
    maintenanceSeconds: positiveNumber(env.QUEUE_MAINTENANCE_SECONDS, 60, "QUEUE_MAINTENANCE_SECONDS"),
    pollingSeconds: positiveNumber(env.QUEUE_POLLING_SECONDS, 1, "QUEUE_POLLING_SECONDS"),
    backup: backupSettingsFromEnv(env),
  };
}

function importJobId(job: PgBoss.Job<ImportJobData>): number {
  const id = job.data?.importJobId;
  if (!Number.isInteger(id) || id <= 0) throw new Error(`Queue job ${job.id} names no import job.`);
  return id;
}

/** Housekeeping: what no request should wait for and no page should have to trigger. */
export async function housekeeping(): Promise<void> {
  const swept = await sweepImportFiles(importPool());
  if (swept.filesDeleted || swept.checkedRowsDeleted) {
    console.log(`Housekeeping: deleted ${swept.filesDeleted} expired import file(s), ${swept.checkedRowsDeleted} set(s) of checked rows.`);
  }
  await expireThrottleRows();
}

export type RunningWorker = { stop(): Promise<void> };

/** Starts taking jobs; `stop` lets the jobs in hand finish (up to 30 s) and closes the pool. */
export async function startWorker(url: string, options: WorkerOptions = workerOptionsFromEnv()): Promise<RunningWorker> {
  const boss = new PgBoss({
    connectionString: url,
    application_name: "portal-worker",
    max: options.concurrency + 2,
    migrate: false,
    supervise: true,
    schedule: true,
    maintenanceIntervalSeconds: options.maintenanceSeconds,
  });
  boss.on("error", (error) => console.error("Job queue:", error.message));
  await boss.start();
  const work = { batchSize: 1, pollingIntervalSeconds: options.pollingSeconds };
  // pg-boss 10 runs one job at a time per work(): one subscription per parallel job.
  for (let i = 0; i < options.concurrency; i++) {
    await boss.work<ImportJobData>(IMPORT_QUEUE, work, async ([job]) => runImportJob(importJobId(job!)));
  }
  await boss.work<ImportJobData>(IMPORT_FAILED_QUEUE, work, async ([job]) => failAbandonedImportJob(importJobId(job!)));
  await boss.work(HOUSEKEEPING_QUEUE, { ...work, pollingIntervalSeconds: 30 }, async () => housekeeping());
  await boss.schedule(HOUSEKEEPING_QUEUE, HOUSEKEEPING_CRON, {}, { tz: "UTC" });
  await takeBackupJobs(boss, url, options.backup, options.pollingSeconds);
  return {
    async stop() {
      await boss.stop({ graceful: true, timeout: 30_000, wait: true });
    },
  };
}

/**
 * A worker with somewhere to write backups takes the backup jobs and keeps the queue's schedule
 * as its environment says (the schedule is one for the whole queue: workers should agree).
 * A worker without says so and leaves the schedule to those that have one.
 */
async function takeBackupJobs(boss: PgBoss, url: string, settings: BackupSettings | undefined, pollingSeconds: number): Promise<void> {
  const target = settings?.target;
  if (!target) {
    console.log("This worker writes no backups (BACKUP_DIR and BACKUP_KEY are not set here); see docs/backups.md.");
    return;
  }
  await boss.work<BackupJobData>(BACKUP_QUEUE, { batchSize: 1, pollingIntervalSeconds: pollingSeconds }, async ([job]) => {
    await runQueuedBackup(url, target, job?.data?.requestedBy ? "REQUESTED" : "SCHEDULED");
  });
  if (settings.cron) {
    await boss.schedule(BACKUP_QUEUE, settings.cron.cron, {}, { tz: settings.cron.timeZone });
    console.log(`Backups: "${settings.cron.cron}" (${settings.cron.timeZone}) into ${target.dir}, keeping ${target.retention.daily} daily and ${target.retention.weekly} weekly.`);
  } else {
    await boss.unschedule(BACKUP_QUEUE);
    console.log(`Backups: no schedule (BACKUP_CRON=off); this worker writes requested backups into ${target.dir}.`);
  }
}
