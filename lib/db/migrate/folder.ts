// Reads prisma/migrations in Prisma's own layout (<name>/migration.sql + migration_lock.toml),
// so the same folder works with `prisma migrate deploy` on a machine that has the native engine.
import fs from "node:fs";
import path from "node:path";
import type { MigrationList } from "@prisma/schema-engine-wasm";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../../..");
export const SCHEMA_PATH = path.join(PROJECT_ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "prisma/migrations");
export const LOCKFILE = 'provider = "postgresql"\n';

/** A problem the user can fix, reported as one line (no stack trace). */
export class MigrationInputError extends Error {}

export function readSchema(schemaPath = SCHEMA_PATH) {
  if (!fs.existsSync(schemaPath)) throw new MigrationInputError(`Schema file not found: ${schemaPath}`);
  return { path: "schema.prisma", content: fs.readFileSync(schemaPath, "utf8") };
}

const NAME = /^[0-9]{4}_[a-z0-9_]+$/;

/** Loads every migration folder, in name order, checking each is well formed. */
export function readMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const entries = fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()
    : [];
  const migrationDirectories = entries.map((name) => {
    if (!NAME.test(name)) {
      throw new MigrationInputError(`Migration folder "${name}" must be named NNNN_snake_case (e.g. 0002_import_jobs).`);
    }
    const file = path.join(dir, name, "migration.sql");
    if (!fs.existsSync(file)) throw new MigrationInputError(`Migration "${name}" has no migration.sql.`);
    const value = fs.readFileSync(file, "utf8");
    if (value.trim() === "") throw new MigrationInputError(`Migration "${name}" has an empty migration.sql.`);
    if (value.includes("\u0000")) throw new MigrationInputError(`Migration "${name}" is not a text file (corrupt?).`);
    return {
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value } },
    };
  });
  const lockPath = path.join(dir, "migration_lock.toml");
  const lockContent = fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : LOCKFILE;
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    migrationDirectories,
    shadowDbInitScript: "",
  } as MigrationList;
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
