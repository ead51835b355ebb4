// Reads of the monthly reports. Each takes the viewer and asks the permission table
// again with the record's region as stored (pages check first; this is the second lock).
import "server-only";
import { prismaRead } from "@/lib/db/client";
import type { ReportStatus } from "@/generated/prisma/enums";
import { allows, requirePermission, type Actor } from "@/lib/auth/permissions";
import { figureDifferences, parseFrozenFigures, toMonthFigures, type DistrictFigures, type FigureDifferences, type FiguresRow, type FrozenFigures, type MonthFigures } from "./figures";
import { monthFiguresSql } from "./figures-sql";
import { districtMonthFigures, districtScopes, type DistrictScope, type RunSql } from "./district-figures";
import { addMonths, monthKeyOf, monthStartDate, reportingPeriod, type MonthKey } from "./period";
import { approvedTotals, type ApprovedTotals } from "./approved-totals";

export type RegionRef = { id: number; code: string; nameRu: string; nameKk: string; nameEn: string };
const regionSelect = { id: true, code: true, nameRu: true, nameKk: true, nameEn: true } as const;

/** The latest programme year of the projects or the targets (see lib/reports/period.ts). */
export async function getLatestProgrammeYear(): Promise<number | null> {
  const rows = await prismaRead.$queryRaw<Array<{ year: number | null }>>`
    SELECT greatest((SELECT max("programmeYear") FROM "Project"), (SELECT max("programmeYear") FROM "Target")) AS year`;
  return rows[0]?.year ?? null;
}

export async function getReportingPeriod(): Promise<MonthKey[]> {
  return reportingPeriod(await getLatestProgrammeYear());
}

export async function findRegionByCode(code: string): Promise<RegionRef | null> {
  return prismaRead.region.findUnique({ where: { code }, select: regionSelect });
}

export type ReportCell = { regionId: number; month: MonthKey; status: ReportStatus; submittedAt: Date | null };

export type ReportsOverview = {
  period: MonthKey[];
  regions: RegionRef[];
  /** Stored reports of the period; a month with no row has no report yet. */
  reports: ReportCell[];
};

/**
 * Every region's reports over the reporting period (analysts), or the viewer's own region's
 * (akimats: the permission returns their region and nothing else is read).
 */
export async function getReportsOverview(viewer: Actor): Promise<ReportsOverview> {
  const { regionId } = requirePermission(viewer, "report.read");
  const period = await getReportingPeriod();
  const where = regionId === null ? {} : { id: regionId };
  const [regions, rows] = await Promise.all([
    prismaRead.region.findMany({ where, select: regionSelect, orderBy: { code: "asc" } }),
    period.length === 0
      ? Promise.resolve([])
      : prismaRead.monthlyReport.findMany({
          where: {
            ...(regionId === null ? {} : { regionId }),
            month: { gte: monthStartDate(period[0]!), lte: monthStartDate(period.at(-1)!) },
          },
          select: { regionId: true, month: true, status: true, submittedAt: true },
        }),
  ]);
  return {
    period,
    regions,
    reports: rows.map((row) => ({ regionId: row.regionId, month: monthKeyOf(row.month), status: row.status, submittedAt: row.submittedAt })),
  };
}

/** The month's figures computed now from the records (lib/reports/figures.ts). */
export async function computeMonthFigures(regionId: number, month: MonthKey, adjacentIndustryJobs: number): Promise<MonthFigures> {
  const rows = await prismaRead.$queryRaw<FiguresRow[]>(monthFiguresSql(regionId, month));
  return toMonthFigures(rows[0]!, adjacentIndustryJobs);
}

export type ReportHistoryEntry = {
  id: string;
  at: Date;
  action: string;
  actorName: string | null;
  status: ReportStatus | null;
  comment: string | null;
};

