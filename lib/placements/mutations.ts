// Writes of placements: add a worker to a project, correct, end and remove a placement.
// Each runs in one transaction that (1) reads the project's region from the database and checks
// the permission against it, (2) refuses writes into a month whose report is submitted
// (assertMonthsOpen, Order No. 55-р), (3) locks the person's Worker row before the overlap rule,
// (4) writes its AuditEvent with the IIN masked.
//
// Why a row lock and not an exclusion constraint: `EXCLUDE USING gist (workerId WITH =,
// daterange(hiredAt, endedAt, '[]') WITH &&)` would state the rule in the database, but needs the
// btree_gist extension, which managed PostgreSQL servers do not always allow; and its violation
// could not name the other project. Locking the Worker row (SELECT … FOR UPDATE) serialises all
// writes for one person, so the check-then-insert below cannot interleave with another one.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { boundLockWaits } from "@/lib/db/busy";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { RecordNotFoundError } from "@/lib/auth/access";
import { requirePermission, type Action, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/forms/state";
import { assertMonthsOpen } from "@/lib/reports/lock";
import { maskIin } from "@/lib/workers/mask";
import { deleteWorkerIfUnused, dropRegionNameIfUnused, keepRegionName, lockOrCreateWorker, lockWorkers, setRegionName } from "@/lib/workers/mutations";
import { placementPeriodsOfWorker } from "@/lib/workers/queries";
import { dayLabel, dayText } from "./days";
import { firstOverlap, type Period } from "./overlap";
import { hiringOutsideWorks, type ProjectWorks } from "./rules";
import { datesTouchedByCorrection } from "./touched-dates";
import type { PlacementCorrection, PlacementInput } from "./schema";

type Tx = Prisma.TransactionClient;

/** Waiting for a person's lock behind another write is normal; give it time. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

const placementWithContext = {
  worker: { select: { id: true, iin: true, fullName: true } },
  project: { select: { id: true, code: true, name: true, regionId: true, actualStart: true, actualEnd: true } },
} as const;

type PlacementWithContext = Prisma.PlacementGetPayload<{ include: typeof placementWithContext }>;

/** What the audit log keeps of a placement: who (masked IIN), where, when, and the referral. */
function auditView(p: PlacementWithContext) {
  return {
    projectId: p.project.id,
    projectCode: p.project.code,
    workerId: p.worker.id,
    iin: maskIin(p.worker.iin),
    hiredAt: dayText(p.hiredAt),
    endedAt: p.endedAt ? dayText(p.endedAt) : null,
    position: p.position,
    referredByEmploymentCentre: p.referredByEmploymentCentre,
    referralNumber: p.referralNumber,
    unemployedBeforeHiring: p.unemployedBeforeHiring,
    youthAtHiring: p.youthAtHiring,
  };
}

async function projectById(tx: Tx, projectId: number) {
  const project = await tx.project.findUnique({ where: { id: projectId }, select: { id: true, code: true, name: true, regionId: true, actualStart: true, actualEnd: true } });
  if (!project) throw new RecordNotFoundError("project", projectId);
  return project;
}

/** The placement, locked for this transaction, with the region checked for `action`. */
async function lockPlacement(tx: Tx, actor: Actor, action: Action, placementId: number): Promise<PlacementWithContext> {
  requirePermission(actor, action);
  await boundLockWaits(tx);
  await tx.$queryRaw`SELECT "id" FROM "Placement" WHERE "id" = ${placementId} FOR UPDATE`;
  const placement = await tx.placement.findUnique({ where: { id: placementId }, include: placementWithContext });
  if (!placement) throw new RecordNotFoundError("placement", placementId);
  requirePermission(actor, action, { regionId: placement.project.regionId });
  return placement;
}

/**
 * Refuses a period that overlaps another placement of the person. A clash in the same region
 * names the other project; one in another region gives its dates only and "in another region"
 * (docs/privacy.md: an akimat learns nothing else of a person's work elsewhere).
 * The caller holds the Worker row's lock.
 */
async function refuseOverlap(tx: Tx, workerId: number, regionId: number, period: Period, field: string, exceptPlacementId?: number) {
  const clash = firstOverlap(period, await placementPeriodsOfWorker(tx, workerId, exceptPlacementId));
  if (!clash) return;
  const dates = { hiredAt: dayLabel(clash.hiredAt), endedAt: clash.endedAt ? dayLabel(clash.endedAt) : "" };
  if (clash.project.regionId !== regionId) {
    throw new DomainError(clash.endedAt ? "overlapOtherRegion" : "overlapOtherRegionOpen", field, dates);
  }
  throw new DomainError(clash.endedAt ? "overlap" : "overlapOpen", field, { projectCode: clash.project.code, projectName: clash.project.name, ...dates });
}

/** Refuses a hiring outside the project's works (rules.ts), on the hiring date's field. */
function refuseHiringOutsideWorks(project: ProjectWorks, hiredAt: Date) {
  const outside = hiringOutsideWorks(project, hiredAt);
  if (outside) throw new DomainError(outside.code, "hiredAt", { date: dayLabel(outside.bound) });
}

export type AddedPlacement = {
  placementId: number;
  workerId: number;
  /** The region's own earlier spelling when it differs from the typed one (it is kept). */
  storedName: string | null;
};

/** Adds a worker to a project by IIN, reusing the person's Worker if the IIN is known. */
export async function addPlacement(actor: Actor, projectId: number, input: PlacementInput): Promise<AddedPlacement> {
  requirePermission(actor, "placement.create");
  return prisma.$transaction(async (tx) => {
    const project = await projectById(tx, projectId);
    requirePermission(actor, "placement.create", { regionId: project.regionId });
    refuseHiringOutsideWorks(project, input.hiredAt);
    await boundLockWaits(tx);
    await assertMonthsOpen(tx, project.regionId, [input.hiredAt, input.endedAt]);
    const worker = await lockOrCreateWorker(tx, actor.id, input);
    await refuseOverlap(tx, worker.id, project.regionId, input, "hiredAt");
    const { kept } = await keepRegionName(tx, actor.id, worker.id, project.regionId, input.fullName);
    const placement = await tx.placement.create({
      data: {
        workerId: worker.id,
        projectId: project.id,
        hiredAt: input.hiredAt,
        endedAt: input.endedAt,
        position: input.position,
        referredByEmploymentCentre: input.referredByEmploymentCentre,
        referralNumber: input.referralNumber,
        unemployedBeforeHiring: input.unemployedBeforeHiring,
        youthAtHiring: input.youthAtHiring,
      },
      include: placementWithContext,
    });
    await recordAudit(tx, { actorId: actor.id, entity: "placement", entityId: placement.id, action: "create", after: auditView(placement) });
    return { placementId: placement.id, workerId: worker.id, storedName: kept };
  }, TRANSACTION_OPTIONS);
}

/** Sets the last day worked. */
export async function endPlacement(actor: Actor, placementId: number, endedAt: Date): Promise<{ projectId: number }> {
  return prisma.$transaction(async (tx) => {
    const current = await lockPlacement(tx, actor, "placement.update", placementId);
    if (endedAt.getTime() < current.hiredAt.getTime()) throw new DomainError("endBeforeHire", "endedAt");
    // Only the end month's figures change (old and new end dates); the hiring month's do not.
    await assertMonthsOpen(tx, current.project.regionId, [current.endedAt, endedAt]);
    await lockWorkers(tx, [current.workerId]);
    // A later end than before can run into the person's next placement.
    await refuseOverlap(tx, current.workerId, current.project.regionId, { hiredAt: current.hiredAt, endedAt }, "endedAt", current.id);
    const updated = await tx.placement.update({ where: { id: current.id }, data: { endedAt }, include: placementWithContext });
    await recordAudit(tx, { actorId: actor.id, entity: "placement", entityId: current.id, action: "update", before: auditView(current), after: auditView(updated) });
    return { projectId: current.projectId };
  }, TRANSACTION_OPTIONS);
}

export type CorrectedPlacement = { projectId: number; previousProjectId: number; storedName: string | null };

/**
 * Corrects a mistake in any field: the person (another IIN), the name, dates, referral, or the
 * project — another project of the same region, checked against the database like this one.
 * `expectedUpdatedAt` is the version the form was opened on: a placement changed meanwhile is
 * not overwritten.
 */
export async function correctPlacement(
  actor: Actor,
  placementId: number,
  input: PlacementCorrection,
  expectedUpdatedAt?: string,
): Promise<CorrectedPlacement> {
  return prisma.$transaction(async (tx) => {
    const current = await lockPlacement(tx, actor, "placement.update", placementId);
    if (expectedUpdatedAt && current.updatedAt.toISOString() !== expectedUpdatedAt) throw new DomainError("changedMeanwhile");

    const target = input.projectCode === current.project.code ? current.project : await tx.project.findUnique({
      where: { code: input.projectCode },
      select: { id: true, code: true, name: true, regionId: true, actualStart: true, actualEnd: true },
    });
    if (!target) throw new DomainError("projectNotFound", "projectCode");
    if (target.regionId !== current.project.regionId) throw new DomainError("projectOtherRegion", "projectCode");
    requirePermission(actor, "placement.update", { regionId: target.regionId });
    refuseHiringOutsideWorks(target, input.hiredAt);

    // Locks in the same order as every placement write (month lock, then people), so that two
    // writes and a report submission can never wait on each other in a circle.
    const personChanged = input.iin !== current.worker.iin;
    await assertMonthsOpen(tx, current.project.regionId, datesTouchedByCorrection(current, { ...input, projectId: target.id, personChanged }));
    await lockWorkers(tx, [current.workerId]);
    let workerId = current.workerId;
    let storedName: string | null = null;
    const regionId = current.project.regionId;
    if (personChanged) {
      const other = await lockOrCreateWorker(tx, actor.id, input);
      workerId = other.id;
      storedName = (await keepRegionName(tx, actor.id, workerId, regionId, input.fullName)).kept;
    } else {
      // A name edit changes only what this region sees; the national record stays (docs/privacy.md).
      await setRegionName(tx, actor.id, workerId, regionId, input.fullName);
    }

    await refuseOverlap(tx, workerId, regionId, input, "hiredAt", current.id);
    const updated = await tx.placement.update({
      where: { id: current.id },
      data: {
        workerId,
        projectId: target.id,
        hiredAt: input.hiredAt,
        endedAt: input.endedAt,
        position: input.position,
        referredByEmploymentCentre: input.referredByEmploymentCentre,
        referralNumber: input.referralNumber,
        unemployedBeforeHiring: input.unemployedBeforeHiring,
        youthAtHiring: input.youthAtHiring,
      },
      include: placementWithContext,
    });
    await recordAudit(tx, { actorId: actor.id, entity: "placement", entityId: current.id, action: "update", before: auditView(current), after: auditView(updated) });
    if (workerId !== current.workerId) {
      await dropRegionNameIfUnused(tx, current.workerId, regionId);
      await deleteWorkerIfUnused(tx, actor.id, current.workerId);
    }
    return { projectId: target.id, previousProjectId: current.projectId, storedName };
  }, TRANSACTION_OPTIONS);
}

/** Removes a wrongly entered placement (and the person, if nothing else refers to them). */
export async function removePlacement(actor: Actor, placementId: number): Promise<{ projectId: number }> {
  return prisma.$transaction(async (tx) => {
    const current = await lockPlacement(tx, actor, "placement.delete", placementId);
    await assertMonthsOpen(tx, current.project.regionId, [current.hiredAt, current.endedAt]);
    await lockWorkers(tx, [current.workerId]);
    await tx.placement.delete({ where: { id: current.id } });
    await recordAudit(tx, { actorId: actor.id, entity: "placement", entityId: current.id, action: "delete", before: auditView(current) });
    await dropRegionNameIfUnused(tx, current.workerId, current.project.regionId);
    await deleteWorkerIfUnused(tx, actor.id, current.workerId);
    return { projectId: current.projectId };
  }, TRANSACTION_OPTIONS);
}

/**
 * Records that `actor` downloaded a region's placements with names and IINs (personal data: who
 * took them, and when, must be known), before the file is sent (regionPlacementRecords).
 */
export async function recordPlacementsDownload(actor: Actor, regionId: number, format: string, workerIds?: readonly number[]): Promise<void> {
  requirePermission(actor, "personalData.read", { regionId });
  // The ministry's downloads also name the people in the file (docs/privacy.md).
  const after = workerIds ? { format, workerIds: [...workerIds].sort((a, b) => a - b) } : { format };
  await recordAudit(prisma, { actorId: actor.id, entity: "region", entityId: regionId, action: "placements.download", after });
}
