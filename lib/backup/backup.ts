// createBackup: one consistent, compressed, encrypted copy of the portal's database.
//
// Consistency: one `REPEATABLE READ, READ ONLY` transaction, so every table, count and checksum
// comes from the same snapshot: a placement saved while the backup runs is in it together with
// its new worker, or (the usual case: saved after the snapshot) neither is. Every table it reads
// is locked first in ACCESS SHARE mode, before the snapshot is taken (LOCK TABLE takes none):
// that conflicts only with ACCESS EXCLUSIVE (DDL, TRUNCATE), so saves, imports and summary
// updates go on as usual, while a TRUNCATE cannot empty a table under the snapshot (TRUNCATE is
// not MVCC-safe) — it waits for the backup instead. Each table's checksum is computed from the
// COPY text as it streams by (lib/backup/line-checksum.ts) and all of them are written after the
// last table: no second read of the database.
//
// Streaming: COPY … TO STDOUT chunks go through gzip and AES-256-GCM into the file with
// backpressure; no table is ever held in memory. The file is written under a temporary name
// and renamed once complete and on disk, so a crashed backup never looks like one.
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { to as copyTo } from "pg-copy-streams";
import type pg from "pg";
import { pausePoint } from "@/lib/jobs/pause-point";
import { Sealer } from "./cipher";
import { BackupError, BackupKeyError } from "./errors";
import { CHECKSUM_FUNCTION } from "./fingerprint";
import { frame, FrameType, FORMAT_VERSION, joinedFrame } from "./format";
import { LineChecksum } from "./line-checksum";
import { KEY_BYTES } from "./key";
import { checkBackupTarget } from "./location";
import { encodeManifest, type Manifest, type ManifestTable } from "./manifest";
import { allTables, appliedMigrations, dependencyOrder, recordTables, REBUILD_SUMMARIES, sequenceColumns, SUMMARY_TABLES, tableColumns } from "./schema";
import { connect, quoteIdent } from "./session";

export type BackupOptions = {
  key: Buffer;
  /** Absolute path of the file to write; it must not exist (lib/backup/location.ts). */
  file: string;
  log?: (line: string) => void;
  /** Tests only: changes the manifest before it is written (a backup "from a newer portal"). */
  amendManifest?: (manifest: Manifest) => Manifest;
  /** Tests only: changes the checksums before they are written (rows that "differ" from them). */
  amendChecksums?: (sums: Record<string, string>) => Record<string, string>;
};

export type BackupResult = {
  file: string;
  bytes: number;
  tables: Array<{ name: string; rows: number }>;
  ms: number;
};

/**
 * gzip level 1 with zlib's largest hash memory (memLevel 9): the portal's COPY text shrinks to a
 * quarter at a speed near COPY's own (the backup's budget is 2× a plain COPY TO). Smaller windows
 * looked faster on random text but are slower and larger on the portal's rows.
 */
const GZIP_LEVEL = 1;
const DATA_FRAME_BYTES = 1 << 16;

