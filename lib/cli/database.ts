// The database a maintenance command (db:backup, db:restore) works on: DATABASE_URL when set;
// otherwise the embedded database of `npm start` under .data/postgres — the running server if
// `npm start` runs (found through its postmaster.pid), else started here for the command and
// stopped at its end (runCli stops it).
import fs from "node:fs";
import path from "node:path";
import { runningEmbeddedUrl, startEmbedded } from "../db/embedded.ts";
import { DATA_DIR } from "./env.ts";
import { requireDatabaseUrl, UsageError } from "./run.ts";

export const EMBEDDED_DATA_DIR = path.join(DATA_DIR, "postgres");

/**
 * `create`: initialise the embedded database when there is none yet (a restore onto a machine
 * whose data folder was lost); otherwise its absence is an error.
 */
export async function maintenanceDatabase({ create }: { create: boolean }): Promise<{ url: string; where: string }> {
  if (process.env.DATABASE_URL) return { url: requireDatabaseUrl(), where: "the database in DATABASE_URL" };
  const running = runningEmbeddedUrl(EMBEDDED_DATA_DIR);
  if (running) return { url: running, where: "the embedded database of the running `npm start`" };
  const exists = fs.existsSync(path.join(EMBEDDED_DATA_DIR, "PG_VERSION"));
  if (!exists && !create) {
    throw new UsageError(`DATABASE_URL is not set and there is no embedded database in ${path.relative(process.cwd(), EMBEDDED_DATA_DIR) || EMBEDDED_DATA_DIR}: set DATABASE_URL to the portal's database.`);
  }
  fs.mkdirSync(DATA_DIR, { recursive: true });
  fs.chmodSync(DATA_DIR, 0o755);
  try {
    const server = await startEmbedded({ dataDir: EMBEDDED_DATA_DIR });
    return { url: server.url, where: exists ? "the embedded database (started for this command)" : "a new embedded database" };
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start (is \`npm start\` starting right now?): ${(error as Error).message}`);
  }
}
