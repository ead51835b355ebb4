// Writes of user administration. Each runs in one transaction with its AuditEvent;
// audit snapshots never contain password hashes. Changes that must end the user's existing
// sessions (deactivation, password reset, role or region change) bump sessionVersion, which
// the session check compares on every request (lib/auth/queries.ts).
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/forms/state";
import type { ChangeRoleInput, CreateUserInput, ResetPasswordInput } from "./schema";

/**
 * A known refusal of user administration: a DomainError, which the action shell
 * (lib/forms/run-action.ts) reports to the form as a code ("admin.errors.<code>"), next to the
 * field when there is one.
 */
export function userRefusal(
  code: "emailTaken" | "unknownRegion" | "notFound" | "selfLockout" | "lastAdmin",
  field?: "email" | "regionId",
): DomainError {
  return new DomainError(code, field);
}

const snapshotSelect = { email: true, name: true, role: true, regionId: true, active: true, sessionVersion: true } as const;
type Snapshot = Prisma.UserGetPayload<{ select: typeof snapshotSelect }>;
type Tx = Prisma.TransactionClient;

async function audit(tx: Tx, actor: Actor, userId: number, action: string, before: Snapshot | null, after: Snapshot) {
  await tx.auditEvent.create({
    data: { actorId: actor.id, entity: "user", entityId: String(userId), action, before: before ?? Prisma.DbNull, after },
  });
}

async function loadForUpdate(tx: Tx, userId: number): Promise<Snapshot> {
  // Row lock: two admins editing the same account at once are applied one after the other.
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id: userId }, select: snapshotSelect });
  if (!user) throw userRefusal("notFound");
  return user;
}

/**
 * Refuses a change that would leave the portal without an active administrator. The admins'
 * rows are locked first, so two admins demoting each other at once cannot both succeed.
 */
async function ensureAnotherActiveAdmin(tx: Tx, userId: number) {
  const admins = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "active" ORDER BY "id" FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== userId)) throw userRefusal("lastAdmin");
}

function translateDatabaseError(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") throw userRefusal("emailTaken", "email");
    if (error.code === "P2003") throw userRefusal("unknownRegion", "regionId");
  }
  throw error;
}

export async function createUser(actor: Actor, input: CreateUserInput): Promise<{ id: number }> {
  requirePermission(actor, "user.manage");
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, regionId: input.regionId, passwordHash },
        select: { id: true, ...snapshotSelect },
      });
      const { id, ...after } = user;
      await audit(tx, actor, id, "user.create", null, after);
      return { id };
    });
  } catch (error) {
    translateDatabaseError(error);
  }
}

/** Deactivating ends the user's sessions at once; an admin cannot deactivate themselves. */
export async function setUserActive(actor: Actor, userId: number, active: boolean): Promise<void> {
  requirePermission(actor, "user.manage");
  if (!active && userId === actor.id) throw userRefusal("selfLockout");
  await prisma.$transaction(async (tx) => {
    const before = await loadForUpdate(tx, userId);
    if (before.active === active) return;
    if (!active && before.role === "ADMIN") await ensureAnotherActiveAdmin(tx, userId);
    const after = await tx.user.update({
      where: { id: userId },
      data: { active, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
      select: snapshotSelect,
    });
    await audit(tx, actor, userId, active ? "user.reactivate" : "user.deactivate", before, after);
  });
}

/** Sets a new password chosen by the admin; every existing session of that user ends. */
export async function resetPassword(actor: Actor, userId: number, input: ResetPasswordInput): Promise<void> {
  requirePermission(actor, "user.manage");
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    const before = await loadForUpdate(tx, userId);
    const after = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: snapshotSelect,
    });
    // The snapshots show that the sessions were ended; the password itself is never recorded.
    await audit(tx, actor, userId, "user.resetPassword", before, after);
  });
}

/** Role and region decide what the user may do, so a change ends their current sessions. */
export async function changeRole(actor: Actor, userId: number, input: ChangeRoleInput): Promise<void> {
  requirePermission(actor, "user.manage");
  if (userId === actor.id && input.role !== "ADMIN") throw userRefusal("selfLockout");
  try {
    await prisma.$transaction(async (tx) => {
      const before = await loadForUpdate(tx, userId);
      if (before.role === input.role && before.regionId === input.regionId) return;
      if (before.role === "ADMIN" && input.role !== "ADMIN" && before.active) await ensureAnotherActiveAdmin(tx, userId);
      const after = await tx.user.update({
        where: { id: userId },
        data: { role: input.role, regionId: input.regionId, sessionVersion: { increment: 1 } },
        select: snapshotSelect,
      });
      await audit(tx, actor, userId, "user.changeRole", before, after);
    });
  } catch (error) {
    translateDatabaseError(error);
  }
}
