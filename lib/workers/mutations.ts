// Writes of people (Worker). One person is one Worker, whatever the number of projects
// (issue 4): a worker is found by IIN or created, never duplicated. Called inside a placement's
// transaction; every change writes its AuditEvent there, with the IIN masked (lib/workers/mask).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Sex } from "@/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record";
import { dayText } from "@/lib/placements/days";
import { maskIin } from "./mask";
import { isWorkerReferenced } from "./queries";

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

/** Corrects a misspelt name: the person is one, so the name changes on all their placements. */
export async function renameWorker(tx: Tx, actorId: number, workerId: number, fullName: string): Promise<void> {
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
