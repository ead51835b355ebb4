// npm run bench:backup [-- --scale 10] [--runs 3]
// The backup's speed check: demo data at scale 10 (66,000 projects, ~2,000,000 placements) in a
// throwaway embedded PostgreSQL, then, `runs` times each, four measurements:
//   COPY TO floor   every table the backup copies, COPY TO STDOUT into nothing (bench-backup-floors.ts)
//   backup          createBackup into a file (snapshot, checksums, gzip, AES-256-GCM, fsync)
//   COPY FROM floor the same rows (COPY text captured once) into a new database with the schema
//   restore         restoreBackup into a new, empty database: migrations, load, verification,
//                   summaries rebuilt, ANALYZE — all of it, as an operator waits for it
// Prints median and spread of each, the ratio to its floor and the targets: backup ≤ 2× its
// floor, restore ≤ 4× its. Exit code 0 either way (a report), with the missed target named.
// Everything started is stopped and the folder removed at the end.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createBackup } from "../backup/backup.ts";
import { restoreBackup } from "../backup/restore.ts";
import { freePort, startEmbedded, type EmbeddedServer } from "../db/embedded.ts";
import { applyMigrations } from "../db/migrate/index.ts";
import { backupTables, copyFromFloor, copyToFloor } from "./bench-backup-floors.ts";
import { printReport } from "./bench-backup-report.ts";
import { cpuDescription } from "./bench-http.ts";
import { onShutdown } from "./processes.ts";
import { parseArgs, runCli, UsageError } from "./run.ts";

const SCHEMA_TEMPLATE = "bench_schema";

let database: EmbeddedServer | undefined;
let dataDir: string | undefined;

async function cleanup() {
  await database?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  database = dataDir = undefined;
}
onShutdown(cleanup);

function number(flags: Map<string, string | true>, name: string, fallback: number, max: number, whole: boolean): number {
  const raw = flags.get(name);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max || (whole && !Number.isInteger(value))) {
    throw new UsageError(`--${name} must be ${whole ? "a whole number" : "a number"} above 0 and at most ${max}.`);
  }
  return value;
}

await runCli(async () => {
  const { flags, positional } = parseArgs(process.argv.slice(2));
  const unknown = [...flags.keys()].filter((name) => !["scale", "runs"].includes(name));
  if (unknown.length || positional.length) throw new UsageError("Usage: npm run bench:backup -- [--scale 10] [--runs 3]");
  const scale = number(flags, "scale", 10, 40, false);
  const runs = number(flags, "runs", 3, 20, true);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-backup-"));
  fs.chmodSync(dataDir, 0o777);
  const copyDir = path.join(dataDir, "copy");
  const fileDir = path.join(dataDir, "files");
  fs.mkdirSync(copyDir);
  fs.mkdirSync(fileDir);
  console.log("Starting a throwaway embedded PostgreSQL…");
  database = await startEmbedded({ dataDir: path.join(dataDir, "pg"), port: await freePort() });
  const server = database;
  await applyMigrations(server.url);
  console.log(`Loading demo data at scale ${scale} (scale 10 takes a few minutes)…`);
  const { seedDemo } = await import("../demo/seed.ts");
  const seeded = await seedDemo(server.url, { scale });
  console.log(`  ${seeded.summary.projects.toLocaleString("en-US")} projects, ${seeded.summary.placements.toLocaleString("en-US")} placements in ${(seeded.timings.totalMs / 1000).toFixed(0)} s`);

  const admin = new pg.Client({ connectionString: server.urlFor("postgres") });
  await admin.connect();
  const sql = (text: string) => admin.query(text);
  // Dirty pages of one measurement are written out before the next starts, not during it.
  const settle = () => sql("CHECKPOINT");
  try {
    const source = new pg.Client({ connectionString: server.url });
    await source.connect();
    const tables = await backupTables(source).finally(() => source.end());
    console.log(`Capturing the COPY text of ${tables.length} tables for the restore's floor; creating a database with the schema as its template…`);
    await copyToFloor(server.url, tables, copyDir);
    await sql(`CREATE DATABASE ${SCHEMA_TEMPLATE}`);
    await applyMigrations(server.urlFor(SCHEMA_TEMPLATE));

    const key = crypto.randomBytes(32);
    const times = { copyTo: [] as number[], backup: [] as number[], copyFrom: [] as number[], restore: [] as number[] };
    let bytes = 0;
    let rows = 0;
    for (let run = 1; run <= runs; run++) {
      await settle();
      times.copyTo.push(await copyToFloor(server.url, tables));

      const file = path.join(fileDir, `run-${run}.backup`);
      await settle();
      let started = performance.now();
      const backup = await createBackup(server.url, { key, file });
      times.backup.push(performance.now() - started);
      bytes = backup.bytes;
      rows = backup.tables.reduce((sum, t) => sum + t.rows, 0);

      const floorDb = `bench_floor_${run}`;
      await sql(`CREATE DATABASE ${floorDb} TEMPLATE ${SCHEMA_TEMPLATE}`);
      await settle();
      times.copyFrom.push(await copyFromFloor(server.urlFor(floorDb), tables, copyDir));
      await sql(`DROP DATABASE ${floorDb}`);

      const restoreDb = `bench_restore_${run}`;
      await sql(`CREATE DATABASE ${restoreDb}`);
      await settle();
      started = performance.now();
      await restoreBackup(server.urlFor(restoreDb), { key, file });
      times.restore.push(performance.now() - started);
      await sql(`DROP DATABASE ${restoreDb}`);
      fs.rmSync(file);

      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(`  run ${run}/${runs}: COPY TO ${s(times.copyTo.at(-1)!)}, backup ${s(times.backup.at(-1)!)}, COPY FROM ${s(times.copyFrom.at(-1)!)}, restore ${s(times.restore.at(-1)!)}`);
    }

    printReport({ scale, runs, tables: tables.length, rows, bytes, cpu: cpuDescription(), times });
  } finally {
    await admin.end();
  }
  await cleanup();
});
