// Writes of the monthly report workflow (Order No. 55-р of 27.03.2020: the akimats
// report monthly to the Ministry of Labour). An akimat SUBMITS its region's month: the figures
// are computed from the records and frozen, and the month is locked (lib/reports/lock.ts) for
// edits that would change them. An analyst APPROVES (the month stays locked) or RETURNS it with
// a reason (the month opens again). Each write runs in one transaction with its AuditEvent.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ReportStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { requirePermission, type Actor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/forms/state";
import { monthHasEnded } from "./deadline";
import { adjacentJobsDecreased, freezeFigures, toMonthFigures, type FiguresRow } from "./figures";
import { monthFiguresSql } from "./figures-sql";
import { districtMonthFigures, districtScopes, type RunSql } from "./district-figures";
import { lockRegionReports } from "./lock";
import { addMonths, isInPeriod, monthKeyOf, monthStartDate, reportingPeriod, type MonthKey } from "./period";
import type { ReopenDecisionInput, ReopenRequestInput, ReviewReportInput, SubmitReportInput } from "./schema";

type Tx = Prisma.TransactionClient;
export type ReportTarget = { regionId: number; month: MonthKey };

/** Statuses from which the akimat may submit: a new or returned report. */
const SUBMITTABLE: ReadonlySet<ReportStatus> = new Set(["DRAFT", "RETURNED"]);

const reportSelect = {
  id: true,
  regionId: true,
  month: true,
  status: true,
  adjacentIndustryJobs: true,
  comment: true,
  reviewComment: true,
  figures: true,
  submittedAt: true,
  submittedById: true,
  reviewedAt: true,
  reviewedById: true,
} as const;
type StoredReport = Prisma.MonthlyReportGetPayload<{ select: typeof reportSelect }>;

/** What the audit log keeps of a report (the month as "YYYY-MM"). */
function auditSnapshot(report: StoredReport | null) {
  if (!report) return null;
  const { id: _id, month, ...rest } = report;
  return { ...rest, month: monthKeyOf(month) };
}

function findReport(tx: Tx, { regionId, month }: ReportTarget) {
  return tx.monthlyReport.findUnique({ where: { regionId_month: { regionId, month: monthStartDate(month) } }, select: reportSelect });
}

async function assertReportable(tx: Tx, month: MonthKey, now: Date) {
  const rows = await tx.$queryRaw<Array<{ year: number | null }>>`
    SELECT greatest((SELECT max("programmeYear") FROM "Project"), (SELECT max("programmeYear") FROM "Target")) AS year`;
  if (!isInPeriod(month, reportingPeriod(rows[0]?.year ?? null))) throw new DomainError("notInPeriod");
  if (!monthHasEnded(month, now)) throw new DomainError("monthNotEnded");
}

export type SubmitResult = { id: number; adjacentDecreased: boolean; previousAdjacentIndustryJobs: number | null };

/**
 * Submits the region's report for the month: computes and freezes the figures, sets SUBMITTED.
 * Holds the region's exclusive report lock, so no write into the month can slip in between the
 * figures being computed and the month being locked (writes take the shared lock in
 * assertMonthsOpen and then see SUBMITTED).
 */
export async function submitReport(actor: Actor, target: ReportTarget, input: SubmitReportInput, now = new Date()): Promise<SubmitResult> {
  requirePermission(actor, "report.submit", { regionId: target.regionId });
  return prisma.$transaction(async (tx) => {
    await lockRegionReports(tx, target.regionId);
    await assertReportable(tx, target.month, now);
    const before = await findReport(tx, target);
    if (before && !SUBMITTABLE.has(before.status)) throw new DomainError("notSubmittable", undefined, { status: before.status });
    const previous = await findReport(tx, { regionId: target.regionId, month: addMonths(target.month, -1) });

    const rows = await tx.$queryRaw<FiguresRow[]>(monthFiguresSql(target.regionId, target.month));
    const run: RunSql = (query) => tx.$queryRaw(query);
    const districts = await districtMonthFigures(run, target.regionId, await districtScopes(run, target.regionId), [target.month]);
    const figures = freezeFigures(target.month, toMonthFigures(rows[0]!, input.adjacentIndustryJobs), now, districts.get(target.month));
    const fields = {
      status: "SUBMITTED" as const,
      adjacentIndustryJobs: input.adjacentIndustryJobs,
      comment: input.comment,
      figures,
      submittedAt: now,
      submittedById: actor.id,
    };
    const after = await tx.monthlyReport.upsert({
      where: { regionId_month: { regionId: target.regionId, month: monthStartDate(target.month) } },
      create: { regionId: target.regionId, month: monthStartDate(target.month), ...fields },
      update: fields,
      select: reportSelect,
    });
    // Every submission is kept as it was: a month reopened and resubmitted shows what changed.
    const versions = await tx.reportVersion.count({ where: { reportId: after.id } });
    await tx.reportVersion.create({
      data: { reportId: after.id, version: versions + 1, figures, adjacentIndustryJobs: input.adjacentIndustryJobs, comment: input.comment, submittedAt: now, submittedById: actor.id },
    });
    await recordAudit(tx, { actorId: actor.id, entity: "monthlyReport", entityId: after.id, action: "submit", before: auditSnapshot(before), after: auditSnapshot(after) });
    const previousValue = previous?.adjacentIndustryJobs ?? null;
    return { id: after.id, adjacentDecreased: adjacentJobsDecreased(previousValue, input.adjacentIndustryJobs), previousAdjacentIndustryJobs: previousValue };
  });
}

