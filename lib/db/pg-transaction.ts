// One transaction on a plain pg pool (not Prisma): for writes that must commit together with a
// job of the queue, whose SQL needs a pg client (lib/jobs/enqueue.ts). A connection whose
// ROLLBACK failed is dropped from the pool, not handed to the next caller mid-transaction.
import type pg from "pg";

export async function inPgTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    client.release(broken);
  }
}