export async function createBackup(url: string, options: BackupOptions): Promise<BackupResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  if (options.key.length !== KEY_BYTES) throw new BackupKeyError(`A backup key is ${KEY_BYTES} bytes, not ${options.key.length}.`);
  const file = path.resolve(options.file);
  checkBackupTarget(file);
  const partial = `${file}.incomplete`;

  const client = await connect(url, "backup");
  let written = false;
  try {
    // The tables to lock are named before the transaction; it checks they are still all there.
    const expected = recordTables(await allTables(client));
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    if (expected.length) await client.query(`LOCK TABLE ${expected.map(quoteIdent).join(", ")} IN ACCESS SHARE MODE`);
    let manifest = await describe(client, expected);
    if (options.amendManifest) manifest = options.amendManifest(manifest);
    log(`snapshot taken: ${manifest.tables.length} tables`);

    const out = fs.createWriteStream(partial, { flags: "wx", mode: 0o600 });
    try {
      await once(out, "open");
    } catch (error) {
      throw new BackupError(`Cannot write ${partial}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message} (is another backup writing the same file?).`);
    }
    written = true;
    await pipeline(
      Readable.from(frames(client, manifest, log, options.amendChecksums)),
      zlib.createGzip({ level: GZIP_LEVEL, memLevel: 9, chunkSize: 1 << 16 }),
      new Sealer(options.key),
      out,
    );
    await client.query("COMMIT");
    await makeDurable(partial, file);
    const bytes = fs.statSync(file).size;
    return { file, bytes, tables: manifest.tables.map((t) => ({ name: t.name, rows: t.rows })), ms: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    if (written) fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The manifest, read inside the snapshot: schema, migrations, and every table's fingerprint. */
async function describe(client: pg.ClientBase, expected: readonly string[]): Promise<Manifest> {
  // The first query takes the snapshot; its clock is the moment the backup describes.
  const { rows } = await client.query<{ at: Date; version: string; database: string }>(
    `SELECT clock_timestamp() AS at, current_setting('server_version') AS version, current_database() AS database`,
  );
  const migrations = await appliedMigrations(client);
  if (migrations === null) throw new BackupError("This database has no _prisma_migrations table: it is not the portal's database (or its migrations were never applied).");
  const names = recordTables(await allTables(client));
  if (names.join("\n") !== expected.join("\n")) throw new BackupError("The database's tables changed as the backup started (a migration running?); run the backup again.");

  const tables: ManifestTable[] = [];
  for (const name of await dependencyOrder(client, names)) {
    const columns = await tableColumns(client, name);
    const sequences: ManifestTable["sequences"] = [];
    for (const { column, sequence } of await sequenceColumns(client, name, columns)) {
      // pg_get_serial_sequence returns the sequence's name quoted and qualified.
      const { rows: state } = await client.query<{ last: string; called: boolean }>(`SELECT last_value::text AS last, is_called AS called FROM ${sequence}`);
      sequences.push({ column, lastValue: state[0]!.last, isCalled: state[0]!.called });
    }
    // Rows and checksum are taken from the COPY text itself, and written after it (frames E and S).
    tables.push({ name, columns, rows: 0, checksum: "", sequences });
  }
  return {
    format: FORMAT_VERSION,
    createdAt: rows[0]!.at.toISOString(),
    serverVersion: rows[0]!.version,
    database: rows[0]!.database,
    migrations,
    checksumFunction: CHECKSUM_FUNCTION,
    checksumsAtEnd: true,
    countsAtEnd: true,
    tables,
    summaries: { tables: [...SUMMARY_TABLES], rebuiltBy: REBUILD_SUMMARIES },
  };
}

/** The frames of the file: manifest, then every table's COPY text, then the end. */
async function* frames(
  client: pg.ClientBase,
  manifest: Manifest,
  log: (line: string) => void,
  amend: (sums: Record<string, string>) => Record<string, string> = (sums) => sums,
): AsyncGenerator<Buffer> {
  yield* frame(FrameType.manifest, encodeManifest(manifest));
  const sums: Record<string, string> = {};
  for (const table of manifest.tables) {
    const started = performance.now();
    yield* frame(FrameType.table, table.name);
    const copy = client.query(copyTo(`COPY ${quoteIdent(table.name)} (${table.columns.map((c) => quoteIdent(c.name)).join(", ")}) TO STDOUT`));
    // The table's checksum is taken from the very text written (lib/backup/line-checksum.ts).
    const sum = new LineChecksum(CHECKSUM_FUNCTION);
    // pg-copy-streams hands over what each socket read brought (often a few KiB of rows):
    // gathered into frames of about 64 KiB, each one write to gzip (one job on the thread pool),
    // or the per-write cost of hundreds of thousands of small frames outweighs the copy itself.
    let batch: Buffer[] = [];
    let batchBytes = 0;
    const flush = () => {
      const out = joinedFrame(FrameType.data, batch, batchBytes);
      batch = [];
      batchBytes = 0;
      return out;
    };
    for await (const chunk of copy as AsyncIterable<Buffer>) {
      sum.update(chunk);
      batch.push(chunk);
      batchBytes += chunk.length;
      if (batchBytes >= DATA_FRAME_BYTES) yield flush();
    }
    if (batchBytes) yield flush();
    table.rows = sum.lines;
    sums[table.name] = sum.digest();
    yield* frame(FrameType.tableEnd, String(table.rows));
    log(`${table.name}: ${table.rows} rows in ${Math.round(performance.now() - started)} ms`);
    // Tests: a write between two tables must be wholly in the backup or wholly not.
    if (table.name === "Worker") await pausePoint("backup-worker-copied");
  }
  yield* frame(FrameType.checksums, JSON.stringify(amend(sums)));
  yield* frame(FrameType.end, "");
}

/** Flushes the file to disk, gives it its final name and flushes the folder (the name). */
async function makeDurable(partial: string, file: string): Promise<void> {
  const handle = await fs.promises.open(partial, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
  // A hard link never replaces a file that appeared since checkBackupTarget (rename would).
  try {
    fs.linkSync(partial, file);
    fs.rmSync(partial);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new BackupError(`${file} appeared while the backup ran; it was not replaced.`);
    // File systems without hard links (some network shares).
    fs.renameSync(partial, file);
  }
  const dir = await fs.promises.open(path.dirname(file), "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
