// npm start / npm run dev — one command from a fresh clone to a running portal.
// Without DATABASE_URL: embedded PostgreSQL under .data/, migrations, demo data on the first
// run, a production build when needed, then `next start` (or `next dev` with --dev) and one
// worker process for the job queue (imports, housekeeping, nightly backups with a key made on
// the first run outside the project: lib/jobs, lib/cli/backup-home.ts). Ctrl-C stops all three.
// With DATABASE_URL: that server, pending migrations only; demo data only via `npm run db:seed`.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbedded, type EmbeddedServer } from "../db/embedded.ts";
import { applyMigrations } from "../db/migrate/index.ts";
import { PROJECT_ROOT } from "../db/migrate/folder.ts";
import { ensureBuild, NEXT_BIN } from "./build.ts";
import { DATA_DIR, portalEnv } from "./env.ts";
import { onShutdown, startGroup, type Managed } from "./processes.ts";
import { runCli, requireDatabaseUrl, UsageError } from "./run.ts";
import { printDemoAccounts } from "./accounts.ts";
import { ensureEmbeddedBackups } from "./backup-home.ts";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

let database: EmbeddedServer | undefined;
let web: Managed | undefined;
let worker: Managed | undefined;

onShutdown(async () => {
  await Promise.all([web?.stop(), worker?.stop()]);
  await database?.stop();
});

async function projectCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM "Project"');
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

await runCli(async () => {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new UsageError(`PORT is not a valid port: ${process.env.PORT}`);
  const started = Date.now();
  let url: string;
  if (process.env.DATABASE_URL) {
    url = requireDatabaseUrl();
    console.log("Using the PostgreSQL server in DATABASE_URL.");
  } else {
    fs.mkdirSync(DATA_DIR, { recursive: true });
    fs.chmodSync(DATA_DIR, 0o755);
    console.log(`Starting the embedded PostgreSQL (data in ${path.relative(PROJECT_ROOT, DATA_DIR)}/postgres)…`);
    try {
      database = await startEmbedded({ dataDir: path.join(DATA_DIR, "postgres") });
    } catch (error) {
      throw new Error(`The embedded PostgreSQL did not start (is another 'npm start' running on this folder?): ${(error as Error).message}`);
    }
    url = database.url;
  }

  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

  if (database && (await projectCount(url)) === 0) {
    console.log("First start: loading demo data (scale 1, about 6,600 projects)…");
    const { seedDemo } = await import("../demo/seed.ts");
    await seedDemo(url, { scale: 1, force: false, log: (line: string) => console.log(`  ${line}`) });
  }

  const env = portalEnv(url, port);
  if (!dev) await ensureBuild(env);
  // The embedded single-machine install backs itself up every night (docs/backups.md); with
  // DATABASE_URL the operator sets BACKUP_KEY and BACKUP_DIR (or not) for the workers.
  const backups = database ? ensureEmbeddedBackups() : { env: {} };

  web = startGroup(process.execPath, [NEXT_BIN, dev ? "dev" : "start", "-p", String(port)], { cwd: PROJECT_ROOT, env });
  worker = startGroup(process.execPath, ["--import", "tsx", "lib/cli/worker.mts"], { cwd: PROJECT_ROOT, env: { ...env, ...backups.env } });
  await waitForHttp(`http://127.0.0.1:${port}/sign-in`, web);
  console.log(`\nThe portal is ready at http://localhost:${port} (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  await printDemoAccounts();
  if (backups.env.BACKUP_DIR) console.log(`Nightly backups go to ${backups.env.BACKUP_DIR} (see /admin/backups).`);
  if (backups.notice) console.log(backups.notice);
  console.log("Press Ctrl-C to stop.");
  // The portal needs both: if either stops on its own, the other is stopped too.
  const code = await Promise.race([web.exited, worker.exited]);
  await Promise.all([web.stop(), worker.stop()]);
  await database?.stop();
  process.exitCode = code ?? 0;
});

async function waitForHttp(target: string, server: Managed) {
  for (let i = 0; i < 600; i++) {
    if (server.child.exitCode !== null) throw new Error("The web server exited during start-up.");
    try {
      const res = await fetch(target, { redirect: "manual" });
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The web server did not answer at ${target} within 150 s.`);
}
