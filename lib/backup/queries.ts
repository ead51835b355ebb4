// What /admin/backups shows (docs/backups.md): the queue's schedule, the backup jobs waiting or
// running, and the backups that ended (BackupRun). Administrators only: the page names files that
// hold every region's personal data.
import "server-only";
import { prismaRead } from "@/lib/db/client";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { BACKUP_QUEUE } from "@/lib/jobs/queues";

export type BackupRunRow = {
  id: number;
  trigger: "SCHEDULED" | "REQUESTED" | "MANUAL";
  outcome: "SUCCEEDED" | "FAILED";
  startedAt: Date;
  finishedAt: Date;
  host: string;
  file: string | null;
  bytes: number | null;
  rows: number | null;
  keyId: string | null;
  errorKind: string | null;
  error: string | null;
  pruned: number;
};

export type BackupJob = { state: "created" | "retry" | "active"; createdOn: Date; startedOn: Date | null; requested: boolean };

export type BackupOverview = {
  /** The queue's schedule, as the last worker with backups set it; null when there is none. */
  schedule: { cron: string; timeZone: string } | null;
  /** Backup jobs waiting (created, retry) or running (active), oldest first. */
  jobs: BackupJob[];
  lastSuccess: BackupRunRow | null;
  /** The newest runs, newest first. */
  recent: BackupRunRow[];
};

const RECENT = 20;

function toRow(run: Awaited<ReturnType<typeof prismaRead.backupRun.findMany>>[number]): BackupRunRow {
  return { ...run, bytes: run.bytes === null ? null : Number(run.bytes), rows: run.rows === null ? null : Number(run.rows) };
}

export async function getBackupOverview(viewer: Actor): Promise<BackupOverview> {
  requirePermission(viewer, "backup.manage");
  const [schedule, jobs, lastSuccess, recent] = await Promise.all([
    prismaRead.$queryRaw<Array<{ cron: string; timezone: string | null }>>`
      SELECT cron, timezone FROM pgboss.schedule WHERE name = ${BACKUP_QUEUE}`,
    prismaRead.$queryRaw<Array<{ state: BackupJob["state"]; created_on: Date; started_on: Date | null; requested: boolean }>>`
      SELECT state::text AS state, created_on, started_on, (data ? 'requestedBy') AS requested
        FROM pgboss.job WHERE name = ${BACKUP_QUEUE} AND state IN ('created', 'retry', 'active') ORDER BY created_on`,
    prismaRead.backupRun.findFirst({ where: { outcome: "SUCCEEDED" }, orderBy: { finishedAt: "desc" } }),
    prismaRead.backupRun.findMany({ orderBy: { finishedAt: "desc" }, take: RECENT }),
  ]);
  return {
    schedule: schedule[0] ? { cron: schedule[0].cron, timeZone: schedule[0].timezone ?? "UTC" } : null,
    jobs: jobs.map((j) => ({ state: j.state, createdOn: j.created_on, startedOn: j.started_on, requested: j.requested })),
    lastSuccess: lastSuccess ? toRow(lastSuccess) : null,
    recent: recent.map(toRow),
  };
}