export type ReportDetails = {
  region: RegionRef;
  month: MonthKey;
  report: {
    id: number;
    status: ReportStatus;
    adjacentIndustryJobs: number;
    comment: string | null;
    reviewComment: string | null;
    submittedAt: Date | null;
    submittedByName: string | null;
    reviewedAt: Date | null;
    reviewedByName: string | null;
  } | null;
  /**
   * Figures as computed now: what a month with no frozen figures shows. Once the figures are
   * frozen the report shows only those, and today's are read for reviewers alone (null otherwise).
   */
  live: MonthFigures | null;
  /** Figures as they were at submission, when the report holds them. */
  frozen: FrozenFigures | null;
  /** For a reviewer of a frozen report: current − frozen, for each figure that differs. */
  differences: FigureDifferences | null;
  /** The district breakdown: frozen at submission once frozen (districtsFrozen), else computed now. */
  districts: Array<DistrictFigures & Omit<DistrictScope, "districtId">>;
  districtsFrozen: boolean;
  /** Adjacent-industry jobs of the previous month's report (cumulative), if any. */
  previousAdjacentIndustryJobs: number | null;
  history: ReportHistoryEntry[];
  /** Each submission as it was submitted, oldest first. */
  versions: ReportVersionView[];
  /** The akimat's requests to reopen the month and the decisions, oldest first. */
  reopenRequests: ReopenRequestView[];
};

export type ReportVersionView = {
  version: number;
  submittedAt: Date;
  submittedByName: string | null;
  adjacentIndustryJobs: number;
  comment: string | null;
  figures: Partial<MonthFigures>;
};

export type ReopenRequestView = {
  id: number;
  status: "PENDING" | "APPROVED" | "REFUSED";
  reason: string;
  requestedAt: Date;
  requestedByName: string;
  decidedAt: Date | null;
  decidedByName: string | null;
  decisionComment: string | null;
};

/** One region's report for one month, with its figures and history; region checked as stored. */
export async function getReportDetails(viewer: Actor, region: RegionRef, month: MonthKey): Promise<ReportDetails> {
  requirePermission(viewer, "report.read", { regionId: region.id });
  const [report, previous] = await Promise.all([
    prismaRead.monthlyReport.findUnique({
      where: { regionId_month: { regionId: region.id, month: monthStartDate(month) } },
      include: { submittedBy: { select: { name: true } }, reviewedBy: { select: { name: true } } },
    }),
    prismaRead.monthlyReport.findUnique({
      where: { regionId_month: { regionId: region.id, month: monthStartDate(addMonths(month, -1)) } },
      select: { adjacentIndustryJobs: true },
    }),
  ]);
  const frozen = parseFrozenFigures(report?.figures);
  // An approved report is what was submitted, forever; the current data are a reviewer's check.
  const reviewer = allows(viewer, "report.review", { regionId: region.id });
  const run: RunSql = (query) => prismaRead.$queryRaw(query);
  const scopes = await districtScopes(run, region.id);
  const frozenDistricts = frozen?.districts ?? null;
  const [live, history, versions, reopenRequests, liveDistricts] = await Promise.all([
    frozen && !reviewer ? Promise.resolve(null) : computeMonthFigures(region.id, month, report?.adjacentIndustryJobs ?? 0),
    report ? reportHistory(report.id) : Promise.resolve([]),
    report ? reportVersions(report.id) : Promise.resolve([]),
    report ? reportReopenRequests(report.id) : Promise.resolve([]),
    frozenDistricts ? Promise.resolve(null) : districtMonthFigures(run, region.id, scopes, [month]).then((byMonth) => byMonth.get(month) ?? []),
  ]);
  // Names of every district of the region: a frozen district may have no projects any more.
  const names = new Map<number | null, Omit<DistrictScope, "districtId">>(
    (await prismaRead.district.findMany({ where: { regionId: region.id }, select: { id: true, nameRu: true, nameKk: true, nameEn: true } }))
      .map(({ id, ...name }) => [id, name]),
  );
  const districts = (frozenDistricts ?? liveDistricts ?? []).map((row) => {
    const scope = names.get(row.districtId);
    return { ...row, nameRu: scope?.nameRu ?? null, nameKk: scope?.nameKk ?? null, nameEn: scope?.nameEn ?? null };
  });
  return {
    region,
    month,
    report: report && {
      id: report.id,
      status: report.status,
      adjacentIndustryJobs: report.adjacentIndustryJobs,
      comment: report.comment,
      reviewComment: report.reviewComment,
      submittedAt: report.submittedAt,
      submittedByName: report.submittedBy?.name ?? null,
      reviewedAt: report.reviewedAt,
      reviewedByName: report.reviewedBy?.name ?? null,
    },
    live,
    frozen,
    differences: frozen && live ? figureDifferences(frozen.figures, live) : null,
    districts,
    districtsFrozen: frozenDistricts !== null,
    previousAdjacentIndustryJobs: previous?.adjacentIndustryJobs ?? null,
    history,
    versions,
    reopenRequests,
  };
}

