// Writes generated tables with COPY FROM STDIN (pg-copy-streams, text format): one stream per
// table, rows produced lazily and sent in ~64 KB chunks. Runs on the caller's connection, inside
// the caller's transaction. Ids come from the generator, so the id sequences are moved past them.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { chunked } from "./copyText";
import type { CopyTable } from "./tables";

export type TableLoaded = { table: string; rows: number; ms: number };

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export async function copyTablesInto(client: pg.ClientBase, tables: CopyTable[], onLoaded?: (loaded: TableLoaded) => void): Promise<TableLoaded[]> {
  const loaded: TableLoaded[] = [];
  for (const table of tables) {
    const started = performance.now();
    const sql = `COPY ${quote(table.name)} (${table.columns.map(quote).join(", ")}) FROM STDIN`;
    await pipeline(Readable.from(chunked(table.rows())), client.query(copyFrom(sql)));
    const result = { table: table.name, rows: table.rowCount, ms: Math.round(performance.now() - started) };
    loaded.push(result);
    onLoaded?.(result);
  }
  for (const table of tables) {
    if (!table.columns.includes("id")) continue;
    const name = quote(table.name);
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce((SELECT max(id) FROM ${name}), 1), (SELECT max(id) FROM ${name}) IS NOT NULL)`,
      [name],
    );
  }
  return loaded;
}