/**
 * An analyst's decision on a submitted report. Approving keeps the month locked for good;
 * returning (with the reason, which the akimat sees) opens it for corrections and resubmission.
 */
export async function reviewReport(actor: Actor, target: ReportTarget, input: ReviewReportInput, now = new Date()): Promise<{ id: number; status: ReportStatus }> {
  requirePermission(actor, "report.review", { regionId: target.regionId });
  if (input.decision === "return" && !input.reviewComment) throw new DomainError("returnCommentRequired", "reviewComment");
  return prisma.$transaction(async (tx) => {
    await lockRegionReports(tx, target.regionId);
    const before = await findReport(tx, target);
    if (!before) throw new DomainError("notFound");
    if (before.status !== "SUBMITTED") throw new DomainError("notReviewable", undefined, { status: before.status });
    const after = await tx.monthlyReport.update({
      where: { id: before.id },
      data: {
        status: input.decision === "approve" ? "APPROVED" : "RETURNED",
        reviewComment: input.reviewComment,
        reviewedAt: now,
        reviewedById: actor.id,
      },
      select: reportSelect,
    });
    await recordAudit(tx, { actorId: actor.id, entity: "monthlyReport", entityId: after.id, action: input.decision, before: auditSnapshot(before), after: auditSnapshot(after) });
    return { id: after.id, status: after.status };
  });
}

// Corrections of a submitted or approved month (docs/domain.md, "Corrections"): the region's
// akimat asks to reopen it, with a reason; an analyst approves — the report is returned and the
// month opens for edits and resubmission — or refuses, with a reason. Each resubmission is kept as
// a version (ReportVersion, written by submitReport). Every step is one transaction with its
// AuditEvent on the report, so the report's history tells the whole story.

async function lockedReport(tx: Tx, { regionId, month }: ReportTarget) {
  // The region's report lock: a request, a decision and a submission of one region never interleave.
  await lockRegionReports(tx, regionId);
  return tx.monthlyReport.findUnique({
    where: { regionId_month: { regionId, month: monthStartDate(month) } },
    select: { id: true, status: true, reopenRequests: { where: { status: "PENDING" }, select: { id: true, reason: true } } },
  });
}

export async function requestReopening(actor: Actor, target: ReportTarget, input: ReopenRequestInput, now = new Date()): Promise<{ id: number }> {
  requirePermission(actor, "report.requestReopen", { regionId: target.regionId });
  if (!input.reason?.trim()) throw new DomainError("reasonRequired", "reason");
  return prisma.$transaction(async (tx) => {
    const report = await lockedReport(tx, target);
    if (!report || (report.status !== "SUBMITTED" && report.status !== "APPROVED")) throw new DomainError("notReopenable");
    if (report.reopenRequests.length > 0) throw new DomainError("reopenPending");
    const request = await tx.reopenRequest.create({ data: { reportId: report.id, reason: input.reason, requestedById: actor.id, requestedAt: now } });
    await recordAudit(tx, { actorId: actor.id, entity: "monthlyReport", entityId: report.id, action: "requestReopen", after: { status: report.status, comment: input.reason } });
    return { id: request.id };
  });
}

export async function decideReopening(actor: Actor, target: ReportTarget, input: ReopenDecisionInput, now = new Date()): Promise<{ reopened: boolean }> {
  requirePermission(actor, "report.review", { regionId: target.regionId });
  if (input.decision === "refuse" && !input.comment) throw new DomainError("refuseCommentRequired", "comment");
  return prisma.$transaction(async (tx) => {
    const report = await lockedReport(tx, target);
    const pending = report?.reopenRequests[0];
    if (!report || !pending) throw new DomainError("noReopenRequest");
    const reopened = input.decision === "approve";
    await tx.reopenRequest.update({
      where: { id: pending.id },
      data: { status: reopened ? "APPROVED" : "REFUSED", decidedAt: now, decidedById: actor.id, decisionComment: input.comment },
    });
    if (reopened) {
      // Returned, with the akimat's own reason as what to correct (and the analyst's word, if any).
      await tx.monthlyReport.update({
        where: { id: report.id },
        data: { status: "RETURNED", reviewComment: input.comment ? `${pending.reason}\n${input.comment}` : pending.reason, reviewedAt: now, reviewedById: actor.id },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id, entity: "monthlyReport", entityId: report.id, action: reopened ? "reopen" : "refuseReopen",
      before: { status: report.status }, after: { status: reopened ? "RETURNED" : report.status, reviewComment: input.comment },
    });
    return { reopened };
  });
}
