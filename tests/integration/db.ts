// Helpers for integration tests: a direct pg connection for independent checks, and a reset
// that empties every table between tests (regions are re-inserted by the tests that need them).
import pg from "pg";

let pool: pg.Pool | undefined;

export function testPool(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  return pool;
}

/** Empties every application table (keeps the migrations table). */
export async function resetDatabase() {
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
