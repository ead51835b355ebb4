// Writes of people (Worker). One person is one Worker, whatever the number of projects
// (docs/privacy.md): a worker is found by IIN or created, never duplicated. Called inside a
// placement's transaction; every change writes its AuditEvent there, with the IIN masked
// (lib/workers/mask).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Sex } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { RecordNotFoundError } from "@/lib/auth/access";
import { grantOf, requirePermission, type Actor } from "@/lib/auth/permissions";
import { boundLockWaits } from "@/lib/db/busy";
import { prisma } from "@/lib/db/client";
import { dayText } from "@/lib/placements/days";
import { maskIin } from "./mask";
import { isWorkerReferenced } from "./queries";
import { sameName } from "./schema";

type Tx = Prisma.TransactionClient;

/** A person as typed (IIN, name) and derived from the IIN (birth date, sex). */
export type Person = { iin: string; fullName: string; birthDate: Date; sex: Sex };

export type LockedWorker = { id: number; iin: string; fullName: string; created: boolean };

function workerAudit(worker: { iin: string; fullName: string; birthDate: Date; sex: Sex }) {
  return { iin: maskIin(worker.iin), fullName: worker.fullName, birthDate: dayText(worker.birthDate), sex: worker.sex };
}

/**
 * The Worker with this IIN — created with the typed name if there is none — with its row locked
 * (FOR UPDATE) until the transaction ends. The lock is what makes the overlap rule race-free:
 * two transactions adding placements for one person queue here, and the second one reads the
 * first one's placement before checking.
 *
 * INSERT … ON CONFLICT DO NOTHING rather than "select, then insert": two first placements of a
 * new person at once would both find nobody and the second insert would fail on the unique IIN.
 * With ON CONFLICT the second waits for the first to commit, then finds its row.
 */
