// "Busy, try again in a minute": a save that would wait long for a lock held by someone else's
// work (another region's import being written on the same person, a report being submitted) is
// cut short by lock_timeout and told so in words that name no region, no project and no person
// (docs/privacy.md). A deadlock PostgreSQL broke is told the same way: trying again succeeds.
import type { Prisma } from "@/generated/prisma/client";

/** How long one write waits for a lock before giving up with "busy". */
export const LOCK_WAIT_LIMIT = "5s";

/** Bounds every lock wait of the rest of the transaction (SET LOCAL ends with it). */
export async function boundLockWaits(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${LOCK_WAIT_LIMIT}'`);
}

/** SQLSTATEs of "waited too long for a lock" and "deadlock detected". */
const BUSY_CODES = new Set(["55P03", "40P01"]);

/**
 * Whether an error from the database (pg, or Prisma's driver-adapter wrapping of it, which
 * keeps the SQLSTATE in `cause.originalCode`, `meta.code` or `code`) is a lock timeout or a
 * deadlock. Walks the cause chain: the wrappers differ between raw and model queries.
 */
export function isBusyError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const record = e as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown }; cause?: unknown };
    if ([record.code, record.originalCode, record.meta?.code].some((code) => typeof code === "string" && BUSY_CODES.has(code))) return true;
    e = record.cause ?? record.meta?.driverAdapterError;
  }
  return false;
}
