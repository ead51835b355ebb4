// restoreBackup: the portal's database back from a backup file, all or nothing.
//
// Before anything is written: the file is read whole once (verifyBackup: key, end mark, tag,
// layout, row counts), its migrations are checked against this version's, and the target is
// checked (empty, or --replace; not at a newer schema than the backup). Then the backup's
// migrations are applied, and ONE transaction empties the target (with --replace), loads every
// table with COPY FROM STDIN in the file's order (parents first, so foreign keys are checked as
// usual), compares every table's count and checksum with the manifest, moves the id sequences
// past every id the source had handed out, rebuilds the dashboard summaries, ends the imports
// that were under way as failed, and commits — only after the file's tag matched a second time
// at the end of the stream. Any failure rolls all of it back.
//
// The job queue (schema pgboss) is not in a backup: its jobs are emptied, so nothing queued
// before runs against the restored rows. Imports that were VALIDATING or COMMITTING at backup
// time are restored as FAILED ("restoredUnfinished", file deleted): a person decides to run
// them again, the restore never does.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { explainDatabaseError } from "@/lib/db/migrate/errors";
import { BackupError, BackupKeyError, RestoreMismatchError, RestoreTargetError, type TableDifference } from "./errors";
import { fingerprint } from "./fingerprint";
import { KEY_BYTES } from "./key";
import type { Manifest, ManifestTable } from "./manifest";
import { applyBackupMigrations, applyNewerMigrations, checkBackupMigrations, knownMigrations } from "./migrations";
import { readBackup, verifyBackup } from "./read";
import { allTables, appliedMigrations, MIGRATIONS_TABLE, SUMMARY_TABLES, tableColumns } from "./schema";
import { connect, quoteIdent } from "./session";

export type RestoreOptions = {
  key: Buffer;
  file: string;
  /** Empty a database that holds data and restore into it; without it such a database is refused. */
  replace?: boolean;
  log?: (line: string) => void;
};

export type RestoreResult = {
  file: string;
  /** When the backup's snapshot was taken. */
  backupCreatedAt: string;
  tables: Array<{ name: string; rows: number }>;
  /** Migrations applied by this restore: the backup's on an empty database, then any newer ones. */
  migrationsApplied: string[];
  /** Imports that were under way at backup time, now FAILED. */
  unfinishedImports: number[];
  ms: number;
};

/** The failure code of an import that was under way when the backup was taken. */
export const RESTORED_UNFINISHED = "restoredUnfinished";

/** The demo seed's lock (lib/demo/seed.ts): a restore and a first-start seed never interleave. */
const SEED_LOCK = 4_2020_2021;

/**
 * `target` is the database's URL, or a function giving it that is called only once the file has
 * been verified (the command line starts, or creates, the embedded database then).
 */
export async function restoreBackup(target: string | (() => Promise<string>), options: RestoreOptions): Promise<RestoreResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const { key, file } = options;
  const replace = options.replace ?? false;
  if (key.length !== KEY_BYTES) throw new BackupKeyError(`A backup key is ${KEY_BYTES} bytes, not ${key.length}.`);

  // 1. The file, whole: nothing is written for a file that cannot be restored.
  const manifest = await verifyBackup(file, key);
  log(`backup of ${manifest.createdAt} (database ${manifest.database}, PostgreSQL ${manifest.serverVersion}) read and verified in ${Math.round(performance.now() - started)} ms`);
  const known = knownMigrations();
  checkBackupMigrations(manifest.migrations, known);

  const url = typeof target === "string" ? target : await target();
  const client = await connect(url, "restore");
  try {
    // 2. The target: nothing is written to a database that may not be restored into.
    await checkTarget(client, manifest, replace);

    // 3. The schema the backup was taken from.
    const applied = await applyBackupMigrations(url, manifest.migrations, known);
    if (applied.length) log(`applied the backup's migrations: ${applied.join(", ")}`);

    // 4. Everything else, in one transaction.
    let unfinishedImports: number[];
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [SEED_LOCK]);
      await checkTarget(client, manifest, replace);
      await checkColumns(client, manifest);
      if (replace) await emptyTables(client);
      await emptyQueue(client);
      const triggersOff = await setUserTriggers(client, manifest, "DISABLE");
      await load(client, file, key, log);
      await compareWithManifest(client, manifest);
      if (triggersOff) await setUserTriggers(client, manifest, "ENABLE");
      await rebuildSummaries(client, log);
      unfinishedImports = await failUnfinishedImports(client, manifest);
      if (unfinishedImports.length) log(`imports under way at backup time, now failed (${RESTORED_UNFINISHED}): ${unfinishedImports.join(", ")}`);
      await restartSequences(client, manifest);
      for (const table of manifest.tables) await client.query(`ANALYZE ${quoteIdent(table.name)}`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error instanceof BackupError ? error : explainDatabaseError(error);
    }

    // 5. This version's newer migrations, as on an upgrade.
    let newer: string[] = [];
    try {
      if (manifest.migrations.length < known.length) newer = await applyNewerMigrations(url);
    } catch (error) {
      throw new BackupError(
        `The backup was restored at its own schema, but this version's newer migrations then failed: ${(error as Error).message.split("\n")[0]} Fix the cause and run npm run db:migrate.`,
      );
    }
    if (newer.length) log(`applied this version's newer migrations: ${newer.join(", ")}`);
    return {
      file,
      backupCreatedAt: manifest.createdAt,
      tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows })),
      migrationsApplied: [...applied, ...newer],
      unfinishedImports,
      ms: Math.round(performance.now() - started),
    };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Refuses a target that holds data (unless `replace`) or whose schema is newer than the backup's. */
