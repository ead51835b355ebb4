// Checks the trigger-maintained summary tables against rebuild_summaries(): snapshots them,
// rebuilds inside the same transaction, compares both ways (EXCEPT ALL) and rolls back.
import type pg from "pg";

// One list, the backup's (it leaves these out and rebuilds them): a summary table added there is compared here too.
export { SUMMARY_TABLES } from "@/lib/backup/schema";
import { SUMMARY_TABLES } from "@/lib/backup/schema";

/** Rows that differ per table: `only live` rows are in the tables, `only rebuilt` in the rebuild. */
export async function summaryDifferences(pool: pg.Pool) {
  const client = await pool.connect();
  const differences: Record<string, { onlyLive: unknown[]; onlyRebuilt: unknown[] }> = {};
  try {
    await client.query("BEGIN");
    for (const table of SUMMARY_TABLES) {
      await client.query(`CREATE TEMP TABLE "live_${table}" ON COMMIT DROP AS TABLE "${table}"`);
    }
    await client.query("SELECT rebuild_summaries()");
    for (const table of SUMMARY_TABLES) {
      const onlyLive = await client.query(`TABLE "live_${table}" EXCEPT ALL TABLE "${table}" LIMIT 5`);
      const onlyRebuilt = await client.query(`TABLE "${table}" EXCEPT ALL TABLE "live_${table}" LIMIT 5`);
      if (onlyLive.rowCount || onlyRebuilt.rowCount) {
        differences[table] = { onlyLive: onlyLive.rows, onlyRebuilt: onlyRebuilt.rows };
      }
    }
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
  return differences;
}

export async function summaryRowCounts(pool: pg.Pool) {
  const counts: Record<string, number> = {};
  for (const table of SUMMARY_TABLES) {
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = rows[0]!.n;
  }
  return counts;
}