export async function lockOrCreateWorker(tx: Tx, actorId: number, person: Person): Promise<LockedWorker> {
  // Twice at most: the row found by ON CONFLICT can be deleted (its last placement removed)
  // before we lock it; then the insert is tried again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const inserted = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO "Worker" ("iin", "fullName", "birthDate", "sex")
      VALUES (${person.iin}, ${person.fullName}, ${dayText(person.birthDate)}::date, ${person.sex}::"Sex")
      ON CONFLICT ("iin") DO NOTHING
      RETURNING "id"`;
    if (inserted[0]) {
      await recordAudit(tx, { actorId, entity: "worker", entityId: inserted[0].id, action: "create", after: workerAudit(person) });
      return { id: inserted[0].id, iin: person.iin, fullName: person.fullName, created: true };
    }
    const existing = await tx.$queryRaw<{ id: number; fullName: string }[]>`
      SELECT "id", "fullName" FROM "Worker" WHERE "iin" = ${person.iin} FOR UPDATE`;
    if (existing[0]) return { id: existing[0].id, iin: person.iin, fullName: existing[0].fullName, created: false };
  }
  throw new Error("Worker row kept disappearing while being locked");
}

/** Locks existing Worker rows, in id order so that two transactions never wait on each other in a circle. */
export async function lockWorkers(tx: Tx, workerIds: readonly number[]): Promise<void> {
  const ids = [...new Set(workerIds)].sort((a, b) => a - b);
  if (ids.length === 0) return;
  await tx.$queryRaw`SELECT "id" FROM "Worker" WHERE "id" = ANY(${ids}::int[]) ORDER BY "id" FOR UPDATE`;
}

/**
 * Corrects the national record's name (analysts only: lib/workers/actions.ts). What each region
 * shows is its own WorkerRegionName, which this does not touch.
 */
export async function renameNationalRecord(tx: Tx, actorId: number, workerId: number, fullName: string): Promise<void> {
  const before = await tx.worker.findUniqueOrThrow({ where: { id: workerId } });
  const after = await tx.worker.update({ where: { id: workerId }, data: { fullName } });
  await recordAudit(tx, { actorId, entity: "worker", entityId: workerId, action: "update", before: workerAudit(before), after: workerAudit(after) });
}

/**
 * Deletes a person nothing refers to any more (their only placement was removed or moved to
 * another IIN): personal data is kept no longer than its purpose needs (Law of RK No. 94-V
 * "On personal data and their protection"). The caller holds the row's lock.
 */
export async function deleteWorkerIfUnused(tx: Tx, actorId: number, workerId: number): Promise<boolean> {
  if (await isWorkerReferenced(tx, workerId)) return false;
  const before = await tx.worker.delete({ where: { id: workerId } });
  await recordAudit(tx, { actorId, entity: "worker", entityId: workerId, action: "delete", before: workerAudit(before) });
  return true;
}

// ---- The name a region keeps for a person (table WorkerRegionName, docs/privacy.md) ----
// One person is one Worker nationally, so that overlapping placements are caught across regions;
// but what an akimat sees of a person is only what its own region typed. Another region's
// spelling, or the national record's, is never shown to it and never "corrects" what it typed.

/**
 * The region's name for the person: the one it already keeps (returned, and left as it is), or
 * else `typed`, which becomes the region's name. `kept` is the region's own earlier spelling when
 * it differs from `typed`, so the form can say which name it kept.
 */
export async function keepRegionName(tx: Tx, actorId: number, workerId: number, regionId: number, typed: string): Promise<{ kept: string | null }> {
  const inserted = await tx.$queryRaw<{ fullName: string }[]>`
    INSERT INTO "WorkerRegionName" ("workerId", "regionId", "fullName")
    VALUES (${workerId}, ${regionId}, ${typed})
    ON CONFLICT ("workerId", "regionId") DO NOTHING
    RETURNING "fullName"`;
  if (inserted[0]) {
    await recordAudit(tx, { actorId, entity: "workerRegionName", entityId: `${workerId}:${regionId}`, action: "create", after: { workerId, regionId, fullName: typed } });
    return { kept: null };
  }
  const [stored] = await tx.$queryRaw<{ fullName: string }[]>`
    SELECT "fullName" FROM "WorkerRegionName" WHERE "workerId" = ${workerId} AND "regionId" = ${regionId}`;
  return { kept: stored && !sameName(stored.fullName, typed) ? stored.fullName : null };
}

/** A region corrects its spelling of a person's name: only what that region sees changes. */
export async function setRegionName(tx: Tx, actorId: number, workerId: number, regionId: number, fullName: string): Promise<void> {
  const [before] = await tx.$queryRaw<{ fullName: string }[]>`
    SELECT "fullName" FROM "WorkerRegionName" WHERE "workerId" = ${workerId} AND "regionId" = ${regionId} FOR UPDATE`;
  if (before?.fullName === fullName) return;
  await tx.$executeRaw`
    INSERT INTO "WorkerRegionName" ("workerId", "regionId", "fullName") VALUES (${workerId}, ${regionId}, ${fullName})
    ON CONFLICT ("workerId", "regionId") DO UPDATE SET "fullName" = EXCLUDED."fullName", "updatedAt" = now()`;
  await recordAudit(tx, {
    actorId,
    entity: "workerRegionName",
    entityId: `${workerId}:${regionId}`,
    action: before ? "update" : "create",
    before: before ? { workerId, regionId, fullName: before.fullName } : undefined,
    after: { workerId, regionId, fullName },
  });
}

/**
 * Drops the region's name of a person the region no longer places or employs, so that it keeps
 * no personal data it has no purpose for (Law of RK No. 94-V "On personal data and their
 * protection"). The caller holds the Worker row's lock.
 */
export async function dropRegionNameIfUnused(tx: Tx, workerId: number, regionId: number): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "WorkerRegionName" n
     WHERE n."workerId" = ${workerId} AND n."regionId" = ${regionId}
       AND NOT EXISTS (SELECT 1 FROM "Placement" p JOIN "Project" pr ON pr.id = p."projectId"
                        WHERE p."workerId" = ${workerId} AND pr."regionId" = ${regionId})
       AND NOT EXISTS (SELECT 1 FROM "PermanentJob" j JOIN "Project" pr ON pr.id = j."projectId"
                        WHERE j."workerId" = ${workerId} AND pr."regionId" = ${regionId})`;
}

// ---- The ministry and the national record ----

/** An analyst corrects the national record's name (the regions' own spellings stay theirs). */
export async function correctNationalName(actor: Actor, workerId: number, fullName: string): Promise<void> {
  requirePermission(actor, "worker.nationalRecord.update");
  await prisma.$transaction(async (tx) => {
    await boundLockWaits(tx);
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "Worker" WHERE "id" = ${workerId} FOR UPDATE`;
    if (!locked[0]) throw new RecordNotFoundError("worker", workerId);
    await renameNationalRecord(tx, actor.id, workerId, fullName);
  });
}

/**
 * Records that a national viewer (the ministry) was shown people's personal data: one event per
 * page view or download, naming the people shown (docs/privacy.md). An akimat's views of its
 * own region's people are its daily work and are not recorded one by one.
 */
export async function recordPersonalDataShown(actor: Actor, shown: { view: string; id: string | number; workerIds: readonly number[] }): Promise<void> {
  if (grantOf(actor.role, "personalData.read") !== "national" || shown.workerIds.length === 0) return;
  const workerIds = [...new Set(shown.workerIds)].sort((a, b) => a - b);
  await recordAudit(prisma, { actorId: actor.id, entity: shown.view, entityId: shown.id, action: "personalData.view", after: { workerIds } });
}