async function checkTarget(client: pg.ClientBase, manifest: Manifest, replace: boolean) {
  const applied = (await appliedMigrations(client)) ?? [];
  const ahead = applied.filter((name) => !manifest.migrations.includes(name));
  if (ahead.length) {
    throw new RestoreTargetError(
      `The database is at a newer schema than the backup (migrations ${ahead.join(", ")} were applied to it after the backup was taken); restore into a new, empty database, which the restore brings to the backup's schema and then to this version's.`,
    );
  }
  if (replace) return;
  const holding: string[] = [];
  for (const table of await allTables(client)) {
    if (table === MIGRATIONS_TABLE) continue;
    const { rowCount } = await client.query(`SELECT 1 FROM ${quoteIdent(table)} LIMIT 1`);
    if (rowCount) holding.push(table);
  }
  // The records first: they are what an operator recognises (the summaries only follow them).
  const summaries = new Set<string>(SUMMARY_TABLES);
  holding.sort((a, b) => Number(summaries.has(a)) - Number(summaries.has(b)));
  if (holding.length) {
    throw new RestoreTargetError(
      `The database already holds data (${holding.slice(0, 5).join(", ")}${holding.length > 5 ? ", …" : ""}); restore into an empty database, or add --replace to replace everything it holds with the backup.`,
    );
  }
}

/** Every table of the backup is in the database with the same columns and types. */
async function checkColumns(client: pg.ClientBase, manifest: Manifest) {
  const present = new Set(await allTables(client));
  for (const table of manifest.tables) {
    if (!present.has(table.name)) throw new RestoreTargetError(`The database has no table ${table.name} after applying the backup's migrations; its schema was changed by hand.`);
    const columns = new Map((await tableColumns(client, table.name)).map((c) => [c.name, c.type]));
    for (const column of table.columns) {
      const type = columns.get(column.name);
      if (type !== column.type) {
        throw new RestoreTargetError(`Column ${table.name}.${column.name} is ${type ?? "missing"} in the database but ${column.type} in the backup; the database's schema was changed by hand.`);
      }
    }
  }
}

/** --replace: every table but the migrations record, emptied in the restore's transaction. */
async function emptyTables(client: pg.ClientBase) {
  const tables = (await allTables(client)).filter((t) => t !== MIGRATIONS_TABLE);
  if (tables.length) await client.query(`TRUNCATE ${tables.map(quoteIdent).join(", ")} RESTART IDENTITY CASCADE`);
}

/** Jobs queued against the rows being replaced must not run against the restored ones. */
async function emptyQueue(client: pg.ClientBase) {
  await client.query(`DO $$ BEGIN IF to_regclass('pgboss.job') IS NOT NULL THEN DELETE FROM pgboss.job; END IF; END $$`);
}

/**
 * The summary triggers are switched off for the load and the summaries rebuilt once at the end
 * (the migration's rule for bulk loads, as in lib/demo/seed.ts); foreign-key checks stay on
 * (DISABLE TRIGGER USER). Needs the tables' owner: for another role the triggers stay on, which
 * is slower but still right.
 */
async function setUserTriggers(client: pg.ClientBase, manifest: Manifest, action: "DISABLE" | "ENABLE"): Promise<boolean> {
  await client.query("SAVEPOINT restore_triggers");
  try {
    for (const table of manifest.tables) await client.query(`ALTER TABLE ${quoteIdent(table.name)} ${action} TRIGGER USER`);
    await client.query("RELEASE SAVEPOINT restore_triggers");
    return true;
  } catch (error) {
    await client.query("ROLLBACK TO SAVEPOINT restore_triggers");
    if (action === "ENABLE") throw error;
    return false;
  }
}

