// Writes of projects. Each runs in one transaction with its AuditEvent, checks the
// lock on reported months (Order No. 55-р: a submitted month's figures do not change until an
// analyst returns the report) and the region of the record as STORED, never as sent.
// Edits use optimistic locking: the form carries the version it read; a save against an older
// version is refused with who changed the project and when, and nothing is overwritten.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { RecordNotFoundError } from "@/lib/auth/access";
import { grantOf, requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/forms/state";
import { dayLabel } from "@/lib/placements/days";
import type { ProjectWorks } from "@/lib/placements/rules";
import { assertMonthsOpen } from "@/lib/reports/lock";
import { FUNDING_SOURCES, type ProjectInput, type ProjectUpdateInput } from "./schema";
import { projectSnapshot } from "./snapshot";
import { canMove } from "./status";
import { tiyn, todayInKazakhstan } from "./fields";

type Tx = Prisma.TransactionClient;
type StoredFunding = { source: (typeof FUNDING_SOURCES)[number]; allocated: { toFixed(n: number): string }; disbursed: { toFixed(n: number): string } };

/** The dates that put a project into a month's figures (started, completed, commissioned). */
const MONTH_DATES = ["actualStart", "actualEnd", "commissionedAt"] as const;

function projectData(input: ProjectInput) {
  const { funding: _funding, statusSince: _statusSince, fundingOn: _fundingOn, ...fields } = input;
  return fields;
}

/** "YYYY-MM-DD" of a date-only value. */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Dates the history rows the triggers write in this transaction (FundingChange,
 * ProjectStatusChange: prisma/sql/functions/record_*_changes.sql) and returns the dates the
 * month lock must check: a change takes effect on the day given, or today.
 */
async function dateChanges(tx: Tx, input: Pick<ProjectInput, "statusSince" | "fundingOn">, changes: { status: boolean; funding: boolean }): Promise<Date[]> {
  const today = todayInKazakhstan();
  const statusOn = input.statusSince ?? today;
  const fundingOn = input.fundingOn ?? today;
  await tx.$executeRaw`SELECT set_config('roadmap.status_on', ${isoDay(statusOn)}, true), set_config('roadmap.funding_on', ${isoDay(fundingOn)}, true)`;
  return [...(changes.status ? [statusOn] : []), ...(changes.funding ? [fundingOn] : [])];
}

async function checkPlace(tx: Tx, regionId: number, districtId: number | null): Promise<void> {
  const region = await tx.region.findUnique({ where: { id: regionId }, select: { id: true } });
  if (!region) throw new DomainError("unknownRegion", "regionId");
  if (districtId === null) return;
  const district = await tx.district.findUnique({ where: { id: districtId }, select: { regionId: true } });
  if (!district || district.regionId !== regionId) throw new DomainError("districtNotInRegion", "districtId");
}

async function checkCodeFree(tx: Tx, code: string, exceptId?: number): Promise<void> {
  const holder = await tx.project.findUnique({ where: { code }, select: { id: true } });
  if (holder && holder.id !== exceptId) throw new DomainError("codeTaken", "code", { code });
}

type FundingWrite = { source: (typeof FUNDING_SOURCES)[number]; amounts: { allocated: string; disbursed: string } | null };

/** The sources whose amounts change; null amounts = the row goes (a source with no money has none). */
function fundingWrites(stored: readonly StoredFunding[], funding: ProjectInput["funding"]): FundingWrite[] {
  return FUNDING_SOURCES.flatMap((source) => {
    const wanted = funding[source];
    const current = stored.find((row) => row.source === source);
    const empty = tiyn(wanted.allocated) === 0n && tiyn(wanted.disbursed) === 0n;
    if (current && current.allocated.toFixed(2) === wanted.allocated && current.disbursed.toFixed(2) === wanted.disbursed) return [];
    if (!current && empty) return [];
    return [{ source, amounts: empty ? null : wanted }];
  });
}

async function writeFunding(tx: Tx, projectId: number, writes: readonly FundingWrite[]): Promise<void> {
  for (const { source, amounts } of writes) {
    const where = { projectId_source: { projectId, source } };
    if (amounts === null) await tx.projectFunding.delete({ where });
    else await tx.projectFunding.upsert({ where, create: { projectId, source, ...amounts }, update: amounts });
  }
}

/** Refuses a save against an old version, naming who saved the newer one and when. */
async function refuseStale(tx: Tx, id: number): Promise<never> {
  const current = await tx.project.findUnique({ where: { id }, select: { updatedAt: true, updatedBy: { select: { name: true } } } });
  if (!current) throw new RecordNotFoundError("project", id);
  const at = current.updatedAt.getTime();
  throw current.updatedBy
    ? new DomainError("staleVersion", undefined, { name: current.updatedBy.name, at })
    : new DomainError("staleVersionUnknown", undefined, { at });
}

/** Permanent jobs exist only at a commissioned object, created on or after its commissioning. */
async function checkPermanentJobsStay(tx: Tx, id: number, input: ProjectInput): Promise<void> {
  const jobs = await tx.permanentJob.aggregate({ where: { projectId: id }, _count: { _all: true }, _min: { createdOn: true } });
  if (jobs._count._all === 0) return;
  if (input.status !== "COMMISSIONED") throw new DomainError("hasPermanentJobs", "status", { count: jobs._count._all });
  const firstJob = jobs._min.createdOn;
  if (input.commissionedAt && firstJob && input.commissionedAt > firstJob) throw new DomainError("jobsBeforeCommissioning", "commissionedAt");
}

/**
 * The works' dates may not leave a placement's hiring outside them (lib/placements/rules.ts: the
 * same rule from the placement's side). Checked when the actual start or end changes.
 */
async function checkPlacementsWithinWorks(tx: Tx, id: number, stored: ProjectWorks, input: ProjectWorks): Promise<void> {
  if (stored.actualStart?.getTime() === input.actualStart?.getTime() && stored.actualEnd?.getTime() === input.actualEnd?.getTime()) return;
  const hired = await tx.placement.aggregate({ where: { projectId: id }, _min: { hiredAt: true }, _max: { hiredAt: true } });
  const first = hired._min.hiredAt;
  const last = hired._max.hiredAt;
  if (first && input.actualStart && first < input.actualStart) throw new DomainError("placementsBeforeStart", "actualStart", { date: dayLabel(first) });
  if (last && input.actualEnd && last > input.actualEnd) throw new DomainError("placementsAfterEnd", "actualEnd", { date: dayLabel(last) });
}

/** Row lock: a concurrent edit, delete or new placement of this project waits for us. */
async function lockProject(tx: Tx, id: number) {
  await tx.$queryRaw`SELECT 1 FROM "Project" WHERE "id" = ${id} FOR UPDATE`;
  const stored = await tx.project.findUnique({ where: { id }, include: { funding: true } });
  if (!stored) throw new RecordNotFoundError("project", id);
  return stored;
}

function changedMonthDates(before: Record<(typeof MONTH_DATES)[number], Date | null>, after: Record<(typeof MONTH_DATES)[number], Date | null>) {
  return MONTH_DATES.filter((field) => before[field]?.getTime() !== after[field]?.getTime()).flatMap((field) => [before[field], after[field]]);
}

export async function createProject(actor: Actor, input: ProjectInput): Promise<{ id: number }> {
  // The region of a new record is the one in the input: checking it is what keeps an akimat
  // from creating projects in another region (lib/auth/permissions.ts).
  requirePermission(actor, "project.create", { regionId: input.regionId });
  const funding = fundingWrites([], input.funding);
  if (funding.length > 0) requirePermission(actor, "funding.update", { regionId: input.regionId });
  return prisma.$transaction(async (tx) => {
    await checkPlace(tx, input.regionId, input.districtId);
    await checkCodeFree(tx, input.code);
    const dated = await dateChanges(tx, input, { status: input.status === "SUSPENDED", funding: funding.length > 0 });
    await assertMonthsOpen(tx, input.regionId, [...MONTH_DATES.map((field) => input[field]), ...dated]);
    const project = await tx.project.create({ data: { ...projectData(input), updatedById: actor.id } });
    await writeFunding(tx, project.id, funding);
    const after = await tx.project.findUniqueOrThrow({ where: { id: project.id }, include: { funding: true } });
    await recordAudit(tx, { actorId: actor.id, entity: "project", entityId: project.id, action: "create", after: projectSnapshot(after) });
    return { id: project.id };
  });
}

export async function updateProject(actor: Actor, id: number, input: ProjectUpdateInput): Promise<{ id: number; version: number }> {
  requirePermission(actor, "project.update");
  return prisma.$transaction(async (tx) => {
    const stored = await lockProject(tx, id);
    requirePermission(actor, "project.update", { regionId: stored.regionId });
    if (input.regionId !== stored.regionId) {
      // An akimat keeps its projects: moving one elsewhere would hand it to another akimat.
      if (grantOf(actor.role, "project.update") === "ownRegion") throw new DomainError("regionLocked", "regionId");
      requirePermission(actor, "project.update", { regionId: input.regionId });
    }
    if (stored.version !== input.version) await refuseStale(tx, id);
    const funding = fundingWrites(stored.funding, input.funding);
    if (funding.length > 0) requirePermission(actor, "funding.update", { regionId: stored.regionId });
    if (!canMove(stored.status, input.status)) throw new DomainError("statusTransition", "status");
    if (stored.status === "COMMISSIONED") await checkPermanentJobsStay(tx, id, input);
    await checkPlacementsWithinWorks(tx, id, stored, input);
    await checkPlace(tx, input.regionId, input.districtId);
    if (input.code !== stored.code) await checkCodeFree(tx, input.code, id);
    // Of the statuses, only a suspension is in the month figures (lib/reports/figures.ts).
    const suspension = input.status !== stored.status && (input.status === "SUSPENDED" || stored.status === "SUSPENDED");
    const dated = await dateChanges(tx, input, { status: suspension, funding: funding.length > 0 });
    await assertMonthsOpen(tx, stored.regionId, [...changedMonthDates(stored, input), ...dated]);
    const { version, ...rest } = input;
    const written = await tx.project.updateMany({
      where: { id, version },
      data: { ...projectData(rest), version: { increment: 1 }, updatedById: actor.id },
    });
    if (written.count === 0) await refuseStale(tx, id);
    await writeFunding(tx, id, funding);
    const after = await tx.project.findUniqueOrThrow({ where: { id }, include: { funding: true } });
    await recordAudit(tx, { actorId: actor.id, entity: "project", entityId: id, action: "update", before: projectSnapshot(stored), after: projectSnapshot(after) });
    return { id, version: after.version };
  });
}

/**
 * Deleting a project would silently take its placements and permanent jobs with it (cascade),
 * and with them people counted in reported figures: it is refused while any exist — they are
 * removed first, each one audited.
 */
export async function deleteProject(actor: Actor, id: number, version: number): Promise<void> {
  requirePermission(actor, "project.delete");
  await prisma.$transaction(async (tx) => {
    const stored = await lockProject(tx, id);
    requirePermission(actor, "project.delete", { regionId: stored.regionId });
    if (stored.version !== version) await refuseStale(tx, id);
    const placements = await tx.placement.count({ where: { projectId: id } });
    const permanentJobs = await tx.permanentJob.count({ where: { projectId: id } });
    if (placements > 0) throw new DomainError("hasPlacements", undefined, { count: placements });
    if (permanentJobs > 0) throw new DomainError("hasPermanentJobs", undefined, { count: permanentJobs });
    // Its money and statuses go with it: every date of their history counts too.
    const history = await tx.$queryRaw<Array<{ first: Date | null }>>`
      SELECT least((SELECT min("changedOn") FROM "FundingChange" WHERE "projectId" = ${id}),
                   (SELECT min("changedOn") FROM "ProjectStatusChange" WHERE "projectId" = ${id})) AS first`;
    await assertMonthsOpen(tx, stored.regionId, [...MONTH_DATES.map((field) => stored[field]), history[0]?.first]);
    await tx.project.delete({ where: { id } });
    await recordAudit(tx, { actorId: actor.id, entity: "project", entityId: id, action: "delete", before: projectSnapshot(stored) });
  });
}
