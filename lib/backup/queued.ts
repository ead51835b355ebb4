// A backup on the job queue (docs/backups.md): what a worker does when a "backup" job comes due
// (the schedule's, or an administrator's "Back up now"; lib/jobs/worker.ts). Backup, then
// retention, then one BackupRun row saying how it went; the log says the same. A failure is
// recorded and thrown, so that the queue retries it (twice, ten minutes apart) and each attempt is
// visible on /admin/backups.
import path from "node:path";
import { createBackup } from "./backup";
import { keyId } from "./key";
import { resolveBackupFile } from "./location";
import { pruneBackups } from "./retention";
import { backupErrorKind, recordBackupRun } from "./runs";
import type { BackupTarget } from "./settings";

export type QueuedBackupResult = { file: string; bytes: number; rows: number; pruned: string[] };

export async function runQueuedBackup(url: string, target: BackupTarget, trigger: "SCHEDULED" | "REQUESTED", log: (line: string) => void = console.log): Promise<QueuedBackupResult> {
  const startedAt = new Date();
  const file = resolveBackupFile(undefined, target.dir);
  let result: Awaited<ReturnType<typeof createBackup>>;
  try {
    result = await createBackup(url, { key: target.key, file });
  } catch (error) {
    const message = (error as Error).message;
    console.error(`${trigger === "SCHEDULED" ? "Scheduled" : "Requested"} backup to ${file} FAILED: ${message}`);
    await recordBackupRun(url, { trigger, succeeded: false, startedAt, finishedAt: new Date(), file, keyId: keyId(target.key), error: { kind: backupErrorKind(error), message } });
    throw error;
  }

  const rows = result.tables.reduce((n, t) => n + t.rows, 0);
  log(`${trigger === "SCHEDULED" ? "Scheduled" : "Requested"} backup written: ${result.file} (${(result.bytes / 1e6).toFixed(1)} MB, ${rows} rows, ${(result.ms / 1000).toFixed(1)} s).`);
  let pruned: string[] = [];
  let warning: { kind: "retention"; message: string } | undefined;
  try {
    pruned = pruneBackups(target.dir, result.file, target.retention);
    if (pruned.length) log(`Retention (${target.retention.daily} daily, ${target.retention.weekly} weekly) deleted: ${pruned.join(", ")}.`);
  } catch (error) {
    // The backup itself is good; the folder keeps more than it should until the next run.
    warning = { kind: "retention", message: `Old backups in ${path.dirname(result.file)} could not be deleted: ${(error as Error).message}` };
    console.error(warning.message);
  }
  await recordBackupRun(url, {
    trigger,
    succeeded: true,
    startedAt,
    finishedAt: new Date(),
    file: result.file,
    bytes: result.bytes,
    rows,
    keyId: keyId(target.key),
    pruned: pruned.length,
    error: warning,
  });
  return { file: result.file, bytes: result.bytes, rows, pruned };
}
