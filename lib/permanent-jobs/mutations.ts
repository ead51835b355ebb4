// Writes of permanent jobs at commissioned objects. Each runs in one transaction with
// its AuditEvent and the lock on reported months (a job counts in the month it was created,
// Order No. 55-р). The project's row is share-locked so that it cannot stop being commissioned,
// or be deleted, while a job is written.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { RecordNotFoundError } from "@/lib/auth/access";
import { allows, AuthorizationError, requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/forms/state";
import { dayText } from "@/lib/projects/fields";
import { boundLockWaits } from "@/lib/db/busy";
import { parseIin } from "@/lib/iin";
import { assertMonthsOpen } from "@/lib/reports/lock";
import { deleteWorkerIfUnused, dropRegionNameIfUnused, keepRegionName, lockOrCreateWorker, lockWorkers } from "@/lib/workers/mutations";
import type { PermanentJobInput } from "./schema";

type Tx = Prisma.TransactionClient;
type StoredJob = { projectId: number; title: string; employer: string; createdOn: Date; filled: boolean; workerId: number | null };

/** What the audit log keeps: the worker by id only (the IIN is personal data). */
function snapshot(job: StoredJob) {
  return { projectId: job.projectId, title: job.title, employer: job.employer, createdOn: dayText(job.createdOn), filled: job.filled, workerId: job.workerId };
}

async function lockProject(tx: Tx, projectId: number) {
  await boundLockWaits(tx);
  await tx.$queryRaw`SELECT 1 FROM "Project" WHERE "id" = ${projectId} FOR SHARE`;
  const project = await tx.project.findUnique({ where: { id: projectId }, select: { regionId: true, status: true, commissionedAt: true } });
  if (!project) throw new RecordNotFoundError("project", projectId);
  return project;
}

async function lockJob(tx: Tx, id: number) {
  await boundLockWaits(tx);
  await tx.$queryRaw`SELECT 1 FROM "PermanentJob" WHERE "id" = ${id} FOR UPDATE`;
  const job = await tx.permanentJob.findUnique({ where: { id } });
  if (!job) throw new RecordNotFoundError("permanentJob", id);
  return job;
}

/** Only commissioned objects have permanent jobs, created on or after the commissioning. */
function checkProject(project: { status: string; commissionedAt: Date | null }, createdOn: Date) {
  if (project.status !== "COMMISSIONED") throw new DomainError("projectNotCommissioned");
  if (project.commissionedAt && createdOn < project.commissionedAt) throw new DomainError("createdBeforeCommissioning", "createdOn");
}

/**
 * The worker named by IIN, for those who may see personal data of this region; others keep the
 * stored link and may not set one. A vacant position has no worker.
 *
 * Only the region's own people are found by IIN alone (docs/privacy.md). Anyone else — a person
 * known only to another region, or to nobody — needs the name typed too, and is then added to
 * the region's people with that name: the two cases answer alike, so the form is no oracle of
 * who exists elsewhere, and nothing another region typed is shown back.
 */
async function workerIdFor(tx: Tx, actor: Actor, regionId: number, input: PermanentJobInput, stored: number | null): Promise<number | null> {
  if (!input.filled) return null;
  if (!allows(actor, "personalData.read", { regionId })) {
    if (input.workerIin !== null) throw new AuthorizationError("forbidden", "personalData.read");
    return stored;
  }
  if (input.workerIin === null) return null;
  const [own] = await tx.$queryRaw<{ id: number }[]>`
    SELECT w."id" FROM "Worker" w
      JOIN "WorkerRegionName" n ON n."workerId" = w."id" AND n."regionId" = ${regionId}
     WHERE w."iin" = ${input.workerIin}
       FOR SHARE OF w`;
  if (own) return own.id;
  if (input.workerName === null) throw new DomainError("workerNameRequired", "workerName");
  const { birthDate, sex } = parseIin(input.workerIin)!;
  const worker = await lockOrCreateWorker(tx, actor.id, { iin: input.workerIin, fullName: input.workerName, birthDate, sex });
  await keepRegionName(tx, actor.id, worker.id, regionId, input.workerName);
  return worker.id;
}

/** A person no longer linked from this job: drop what the region and the country no longer need. */
async function releaseWorker(tx: Tx, actorId: number, workerId: number | null, regionId: number) {
  if (workerId === null) return;
  await lockWorkers(tx, [workerId]);
  await dropRegionNameIfUnused(tx, workerId, regionId);
  await deleteWorkerIfUnused(tx, actorId, workerId);
}

export async function createPermanentJob(actor: Actor, projectId: number, input: PermanentJobInput): Promise<{ id: number }> {
  requirePermission(actor, "permanentJob.create");
  return prisma.$transaction(async (tx) => {
    const project = await lockProject(tx, projectId);
    requirePermission(actor, "permanentJob.create", { regionId: project.regionId });
    checkProject(project, input.createdOn);
    const workerId = await workerIdFor(tx, actor, project.regionId, input, null);
    await assertMonthsOpen(tx, project.regionId, [input.createdOn]);
    const job = await tx.permanentJob.create({
      data: { projectId, title: input.title, employer: input.employer, createdOn: input.createdOn, filled: input.filled, workerId },
    });
    await recordAudit(tx, { actorId: actor.id, entity: "permanentJob", entityId: job.id, action: "create", after: snapshot(job) });
    return { id: job.id };
  });
}

export async function updatePermanentJob(actor: Actor, id: number, input: PermanentJobInput): Promise<void> {
  requirePermission(actor, "permanentJob.update");
  await prisma.$transaction(async (tx) => {
    const stored = await lockJob(tx, id);
    const project = await lockProject(tx, stored.projectId);
    requirePermission(actor, "permanentJob.update", { regionId: project.regionId });
    checkProject(project, input.createdOn);
    const workerId = await workerIdFor(tx, actor, project.regionId, input, stored.workerId);
    // The month's figures count jobs created and filled: a change of either touches both months.
    if (stored.createdOn.getTime() !== input.createdOn.getTime() || stored.filled !== input.filled) {
      await assertMonthsOpen(tx, project.regionId, [stored.createdOn, input.createdOn]);
    }
    const job = await tx.permanentJob.update({
      where: { id },
      data: { title: input.title, employer: input.employer, createdOn: input.createdOn, filled: input.filled, workerId },
    });
    await recordAudit(tx, { actorId: actor.id, entity: "permanentJob", entityId: id, action: "update", before: snapshot(stored), after: snapshot(job) });
    if (stored.workerId !== workerId) await releaseWorker(tx, actor.id, stored.workerId, project.regionId);
  });
}

/** "Mark filled / vacant" from the list; vacating removes the worker link. */
export async function setPermanentJobFilled(actor: Actor, id: number, filled: boolean): Promise<void> {
  requirePermission(actor, "permanentJob.update");
  await prisma.$transaction(async (tx) => {
    const stored = await lockJob(tx, id);
    const project = await lockProject(tx, stored.projectId);
    requirePermission(actor, "permanentJob.update", { regionId: project.regionId });
    if (stored.filled === filled) return;
    checkProject(project, stored.createdOn);
    await assertMonthsOpen(tx, project.regionId, [stored.createdOn]);
    const job = await tx.permanentJob.update({ where: { id }, data: { filled, workerId: filled ? stored.workerId : null } });
    await recordAudit(tx, { actorId: actor.id, entity: "permanentJob", entityId: id, action: "update", before: snapshot(stored), after: snapshot(job) });
    if (!filled) await releaseWorker(tx, actor.id, stored.workerId, project.regionId);
  });
}

/** Allowed whatever the project's status: it is how a wrongly entered job is removed. */
export async function deletePermanentJob(actor: Actor, id: number): Promise<{ projectId: number }> {
  requirePermission(actor, "permanentJob.delete");
  return prisma.$transaction(async (tx) => {
    const stored = await lockJob(tx, id);
    const project = await lockProject(tx, stored.projectId);
    requirePermission(actor, "permanentJob.delete", { regionId: project.regionId });
    await assertMonthsOpen(tx, project.regionId, [stored.createdOn]);
    await tx.permanentJob.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, entity: "permanentJob", entityId: id, action: "delete", before: snapshot(stored) });
    await releaseWorker(tx, actor.id, stored.workerId, project.regionId);
    return { projectId: stored.projectId };
  });
}
