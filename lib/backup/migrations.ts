// The restore rebuilds the schema the backup was taken from: the backup's own migrations first
// (its rows fit that schema, column for column), then, after the load, the migrations this
// version of the portal has on top, which bring the data forward exactly as they do on an
// upgrade. A backup naming a migration this version lacks comes from a newer portal: refused.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/lib/db/migrate/index";
import { MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate/folder";
import { NewerSchemaError } from "./errors";

export function knownMigrations(dir = MIGRATIONS_DIR): string[] {
  return readMigrations(dir).migrationDirectories.map((m) => m.path);
}

/** Refuses, before anything is written, a backup from a newer version of the portal. */
export function checkBackupMigrations(backup: readonly string[], known: readonly string[] = knownMigrations()): void {
  const unknown = backup.filter((name) => !known.includes(name));
  if (unknown.length) {
    throw new NewerSchemaError(
      `The backup comes from a newer version of the portal: it was taken after migration${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}, which this version does not have. Restore it with that version of the portal or a later one.`,
    );
  }
}

/** Applies exactly the backup's migrations (and the job queue's schema); returns those applied now. */
export async function applyBackupMigrations(url: string, backup: readonly string[], known: readonly string[] = knownMigrations()): Promise<string[]> {
  if (backup.length === known.length) return applyMigrations(url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-restore-migrations-"));
  try {
    for (const name of backup) fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    const lock = path.join(MIGRATIONS_DIR, "migration_lock.toml");
    if (fs.existsSync(lock)) fs.copyFileSync(lock, path.join(dir, "migration_lock.toml"));
    return await applyMigrations(url, { migrationsDir: dir });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The migrations this version has on top of the backup's, applied after the load. */
export async function applyNewerMigrations(url: string): Promise<string[]> {
  return applyMigrations(url);
}