async function reportVersions(reportId: number): Promise<ReportVersionView[]> {
  const rows = await prismaRead.reportVersion.findMany({
    where: { reportId },
    orderBy: { version: "asc" },
    include: { submittedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    version: row.version,
    submittedAt: row.submittedAt,
    submittedByName: row.submittedBy?.name ?? null,
    adjacentIndustryJobs: row.adjacentIndustryJobs,
    comment: row.comment,
    figures: parseFrozenFigures(row.figures)?.figures ?? {},
  }));
}

async function reportReopenRequests(reportId: number): Promise<ReopenRequestView[]> {
  const rows = await prismaRead.reopenRequest.findMany({
    where: { reportId },
    orderBy: { id: "asc" },
    include: { requestedBy: { select: { name: true } }, decidedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    reason: row.reason,
    requestedAt: row.requestedAt,
    requestedByName: row.requestedBy.name,
    decidedAt: row.decidedAt,
    decidedByName: row.decidedBy?.name ?? null,
    decisionComment: row.decisionComment,
  }));
}

async function reportHistory(reportId: number): Promise<ReportHistoryEntry[]> {
  const events = await prismaRead.auditEvent.findMany({
    where: { entity: "monthlyReport", entityId: String(reportId) },
    orderBy: { at: "desc" },
    select: { id: true, at: true, action: true, after: true, actor: { select: { name: true } } },
  });
  return events.map((event) => {
    const after = (event.after ?? {}) as { status?: ReportStatus; comment?: string | null; reviewComment?: string | null };
    return {
      id: event.id.toString(),
      at: event.at,
      action: event.action,
      actorName: event.actor?.name ?? null,
      status: after.status ?? null,
      comment: (event.action === "submit" || event.action === "requestReopen" ? after.comment : after.reviewComment) ?? null,
    };
  });
}

/**
 * National figures from each region's latest approved report up to `untilMonth` (all months if
 * absent), as frozen at submission (lib/reports/approved-totals.ts). Readable by anyone who may
 * read the summary: they are aggregates of reports, no personal data.
 */
export async function getApprovedTotals(untilMonth?: MonthKey): Promise<ApprovedTotals<RegionRef>> {
  const until = untilMonth ? monthStartDate(untilMonth) : new Date("9999-12-01T00:00:00Z");
  const [reports, regions] = await Promise.all([
    prismaRead.monthlyReport.findMany({
      where: { status: "APPROVED", month: { lte: until } },
      distinct: ["regionId"],
      orderBy: [{ regionId: "asc" }, { month: "desc" }],
      select: { regionId: true, month: true, figures: true, adjacentIndustryJobs: true },
    }),
    prismaRead.region.findMany({ orderBy: { code: "asc" }, select: regionSelect }),
  ]);
  const byId = new Map(regions.map((region) => [region.id, region]));
  const approved = reports.map((report) => {
    const frozen = parseFrozenFigures(report.figures);
    // Reports frozen before the typed figure was part of the frozen set keep it in its column.
    const figures = frozen ? { adjacentIndustryJobs: report.adjacentIndustryJobs, ...frozen.figures } : null;
    return { region: byId.get(report.regionId)!, month: monthKeyOf(report.month), figures };
  });
  const reporting = new Set(reports.map((report) => report.regionId));
  return approvedTotals(approved, regions.filter((region) => !reporting.has(region.id)));
}
