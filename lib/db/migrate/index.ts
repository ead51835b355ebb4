// Migration operations used by `npm run db:migrate`, `npm run db:migration -- NAME`,
// `npm start` and the test setup.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { openEngine } from "./engine";
import { MIGRATIONS_DIR, LOCKFILE, MigrationInputError, NO_FILTERS, readMigrations, readSchema } from "./folder";
import { explainDatabaseError } from "./errors";
import { readSqlFiles, sqlFileChanges, SQL_DIR } from "./sql-files";
import { installQueues } from "../../jobs/queues";

export { MigrationInputError } from "./folder";
export { explainDatabaseError } from "./errors";

type Paths = { migrationsDir?: string; schemaPath?: string; sqlDir?: string };

async function withEngine<T>(url: string, schemaPath: string | undefined, work: (engine: Awaited<ReturnType<typeof openEngine>>) => Promise<T>) {
  let engine: Awaited<ReturnType<typeof openEngine>> | undefined;
  try {
    engine = await openEngine(url, readSchema(schemaPath));
    return await work(engine);
  } catch (error) {
    throw explainDatabaseError(error);
  } finally {
    await engine?.close();
  }
}

/**
 * Applies every migration not yet recorded in `_prisma_migrations`, then installs or updates the
 * job queue's schema and queues (lib/jobs/queues.ts, schema "pgboss"); returns the migrations' names.
 */
export async function applyMigrations(url: string, { migrationsDir = MIGRATIONS_DIR, schemaPath }: Paths = {}): Promise<string[]> {
  const migrationsList = readMigrations(migrationsDir);
  if (migrationsList.migrationDirectories.length === 0) {
    throw new MigrationInputError(`No migrations found in ${migrationsDir}.`);
  }
  const applied = await withEngine(url, schemaPath, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return result.appliedMigrationNames;
  });
  try {
    await installQueues(url);
  } catch (error) {
    throw explainDatabaseError(error);
  }
  return applied;
}

/**
 * SQL that would bring a database built from the migrations to what schema.prisma describes,
 * or "" when they agree. Replays the migrations on a shadow database (needs CREATEDB).
 */
export async function pendingSchemaChanges(url: string, { migrationsDir = MIGRATIONS_DIR, schemaPath }: Paths = {}): Promise<string> {
  const migrationsList = readMigrations(migrationsDir);
  const schema = readSchema(schemaPath);
  return withEngine(url, schemaPath, async (engine) => {
    const from = migrationsList.migrationDirectories.length
      ? ({ tag: "migrations", ...migrationsList } as const)
      : ({ tag: "empty" } as const);
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "").trim();
  });
}

/**
 * Runs `work` on a scratch database created on `url`'s server (needs CREATEDB, as the shadow
 * database does) and built from the migrations alone (no job queue); drops it afterwards.
 */
export async function withMigratedScratchDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>, { migrationsDir = MIGRATIONS_DIR, schemaPath }: Paths = {}): Promise<T> {
  const name = `portal_scratch_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const scratchUrl = new URL(url);
  scratchUrl.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
  } catch (error) {
    await admin.end().catch(() => {});
    throw explainDatabaseError(error);
  }
  const client = new pg.Client({ connectionString: scratchUrl.toString() });
  try {
    const migrationsList = readMigrations(migrationsDir);
    await withEngine(scratchUrl.toString(), schemaPath, (engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTERS }));
    await client.connect();
    return await work(client);
  } finally {
    await client.end().catch(() => {});
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.end());
  }
}

/**
 * Writes prisma/migrations/NNNN_name/migration.sql from the schema's pending changes, followed by
 * the prisma/sql files that differ from the migrations' functions and triggers (sql-files.ts).
 */
export async function createMigration(url: string, name: string, { migrationsDir = MIGRATIONS_DIR, schemaPath, sqlDir = SQL_DIR }: Paths = {}) {
  const slug = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "");
  if (!slug) throw new MigrationInputError("Give the migration a name: npm run db:migration -- add_import_jobs");
  const schemaSql = await pendingSchemaChanges(url, { migrationsDir, schemaPath });
  // The files are tried on the schema this migration makes: a function may read a column it adds.
  const files = await withMigratedScratchDatabase(
    url,
    async (client) => {
      if (schemaSql) await client.query(schemaSql);
      return sqlFileChanges(client, readSqlFiles(sqlDir));
    },
    { migrationsDir, schemaPath },
  );
  const sql = [schemaSql, files.sql].filter(Boolean).join("\n\n");
  if (!sql) return null;
  const existing = readMigrations(migrationsDir).migrationDirectories.length;
  const folder = `${String(existing + 1).padStart(4, "0")}_${slug}`;
  fs.mkdirSync(path.join(migrationsDir, folder), { recursive: true });
  fs.writeFileSync(path.join(migrationsDir, folder, "migration.sql"), sql + "\n");
  const lock = path.join(migrationsDir, "migration_lock.toml");
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, LOCKFILE);
  return { folder, sql, sqlFiles: files.changed.map((f) => f.file), withoutFile: files.withoutFile };
}
