// Reads for sign-in, session checks and region-scoped permission checks. The password hash
// leaves this file only towards verifyPassword (findUserForSignIn); every other read omits it.
// Pools (lib/db/pools.ts): the session check, made by every page, reads on the read pool, so
// that saves waiting on locks cannot hold it up; sign-in's reads and the region checks that
// actions make before a write stay on the write pool with the writes they lead to.
import "server-only";
import { prisma, prismaSessionRead } from "@/lib/db/client";
import type { Role } from "@/generated/prisma/enums";
import { ADDRESS_WINDOW_MINUTES } from "./throttle";

/** The signed-in person as the rest of the portal sees them. */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  regionId: number | null;
  sessionVersion: number;
};

const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  regionId: true,
  sessionVersion: true,
} as const;

/** Account data for checking a password; the caller must not pass `passwordHash` on. */
export async function findUserForSignIn(email: string) {
  return prisma.user.findUnique({
    where: { email },
    select: { ...sessionUserSelect, active: true, passwordHash: true },
  });
}

/**
 * The user behind a session token, or null when the session no longer holds: the account was
 * deactivated, deleted, or its sessionVersion was bumped (deactivation, password reset, role or
 * region change) after the token was issued. Called on every session read, so a deactivated
 * user's existing session stops working on its next request.
 */
export async function findActiveSessionUser(claims: { id: number; sessionVersion: number }): Promise<SessionUser | null> {
  // A read the database cannot answer throws ServiceUnavailableError (never a redirect): the
  // jwt callback then keeps the session and the page answers 503 (lib/auth/options.ts).
  const user = await prismaSessionRead.user.findUnique({
    where: { id: claims.id },
    select: { ...sessionUserSelect, active: true },
  });
  if (!user || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  const { active: _active, ...sessionUser } = user;
  return sessionUser;
}

/** The end of the current sign-in lock for this e-mail (lib/auth/throttle.ts), or null. */
export async function currentLock(email: string): Promise<Date | null> {
  const rows = await prisma.$queryRaw<{ lockedUntil: Date }[]>`
    SELECT "lockedUntil" FROM "SignInThrottle"
    WHERE "email" = ${email} AND "lockedUntil" > (now() AT TIME ZONE 'UTC')`;
  return rows[0]?.lockedUntil ?? null;
}

/** Failed sign-ins from this address in its current window (lib/auth/throttle.ts); 0 when none. */
export async function addressFailures(address: string): Promise<number> {
  const rows = await prisma.$queryRaw<{ failures: number }[]>`
    SELECT "failures" FROM "SignInAddressThrottle"
    WHERE "address" = ${address}
      AND "windowStart" > (now() AT TIME ZONE 'UTC') - make_interval(mins => ${ADDRESS_WINDOW_MINUTES}::int)`;
  return Number(rows[0]?.failures ?? 0);
}

// Region of a stored record, for requireProjectAccess and its siblings (lib/auth/access.ts), which
// actions call before a write: the write pool. null = no such record.

export async function regionOfProject(projectId: number): Promise<number | null> {
  const project = await prisma.project.findUnique({ where: { id: projectId }, select: { regionId: true } });
  return project?.regionId ?? null;
}

export async function regionOfPlacement(placementId: number): Promise<{ regionId: number; projectId: number } | null> {
  const placement = await prisma.placement.findUnique({
    where: { id: placementId },
    select: { projectId: true, project: { select: { regionId: true } } },
  });
  return placement ? { regionId: placement.project.regionId, projectId: placement.projectId } : null;
}

export async function regionOfPermanentJob(permanentJobId: number): Promise<{ regionId: number; projectId: number } | null> {
  const job = await prisma.permanentJob.findUnique({
    where: { id: permanentJobId },
    select: { projectId: true, project: { select: { regionId: true } } },
  });
  return job ? { regionId: job.project.regionId, projectId: job.projectId } : null;
}
