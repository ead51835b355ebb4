// Which backups to keep (docs/backups.md): the newest backup of each of the last `daily` days that
// have one, and the newest of each of the last `weekly` ISO weeks that have one (7 and 4 by
// default: a week of daily restore points and a month of weekly ones). Everything else written by
// the portal in BACKUP_DIR is deleted after a backup succeeds, never after one fails: a run of
// failures must not eat the last good backups.
//
// Only files named as the portal names them (roadmap-YYYYMMDD-HHMMSS.backup, lib/backup/location.ts)
// are considered: a file an operator named by hand ("before-upgrade.backup") is never deleted.
// Days and weeks are UTC, as the names are. Backups also bound how long personal data is kept
// (docs/privacy.md), which is why old ones are deleted rather than kept "just in case".
import fs from "node:fs";
import path from "node:path";

export type Retention = { daily: number; weekly: number };

export const DEFAULT_RETENTION: Retention = { daily: 7, weekly: 4 };

const NAME = /^roadmap-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.backup$/;

/** When a backup named by the portal was taken, or null for any other name. */
export function backupTime(name: string): Date | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // 20261345-… is not a date: leave such a file alone rather than guess.
  return at.getUTCMonth() === mo - 1 && at.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? at : null;
}

/** The ISO week (year and number) of a UTC day, e.g. "2026-W09". */
export function isoWeek(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const weekday = day.getUTCDay() || 7; // Monday 1 … Sunday 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday decides the year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** Of `names` (file names in one folder), those the rule deletes; other names are never listed. */
export function backupsToDelete(names: readonly string[], retention: Retention = DEFAULT_RETENTION): string[] {
  const dated = names
    .map((name) => ({ name, at: backupTime(name) }))
    .filter((b): b is { name: string; at: Date } => b.at !== null)
    .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1)); // newest first
  const keep = new Set<string>();
  const newestOf = (period: (at: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of dated) {
      const key = period(backup.at);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(backup.name);
    }
  };
  newestOf((at) => at.toISOString().slice(0, 10), retention.daily);
  newestOf(isoWeek, retention.weekly);
  return dated.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

/** A backup's temporary file (".incomplete") this old was left by a process that died. */
const ABANDONED_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what the rule says in `dir`, never `justWritten`, plus temporary files of backups that
 * died more than a day ago. Returns the names deleted.
 */
export function pruneBackups(dir: string, justWritten: string, retention: Retention = DEFAULT_RETENTION, now = Date.now()): string[] {
  const names = fs.readdirSync(dir);
  const doomed = backupsToDelete(names, retention).filter((name) => name !== path.basename(justWritten));
  for (const name of names) {
    if (!name.endsWith(".backup.incomplete") || backupTime(name.slice(0, -".incomplete".length)) === null) continue;
    const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
    if (stat && now - stat.mtimeMs > ABANDONED_MS) doomed.push(name);
  }
  const deleted: string[] = [];
  for (const name of doomed) {
    try {
      fs.rmSync(path.join(dir, name));
      deleted.push(name);
    } catch (error) {
      // Another worker pruning the same shared folder got there first: nothing to do.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return deleted;
}
