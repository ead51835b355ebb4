// Where backups go. Never under the project's .data/ folder: that folder is what a backup must
// survive (a deleted data folder, a lost disk), so a backup kept there would be lost with it.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "@/lib/db/migrate/folder";
import { BackupLocationError } from "./errors";

export const DATA_DIR = path.join(PROJECT_ROOT, ".data");

/** roadmap-YYYYMMDD-HHMMSS.backup, in UTC: names sort by time, whatever the server's zone. */
export function defaultBackupName(at: Date = new Date()): string {
  const iso = at.toISOString(); // 2026-03-01T09:05:07.123Z
  return `roadmap-${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}.backup`;
}

/**
 * The file a backup is written to: FILE as given, a bare name inside BACKUP_DIR, or the default
 * name inside BACKUP_DIR.
 */
export function resolveBackupFile(file: string | undefined, backupDir: string | undefined): string {
  const dir = backupDir?.trim() || undefined;
  if (file) return path.resolve(dir && path.basename(file) === file ? dir : process.cwd(), file);
  if (!dir) throw new BackupLocationError("Set BACKUP_DIR to a folder for the backups (outside the portal's .data/ folder, ideally on another disk or machine), or give the file: npm run db:backup -- FILE.");
  return path.resolve(dir, defaultBackupName());
}

/** Refuses a target inside .data/, in a folder that does not exist, or over an existing file. */
export function checkBackupTarget(file: string): void {
  const dir = path.dirname(file);
  // First by name: a folder under .data/ is refused even before it exists (a fresh clone has no .data/).
  if (isInside(path.resolve(dir), path.resolve(DATA_DIR))) {
    throw new BackupLocationError(`Backups may not be kept in ${dir}: it is inside the portal's .data/ folder, which is what a backup must survive. Choose a folder elsewhere, ideally on another disk.`);
  }
  let realDir: string;
  try {
    realDir = fs.realpathSync(dir);
  } catch {
    throw new BackupLocationError(`The folder ${dir} does not exist; create it first (outside the portal's .data/ folder).`);
  }
  if (isInside(realDir, realPath(DATA_DIR))) {
    throw new BackupLocationError(`Backups may not be kept in ${dir}: it is inside the portal's .data/ folder, which is what a backup must survive. Choose a folder elsewhere, ideally on another disk.`);
  }
  if (fs.existsSync(file)) throw new BackupLocationError(`${file} already exists; a backup never overwrites a file.`);
}

function realPath(target: string): string {
  try {
    return fs.realpathSync(target);
  } catch {
    return path.resolve(target);
  }
}

function isInside(target: string, folder: string): boolean {
  const relative = path.relative(folder, target);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}
