// The floor of npm run bench:import: PostgreSQL's own COPY of the benchmark file's rows into a
// table with no index, no constraint and no trigger, in one transaction, in the same database and
// run as the import; the fastest of three (the first COPY of a run paid for warming up: 0.86 s
// against 0.48–0.60 s for the next ones, which made the ratios swing by half). The import's dry run and commit are printed as multiples of it, so that two
// machines can be compared by ratios rather than seconds.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { PLACEMENT_COLUMNS } from "@/lib/imports/columns";

const TABLE = "bench_import_copy_floor";

const TRIES = 3;

/** Milliseconds for COPY … FROM STDIN (CSV, the file's own bytes) and COMMIT: the fastest of three. */
export async function copyFloor(url: string, bytes: Uint8Array): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < TRIES; i++) best = Math.min(best, await copyOnce(url, bytes));
  return best;
}

async function copyOnce(url: string, bytes: Uint8Array): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = PLACEMENT_COLUMNS.map((_, i) => `c${i} text`).join(", ");
    await client.query(`DROP TABLE IF EXISTS ${TABLE}`);
    await client.query(`CREATE TABLE ${TABLE} (${columns})`);
    const started = performance.now();
    await client.query("BEGIN");
    await pipeline(Readable.from([Buffer.from(bytes)]), client.query(copyFrom(`COPY ${TABLE} FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true)`)));
    await client.query("COMMIT");
    const elapsed = performance.now() - started;
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${TABLE}`);
    if (rows[0]!.n === 0) throw new Error("The COPY floor loaded no rows.");
    return elapsed;
  } finally {
    await client.query(`DROP TABLE IF EXISTS ${TABLE}`).catch(() => {});
    await client.end();
  }
}
