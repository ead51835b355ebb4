// The scheduled backup's settings, from the environment of a worker (docs/backups.md):
//   BACKUP_DIR, BACKUP_KEY      where and with which key; without either, this worker takes no
//                               backup jobs (and says so when it starts); one without the
//                               other is an error
//   BACKUP_CRON                 when, as a cron line (default "30 2 * * *": 02:30 every night);
//                               "off" removes the schedule
//   BACKUP_TIMEZONE             the cron line's zone (default Asia/Almaty)
//   BACKUP_KEEP_DAILY / _WEEKLY the retention rule (default 7 and 4, lib/backup/retention.ts)
// A value that is set but wrong stops the worker at start: a backup that silently never runs is
// the failure this feature exists to prevent.
import path from "node:path";
import { defaultBackupName, checkBackupTarget } from "./location";
import { parseBackupKey } from "./key";
import { DEFAULT_RETENTION, type Retention } from "./retention";
import { BackupError } from "./errors";

export const DEFAULT_BACKUP_CRON = "30 2 * * *";
export const DEFAULT_BACKUP_TIMEZONE = "Asia/Almaty";

/** Where a worker writes backups: set when BACKUP_DIR and BACKUP_KEY are. */
export type BackupTarget = { dir: string; key: Buffer; retention: Retention };

/** When the queue makes a backup job; null with BACKUP_CRON=off. */
export type BackupCron = { cron: string; timeZone: string };

/**
 * `target` null: this worker takes no backup jobs (another may). `cron` null: the schedule is
 * removed (BACKUP_CRON=off); otherwise a worker with a target sets it for the whole queue.
 */
export type BackupSettings = { target: BackupTarget | null; cron: BackupCron | null };

type Env = Readonly<Record<string, string | undefined>>;

function count(env: Env, name: string, fallback: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > 1000) throw new BackupError(`${name} must be a whole number from ${min} to 1000, not ${JSON.stringify(raw)}.`);
  return n;
}

function cronFromEnv(env: Env): BackupCron | null {
  const cron = env.BACKUP_CRON?.trim() || DEFAULT_BACKUP_CRON;
  if (cron.toLowerCase() === "off") return null;
  if (cron.split(/\s+/).length !== 5) throw new BackupError(`BACKUP_CRON must be a cron line of five fields (minute hour day month weekday), e.g. "${DEFAULT_BACKUP_CRON}", or "off"; not ${JSON.stringify(cron)}.`);
  const timeZone = env.BACKUP_TIMEZONE?.trim() || DEFAULT_BACKUP_TIMEZONE;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new BackupError(`BACKUP_TIMEZONE is not a time zone: ${JSON.stringify(timeZone)} (e.g. Asia/Almaty or UTC).`);
  }
  return { cron, timeZone };
}

export function backupSettingsFromEnv(env: Env = process.env): BackupSettings {
  const cron = cronFromEnv(env);
  const dirValue = env.BACKUP_DIR?.trim();
  if (!dirValue && !env.BACKUP_KEY?.trim()) return { target: null, cron };
  if (!dirValue) throw new BackupError("BACKUP_KEY is set but BACKUP_DIR is not: set BACKUP_DIR to the folder for the backups (outside the portal's .data/ folder).");
  const key = parseBackupKey(env.BACKUP_KEY);
  const dir = path.resolve(dirValue);
  // The same checks a backup makes, now rather than at 02:30: it exists, it is not inside .data/.
  checkBackupTarget(path.join(dir, defaultBackupName()));
  const retention = { daily: count(env, "BACKUP_KEEP_DAILY", DEFAULT_RETENTION.daily, 1), weekly: count(env, "BACKUP_KEEP_WEEKLY", DEFAULT_RETENTION.weekly, 0) };
  return { target: { dir, key, retention }, cron };
}
