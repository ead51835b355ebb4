// Writes of sign-in: the throttle state (policy in lib/auth/throttle.ts) and the audit trail
// (entity "auth"). Audit rows never contain a password or a hash.
import "server-only";
import { prisma } from "@/lib/db/client";
import { ADDRESS_WINDOW_MINUTES, LOCK_MINUTES, MAX_ADDRESS_FAILURES, MAX_FAILURES, WINDOW_MINUTES } from "./throttle";

/** What an audit row may say about a sign-in request. */
export type SignInRequestInfo = { email: string; ip: string | null; userAgent: string | null };

export type SignInAuditAction = "signIn.failure" | "signIn.locked" | "signIn.addressLimited";

/** entityId is the account's id when the e-mail has one, otherwise the typed e-mail. */
export async function recordSignInEvent(
  action: SignInAuditAction,
  userId: number | null,
  request: SignInRequestInfo,
  details: Record<string, string | number | null>,
): Promise<void> {
  await prisma.auditEvent.create({
    data: { actorId: userId, entity: "auth", entityId: userId ? String(userId) : request.email, action, after: { ...request, ...details } },
  });
}

/**
 * Counts one failed attempt in a single statement and returns the new state. A window older
 * than WINDOW_MINUTES, or an expired lock, starts a fresh count; the MAX_FAILURES-th failure
 * in a window sets the lock. Times are UTC, as Prisma stores DateTime.
 */
export async function recordFailure(email: string): Promise<{ failures: number; lockedUntil: Date | null }> {
  const rows = await prisma.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    WITH clock AS (SELECT now() AT TIME ZONE 'UTC' AS now)
    INSERT INTO "SignInThrottle" AS t ("email", "failures", "windowStart", "lockedUntil")
    SELECT ${email}, 1, clock.now,
           CASE WHEN 1 >= ${MAX_FAILURES}::int THEN clock.now + make_interval(mins => ${LOCK_MINUTES}::int) END
    FROM clock
    ON CONFLICT ("email") DO UPDATE SET
      "failures" = CASE
        WHEN t."windowStart" <= EXCLUDED."windowStart" - make_interval(mins => ${WINDOW_MINUTES}::int)
          OR t."lockedUntil" <= EXCLUDED."windowStart"
        THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE
        WHEN t."windowStart" <= EXCLUDED."windowStart" - make_interval(mins => ${WINDOW_MINUTES}::int)
          OR t."lockedUntil" <= EXCLUDED."windowStart"
        THEN EXCLUDED."windowStart" ELSE t."windowStart" END,
      "lockedUntil" = CASE
        WHEN t."windowStart" <= EXCLUDED."windowStart" - make_interval(mins => ${WINDOW_MINUTES}::int)
          OR t."lockedUntil" <= EXCLUDED."windowStart"
        THEN NULL
        WHEN t."failures" + 1 >= ${MAX_FAILURES}::int
        THEN COALESCE(t."lockedUntil", EXCLUDED."windowStart" + make_interval(mins => ${LOCK_MINUTES}::int))
        ELSE t."lockedUntil" END
    RETURNING "failures", "lockedUntil"`;
  const row = rows[0];
  if (!row) throw new Error("SignInThrottle upsert returned no row");
  return { failures: Number(row.failures), lockedUntil: row.lockedUntil };
}

/**
 * After a correct password, in one transaction: refuses (returns the lock's end) when a lock
 * was set meanwhile by a concurrent failure — the row lock orders this after it — otherwise
 * forgets the failures, stamps lastSignInAt and writes "signIn.success".
 */
export async function completeSignIn(userId: number, request: SignInRequestInfo): Promise<{ lockedUntil: Date | null }> {
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ lockedUntil: Date | null; active: boolean }[]>`
      SELECT "lockedUntil", "lockedUntil" > (now() AT TIME ZONE 'UTC') AS active
      FROM "SignInThrottle" WHERE "email" = ${request.email} FOR UPDATE`;
    const throttle = rows[0];
    if (throttle?.active && throttle.lockedUntil) return { lockedUntil: throttle.lockedUntil };
    if (throttle) await tx.$executeRaw`DELETE FROM "SignInThrottle" WHERE "email" = ${request.email}`;
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
    await tx.auditEvent.create({
      data: { actorId: userId, entity: "auth", entityId: String(userId), action: "signIn.success", after: request },
    });
    return { lockedUntil: null };
  });
}

/**
 * Counts one failed sign-in from a client address in a fixed window (lib/auth/throttle.ts) and
 * returns the count in the current window. The MAX_ADDRESS_FAILURES-th failure writes the one
 * audit row of that window ("signIn.addressLimited"), instead of one row per typed e-mail.
 */
export async function recordAddressFailure(address: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ failures: number }[]>`
    WITH clock AS (SELECT now() AT TIME ZONE 'UTC' AS now)
    INSERT INTO "SignInAddressThrottle" AS t ("address", "failures", "windowStart")
    SELECT ${address}, 1, clock.now FROM clock
    ON CONFLICT ("address") DO UPDATE SET
      "failures" = CASE WHEN t."windowStart" <= EXCLUDED."windowStart" - make_interval(mins => ${ADDRESS_WINDOW_MINUTES}::int)
        THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN t."windowStart" <= EXCLUDED."windowStart" - make_interval(mins => ${ADDRESS_WINDOW_MINUTES}::int)
        THEN EXCLUDED."windowStart" ELSE t."windowStart" END
    RETURNING "failures"`;
  const failures = Number(rows[0]?.failures ?? 0);
  if (failures === MAX_ADDRESS_FAILURES) {
    await prisma.auditEvent.create({
      data: { actorId: null, entity: "auth", entityId: address, action: "signIn.addressLimited", after: { ip: address, failures } },
    });
  }
  await expireThrottleRows();
  return failures;
}

/**
 * Deletes throttle rows whose window has passed and whose lock has ended: they decide nothing
 * any more. Run as failures are recorded (indexed on windowStart), so the tables stay as small
 * as the current windows without a scheduled job.
 */
export async function expireThrottleRows(): Promise<void> {
  await prisma.$executeRaw`
    DELETE FROM "SignInAddressThrottle"
    WHERE "windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(mins => ${ADDRESS_WINDOW_MINUTES}::int)`;
  await prisma.$executeRaw`
    DELETE FROM "SignInThrottle"
    WHERE "windowStart" <= (now() AT TIME ZONE 'UTC') - make_interval(mins => ${WINDOW_MINUTES}::int)
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= (now() AT TIME ZONE 'UTC'))`;
}

export async function recordSignOut(userId: number): Promise<void> {
  await prisma.auditEvent.create({ data: { actorId: userId, entity: "auth", entityId: String(userId), action: "signOut" } });
}
