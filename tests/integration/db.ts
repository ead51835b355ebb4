// Helpers for integration tests: a direct pg connection for independent checks, and a reset
// that empties every table between tests (regions are re-inserted by the tests that need them).
import pg from "pg";

let pool: pg.Pool | undefined;

export function testPool(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  return pool;
}

/** Empties every application table (keeps the migrations table) and the job queue's jobs. */
export async function resetDatabase() {
  // Queued jobs name ImportJob ids, which start again from 1 below.
  await testPool().query(`DO $$ BEGIN IF to_regclass('pgboss.job') IS NOT NULL THEN TRUNCATE pgboss.job; END IF; END $$`);
  const { rows } = await testPool().query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length === 0) return;
  await testPool().query(
    `TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`,
  );
}

export async function closeTestPool() {
  await pool?.end();
  pool = undefined;
}
