// The import's own connections. COPY (pg-copy-streams) and a transaction spanning a temporary
// staging table need a plain pg client held for the whole commit, which Prisma's client does not
// lend out. A small pool per process, next to Prisma's (lib/db/client.ts), on the same
// DATABASE_URL: in a worker it runs the jobs; in a web server it only queues them with their rows
// (mutations.ts).
import "server-only";
import pg from "pg";
import { databaseUrl } from "@/lib/db/url";

const globalForImports = globalThis as unknown as { importPool?: pg.Pool };

export function importPool(): pg.Pool {
  if (!globalForImports.importPool) {
    const pool = new pg.Pool({
      connectionString: databaseUrl(),
      max: Number(process.env.IMPORT_POOL_SIZE ?? 4),
      // Names the process in pg_stat_activity: which worker holds which import transaction.
      application_name: `portal-import-${process.pid}`,
      // A commit of 200,000 rows runs for seconds; the server's statement timeout, if any, rules.
      idleTimeoutMillis: 30_000,
    });
    // An idle connection dropped by the server (restart, failover) is reported on the pool; an
    // unhandled "error" event would end the whole server process. The pool replaces it.
    pool.on("error", (error) => console.error("Import pool: idle connection lost:", error.message));
    globalForImports.importPool = pool;
  }
  return globalForImports.importPool;
}

/** Closes the pool (tests and command-line tools, so that the process can exit). */
export async function closeImportPool(): Promise<void> {
  const pool = globalForImports.importPool;
  globalForImports.importPool = undefined;
  await pool?.end();
}