/** Every table's COPY text from the file into the database, streamed, table after table. */
async function load(client: pg.ClientBase, file: string, key: Buffer, log: (line: string) => void) {
  await readBackup(file, key, async (reader) => {
    for (let data = await reader.nextTable(); data; data = await reader.nextTable()) {
      const started = performance.now();
      const { table } = data;
      const sql = `COPY ${quoteIdent(table.name)} (${table.columns.map((c) => quoteIdent(c.name)).join(", ")}) FROM STDIN`;
      await pipeline(Readable.from(data.chunks, { objectMode: false }), client.query(copyFrom(sql)));
      log(`${table.name}: ${table.rows} rows in ${Math.round(performance.now() - started)} ms`);
    }
  });
}

/** Counts and checksums of the loaded tables against the manifest's, table by table. */
async function compareWithManifest(client: pg.ClientBase, manifest: Manifest) {
  const differences: TableDifference[] = [];
  for (const table of manifest.tables) {
    const actual = await fingerprint(client, table.name, table.columns, manifest.checksumFunction);
    if (actual.rows !== table.rows || actual.checksum !== table.checksum) {
      differences.push({ table: table.name, expected: { rows: table.rows, checksum: table.checksum }, actual });
    }
  }
  if (differences.length) throw new RestoreMismatchError(differences);
}

async function rebuildSummaries(client: pg.ClientBase, log: (line: string) => void) {
  const { rows } = await client.query<{ present: boolean }>(`SELECT to_regprocedure('rebuild_summaries()') IS NOT NULL AS present`);
  if (!rows[0]?.present) return;
  const started = performance.now();
  await client.query("SELECT rebuild_summaries()");
  log(`dashboard summaries rebuilt in ${Math.round(performance.now() - started)} ms`);
}

/**
 * Imports that were VALIDATING or COMMITTING when the backup was taken: their queue jobs are not
 * in the backup, so they would wait forever; a commit half done then is not in the records.
 * They end FAILED, their file and checked rows deleted as on any failure (lib/imports/job-state).
 */
async function failUnfinishedImports(client: pg.ClientBase, manifest: Manifest): Promise<number[]> {
  const job = manifest.tables.find((t) => t.name === "ImportJob");
  const has = (table: ManifestTable | undefined, column: string) => table?.columns.some((c) => c.name === column) ?? false;
  if (!job || !has(job, "status") || !has(job, "failureCode")) return [];
  const set = [`status = 'FAILED'`, `"failureCode" = $1`];
  // As lib/imports/job-state markFailed: the failure, not a dry run's partial errors, is what the page shows.
  if (has(job, "errors")) set.push(`errors = NULL`);
  if (has(job, "finishedAt")) set.push(`"finishedAt" = now()`);
  if (has(job, "updatedAt")) set.push(`"updatedAt" = now()`);
  if (has(job, "file") && has(job, "fileDeletedAt")) set.push(`file = NULL`, `"fileDeletedAt" = coalesce("fileDeletedAt", now())`);
  const { rows } = await client.query<{ id: number }>(
    `UPDATE "ImportJob" SET ${set.join(", ")} WHERE status IN ('VALIDATING', 'COMMITTING') RETURNING id`,
    [RESTORED_UNFINISHED],
  );
  const ids = rows.map((r) => r.id).sort((a, b) => a - b);
  if (ids.length && manifest.tables.some((t) => t.name === "ImportCheckedRows")) {
    await client.query(`DELETE FROM "ImportCheckedRows" WHERE "jobId" = ANY($1::int[])`, [ids]);
  }
  return ids;
}

/**
 * Each id sequence continues after the larger of the restored rows' largest id and the value
 * the source's sequence had reached: an id handed out before the backup (to a row deleted
 * since) is never handed out again. ALTER SEQUENCE … RESTART is transactional, unlike setval(),
 * so a restore that fails leaves the sequences as they were.
 */
async function restartSequences(client: pg.ClientBase, manifest: Manifest) {
  for (const table of manifest.tables) {
    for (const { column, lastValue, isCalled } of table.sequences) {
      const { rows } = await client.query<{ sequence: string | null; max: string | null }>(
        `SELECT pg_get_serial_sequence($1, $2) AS sequence, max(${quoteIdent(column)})::text AS max FROM ${quoteIdent(table.name)}`,
        [quoteIdent(table.name), column],
      );
      const { sequence, max } = rows[0]!;
      if (!sequence) continue;
      const reached = isCalled ? BigInt(lastValue) : BigInt(lastValue) - 1n;
      const last = max !== null && BigInt(max) > reached ? BigInt(max) : reached;
      if (last < 1n) continue;
      await client.query(`ALTER SEQUENCE ${sequence} RESTART WITH ${(last + 1n).toString()}`);
    }
  }
}
