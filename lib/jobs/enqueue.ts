// Sending a job from the web server: inside the caller's own transaction, so that the job exists
// exactly when the rows that need it do (an upload's ImportJob, a confirmed commit). A job
// sent after a separate commit could be lost to a crash in between, and a job sent before it
// could run before its rows are visible.
import type pg from "pg";
import PgBoss from "pg-boss";

const noConnection: PgBoss.Db = {
  executeSql() {
    throw new Error("lib/jobs/enqueue.ts sends only inside a caller's transaction (pass its client).");
  },
};

const globalForQueue = globalThis as unknown as { sender?: PgBoss };

/** pg-boss used only to build and send jobs: no pool, no polling, no maintenance of its own. */
function sender(): PgBoss {
  globalForQueue.sender ??= new PgBoss({ db: noConnection, supervise: false, schedule: false, migrate: false });
  return globalForQueue.sender;
}

/**
 * Adds a job to `queue` in the transaction open on `client`; returns the job's id, or null when
 * the queue's policy refuses it (e.g. a "stately" queue that already has one waiting).
 */
export async function trySendInTransaction(client: pg.ClientBase, queue: string, data: object): Promise<string | null> {
  const db: PgBoss.Db = { executeSql: (text, values) => client.query(text, values) };
  return sender().send(queue, data, { db });
}

/** As trySendInTransaction, for queues that never refuse a job: a refusal is a bug. */
export async function sendInTransaction(client: pg.ClientBase, queue: string, data: object): Promise<string> {
  const id = await trySendInTransaction(client, queue, data);
  if (!id) throw new Error(`The job queue refused a job for "${queue}".`);
  return id;
}
