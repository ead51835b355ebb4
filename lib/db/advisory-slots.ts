// A cluster-wide ceiling on concurrent work (e.g. at most N password checks at once across
// every server instance), kept in PostgreSQL as N advisory-lock "slots".
//
// Transaction-level advisory locks (pg_try_advisory_xact_lock) held by an interactive
// transaction for as long as the work runs, rather than session-level locks on a dedicated
// connection: the lock ends with the transaction whatever happens — a thrown error, a crashed
// process, a connection the pool recycles — so a slot can never leak and wedge sign-in, and no
// second connection pool is needed. Waiting is done by polling with try-locks, never by a
// blocking lock, so that a waiter holds no connection while it sleeps (a flood of waiters must
// not exhaust the write pool that saves and sign-ins use; pages read on their own pool,
// lib/db/pools.ts).
import "server-only";
import { prisma } from "./client";

export type SlotOutcome<T> = { ok: true; value: T } | { ok: false };

const NO_SLOT = Symbol("no slot");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` while holding one of `slots` advisory locks (namespace `key`), or gives up after
 * `waitMs` without running it. Slots are tried from a random one so instances do not all
 * contend for slot 0.
 */
export async function withAdvisorySlot<T>(key: number, slots: number, waitMs: number, work: () => Promise<T>): Promise<SlotOutcome<T>> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const offset = Math.floor(Math.random() * slots);
    const result = await prisma.$transaction(
      async (tx) => {
        // generate_series feeds the filter one row at a time and LIMIT 1 stops at the first lock
        // taken, so at most one slot is held (a second one would only be released early anyway).
        const rows = await tx.$queryRaw<{ slot: number }[]>`
          SELECT s AS slot FROM generate_series(0, ${slots - 1}::int) AS s
          WHERE pg_try_advisory_xact_lock(${key}::int, ((s + ${offset}::int) % ${slots}::int)::int)
          LIMIT 1`;
        if (rows.length === 0) return NO_SLOT;
        return { value: await work() };
      },
      { maxWait: Math.max(waitMs, 1000), timeout: 60_000 },
    );
    if (result !== NO_SLOT) return { ok: true, value: result.value };
    if (Date.now() >= deadline) return { ok: false };
    await sleep(50 + Math.random() * 100);
  }
}
