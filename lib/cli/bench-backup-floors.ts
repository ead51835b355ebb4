// The floors of npm run bench:backup (lib/cli/bench-backup.mts): what moving the same rows costs
// with nothing but PostgreSQL's COPY, so the backup's and the restore's times are read as ratios
// on this machine rather than as seconds that mean little elsewhere.
//
// The table set, the column lists and the load order come from lib/backup/schema.ts, and the
// connections from lib/backup/session.ts (the same session settings): the floors copy exactly
// the tables, columns and COPY text the backup does.
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import type pg from "pg";
import { allTables, dependencyOrder, recordTables, tableColumns } from "../backup/schema.ts";
import { connect, quoteIdent } from "../backup/session.ts";

export type CopyTable = { name: string; columns: string[] };

const copySql = (table: CopyTable, direction: "TO STDOUT" | "FROM STDIN") =>
  `COPY ${quoteIdent(table.name)} (${table.columns.map(quoteIdent).join(", ")}) ${direction}`;

/** The tables a backup copies, parents first, with their columns (as createBackup lists them). */
export async function backupTables(client: pg.ClientBase): Promise<CopyTable[]> {
  const tables: CopyTable[] = [];
  for (const name of await dependencyOrder(client, recordTables(await allTables(client)))) {
    tables.push({ name, columns: (await tableColumns(client, name)).map((c) => c.name) });
  }
  return tables;
}

/**
 * The backup's floor: every table's COPY TO STDOUT, streamed to this process and dropped, in one
 * REPEATABLE READ READ ONLY transaction (the backup's snapshot, without its locks, checksums,
 * gzip, cipher or file). With `saveTo`, the text is kept there instead (one file per table),
 * for the restore's floor.
 */
export async function copyToFloor(url: string, tables: readonly CopyTable[], saveTo?: string): Promise<number> {
  const client = await connect(url, "backup");
  try {
    const started = performance.now();
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    for (const [index, table] of tables.entries()) {
      const sink = saveTo ? fs.createWriteStream(copyFile(saveTo, index, table)) : discard();
      await pipeline(client.query(copyTo(copySql(table, "TO STDOUT"))), sink);
    }
    await client.query("COMMIT");
    return performance.now() - started;
  } finally {
    await client.end();
  }
}

/**
 * The restore's floor: the saved COPY text into a database whose schema is in place, every table
 * with COPY FROM STDIN, parents first, in one transaction. The summary triggers are switched off
 * as the restore (and the demo seed) switch them off; indexes and foreign-key checks stay, as
 * they do for any plain load. Not counted: creating the database and its schema.
 */
export async function copyFromFloor(url: string, tables: readonly CopyTable[], savedIn: string): Promise<number> {
  const client = await connect(url, "restore");
  try {
    const started = performance.now();
    await client.query("BEGIN");
    for (const table of tables) await client.query(`ALTER TABLE ${quoteIdent(table.name)} DISABLE TRIGGER USER`);
    for (const [index, table] of tables.entries()) {
      await pipeline(fs.createReadStream(copyFile(savedIn, index, table), { highWaterMark: 1 << 16 }), client.query(copyFrom(copySql(table, "FROM STDIN"))));
    }
    for (const table of tables) await client.query(`ALTER TABLE ${quoteIdent(table.name)} ENABLE TRIGGER USER`);
    await client.query("COMMIT");
    return performance.now() - started;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

const copyFile = (dir: string, index: number, table: CopyTable) => path.join(dir, `${String(index).padStart(3, "0")}-${table.name}.copy`);

function discard(): Writable {
  return new Writable({ write: (_chunk, _encoding, done) => done() });
}
