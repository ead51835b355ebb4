// The two connection pools of a server process, and the PostgreSQL limits each connection gets
// (docs/architecture.md, "Two connection pools"). Both are pg pools on the same DATABASE_URL,
// handed to Prisma through the pg driver adapter (PrismaPg passes its config to `new pg.Pool`).
//
// Why two: saves blocked on a lock once held every connection of the one pool, and an analyst's
// dashboard then waited 30 s for a connection. Page reads now have a pool that writes never use,
// so however many saves wait, a page read gets a connection; and every wait is bounded by the
// database itself (lock_timeout, statement_timeout), so a connection is never held for long.
//
// The limits are startup parameters (pg's `options: "-c name=value ..."`), set once when the
// connection opens: no extra round trip per query, and they hold for every statement and
// transaction on the connection, whichever code runs it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { LOCK_WAIT_LIMIT } from "./busy";
import { databaseUrl } from "./url";

type Settings = Readonly<Record<string, string | number>>;

/**
 * Writes, and the reads a write relies on (mutations.ts, actions.ts, sign-in). A save waits at
 * most 5 s for a lock ("busy, try again": lib/db/busy.ts), no statement runs past 15 s, and a
 * transaction left open and idle (a crashed request) is ended after 60 s, releasing its locks.
 */
export const WRITE_SETTINGS: Settings = {
  statement_timeout: "15s",
  lock_timeout: LOCK_WAIT_LIMIT,
  idle_in_transaction_session_timeout: "60s",
};

/**
 * Page reads (lib/<domain>/queries.ts). Reads take no row locks; a lock wait means DDL or a
 * TRUNCATE in progress, so they give up sooner (2 s), while a heavy report query may run up to
 * 30 s. Read-only by default: a read can never write, even by mistake (SQLSTATE 25006).
 */
export const READ_SETTINGS: Settings = {
  statement_timeout: "30s",
  lock_timeout: "2s",
  default_transaction_read_only: "on",
};

/** "-c name=value" for each setting, as libpq's `options` connection parameter takes them. */
export function startupOptions(settings: Settings): string {
  return Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(" ");
}

/**
 * The pg connection settings of a pool. pg lets `options` in the URL replace the config's, so
 * when DATABASE_URL carries its own (e.g. `?options=-c%20search_path%3Dportal`) it is moved out
 * of the URL and appended after ours: both apply, and the operator's wins where they overlap.
 */
export function connectionConfig(url: string, settings: Settings): { connectionString: string; options: string } {
  const options = startupOptions(settings);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { connectionString: url, options };
  }
  const own = parsed.searchParams.get("options");
  if (own === null) return { connectionString: url, options };
  parsed.searchParams.delete("options");
  return { connectionString: parsed.toString(), options: own.trim() ? `${options} ${own.trim()}` : options };
}

/** A pool size from the environment: a whole number of connections, at least 1. */
export function poolSize(variable: string, fallback = 10): number {
  const raw = process.env[variable];
  const size = raw === undefined || raw.trim() === "" ? fallback : Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`${variable} must be a whole number of connections (at least 1), not "${raw}".`);
  return size;
}

function adapter(role: "write" | "read", max: number, settings: Settings): PrismaPg {
  return new PrismaPg({
    ...connectionConfig(databaseUrl(), settings),
    max,
    // Which pool a connection belongs to, in pg_stat_activity.
    application_name: `portal-${role}-${process.pid}`,
  });
}

export function createWriteClient(): PrismaClient {
  return new PrismaClient({
    adapter: adapter("write", poolSize("DATABASE_POOL_SIZE"), WRITE_SETTINGS),
    // The database's limits end a slow transaction, not Prisma's 5 s default timer: a lock wait
    // then ends as "busy" (55P03) at 5 s instead of racing an "expired transaction" error.
    transactionOptions: { timeout: 20_000 },
  });
}

export function createReadClient(): PrismaClient {
  return new PrismaClient({ adapter: adapter("read", poolSize("DATABASE_READ_POOL_SIZE"), READ_SETTINGS) });
}
