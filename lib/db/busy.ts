// "Busy, try again in a minute": a save that would wait long for a lock held by someone else's
// work (another region's import being written on the same person, a report being submitted) is
// cut short by lock_timeout and told so in words that name no region, no project and no person
// (docs/privacy.md). A deadlock PostgreSQL broke is told the same way: trying again succeeds.
// Every connection of the write pool also carries lock_timeout and statement_timeout
// (lib/db/pools.ts), so a save that takes a lock without boundLockWaits is bounded as well.
import type { Prisma } from "@/generated/prisma/client";

/** How long one write waits for a lock before giving up with "busy". */
export const LOCK_WAIT_LIMIT = "5s";

/** Bounds every lock wait of the rest of the transaction (SET LOCAL ends with it). */
export async function boundLockWaits(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${LOCK_WAIT_LIMIT}'`);
}

/** SQLSTATEs of "waited too long for a lock" and "deadlock detected". */
const BUSY_CODES = new Set(["55P03", "40P01"]);
/** SQLSTATE of a statement cancelled by statement_timeout (lib/db/pools.ts). */
const TIMEOUT_CODES = new Set(["57014"]);

/**
 * Whether an error from the database (pg, or Prisma's driver-adapter wrapping of it, which
 * keeps the SQLSTATE in `cause.originalCode`, `meta.code` or `code`) carries one of `codes`.
 * Walks the cause chain: the wrappers differ between raw and model queries.
 */
function hasSqlState(error: unknown, codes: ReadonlySet<string>): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const record = e as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown }; cause?: unknown };
    if ([record.code, record.originalCode, record.meta?.code].some((code) => typeof code === "string" && codes.has(code))) return true;
    e = record.cause ?? record.meta?.driverAdapterError;
  }
  return false;
}

/**
 * Prisma's "Unable to start a transaction in the given time" (P2028): every connection of the
 * write pool was taken for longer than the transaction's maxWait — by saves waiting on locks,
 * each of which ends within lock_timeout. The same "try again" as a lock wait.
 */
function isPoolFull(error: unknown): boolean {
  const record = error as { code?: unknown; message?: unknown } | null;
  return record?.code === "P2028" && typeof record.message === "string" && record.message.includes("Unable to start a transaction");
}

/** Whether an error is a lock timeout, a deadlock, or a full write pool: "busy, try again". */
export function isBusyError(error: unknown): boolean {
  return hasSqlState(error, BUSY_CODES) || isPoolFull(error);
}

/** Whether a statement ran past statement_timeout (or was cancelled): "took too long, try again". */
export function isStatementTimeout(error: unknown): boolean {
  return hasSqlState(error, TIMEOUT_CODES);
}
