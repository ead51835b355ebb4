// A region's figures for one reporting month, COMPUTED from the records (the akimat
// reviews them, it does not type them). Only the adjacent-industry
// jobs are typed by the region. Definitions, for region R and month M (days in Kazakhstan's
// calendar, dates as stored):
// - projects in work at M's end: actual start on or before M's last day and no actual end by
//   then — by the dates, so that a past month shows what was true then — and not suspended;
// - projects suspended at M's end: the same dates, and the project's latest status on or before
//   M's last day (ProjectStatusChange, dated by the akimat's "status since") is SUSPENDED;
// - projects started / completed / commissioned in M: actualStart / actualEnd / commissionedAt in M;
// - hires in M: placements with hiredAt in M, of them referred by an employment centre, youth;
// - people working during M: DISTINCT workers with a placement that overlaps M (hired on or
//   before M's last day, not ended before its first) — the number the ministry asks regions for;
// - people employed, referred, youth, youth among referred: DISTINCT workers with a placement
//   (of that kind) hired on or before M's last day, on any of R's projects — cumulative;
// - permanent jobs created in M (createdOn in M) and cumulative to M's end;
// - funding allocated / disbursed: as of M's last day — the sum of R's projects' dated funding
//   changes (FundingChange) on or before it, so a later change never rewrites the month;
// - adjacent-industry jobs: typed by the region, CUMULATIVE as of M's end.
// Computed straight from the records of the one region (about 5% of the rows; the SQL is in
// figures-sql.ts), so the figures are exact whatever state the dashboard summaries are in.
// No server-only imports here: the submit form uses the helpers in the browser.
import { z } from "zod";
import { ADDED_LATER, FIGURE_KEYS, MONEY_FIGURES, type FigureKey, type MonthFigures } from "./figure-keys";
import type { MonthKey } from "./period";

export { ADDED_LATER, FIGURE_GROUPS, FIGURE_KEYS, MONEY_FIGURES, type FigureKey, type MonthFigures } from "./figure-keys";

const figuresShape = z.object(
  Object.fromEntries(FIGURE_KEYS.map((key) => [key, ADDED_LATER.has(key) || key === "adjacentIndustryJobs" ? z.number().optional() : z.number()])) as unknown as Record<FigureKey, z.ZodOptional<z.ZodNumber>>,
);

/** What MonthlyReport.figures holds: the figures as computed at submission, the region's and its districts'. */
export const frozenFiguresSchema = z.object({
  version: z.literal(1),
  month: z.string(),
  computedAt: z.string(),
  figures: figuresShape,
  /** Absent in reports submitted before districts were frozen. */
  districts: z.array(z.object({ districtId: z.number().nullable(), figures: figuresShape })).optional(),
});

/**
 * A district's figures: those of the region's definitions, counted over the district's projects
 * (a person on projects in two districts counts once in each). Adjacent-industry jobs are typed
 * for the region only.
 */
export type DistrictFigures = { districtId: number | null; figures: Partial<MonthFigures> };

/** Frozen figures: a figure added to reports after the submission is undefined. */
export type FrozenFigures = { version: 1; month: string; computedAt: string; figures: Partial<MonthFigures>; districts?: DistrictFigures[] };

export function freezeFigures(month: MonthKey, figures: MonthFigures, computedAt: Date, districts: DistrictFigures[] = []): FrozenFigures & { figures: MonthFigures } {
  return { version: 1, month, computedAt: computedAt.toISOString(), figures, districts };
}

/** A district's row: the region's figures without the region-only typed one. */
export function districtFigures(districtId: number | null, figures: MonthFigures): DistrictFigures {
  const { adjacentIndustryJobs: _typed, ...counted } = figures;
  return { districtId, figures: counted };
}

/** The stored figures, or null when there are none or they are not in the known shape. */
export function parseFrozenFigures(value: unknown): FrozenFigures | null {
  const parsed = frozenFiguresSchema.safeParse(value);
  return parsed.success ? (parsed.data as FrozenFigures) : null;
}

/** Figures whose value now differs from the frozen one (a change after submission); one not recorded then cannot. */
export function changedFigures(frozen: Partial<MonthFigures>, live: MonthFigures): FigureKey[] {
  return FIGURE_KEYS.filter((key) => frozen[key] !== undefined && frozen[key] !== live[key]);
}

export type FigureDifferences = Partial<Record<FigureKey, number>>;

/** By how much today's data differ from the frozen figures (current − frozen), for the figures that differ. */
export function figureDifferences(frozen: Partial<MonthFigures>, live: MonthFigures): FigureDifferences {
  return Object.fromEntries(
    changedFigures(frozen, live).map((key) => [key, MONEY_FIGURES.has(key) ? tenge(live[key] - frozen[key]!) : live[key] - frozen[key]!]),
  );
}

/**
 * Adjacent-industry jobs are cumulative, so a value below last month's is suspicious — but it
 * can be a correction, so the form warns and does not refuse.
 */
export function adjacentJobsDecreased(previous: number | null, value: number): boolean {
  return previous !== null && value < previous;
}

/** Tenge with kopecks, as a number (sums of numeric(16,2) fit a double exactly up to ~9·10¹³). */
export function tenge(value: unknown): number {
  return Math.round(Number(value ?? 0) * 100) / 100;
}

export type FiguresRow = {
  projects_in_work: number;
  projects_suspended: number;
  projects_started: number;
  projects_completed: number;
  projects_commissioned: number;
  hires: number;
  people_working: number;
  hires_referred: number;
  hires_youth: number;
  people: number;
  referred: number;
  youth: number;
  youth_referred: number;
  jobs_created: number;
  jobs: number;
  allocated: string | number | null;
  disbursed: string | number | null;
};

export function toMonthFigures(row: FiguresRow, adjacentIndustryJobs: number): MonthFigures {
  return {
    projectsInWork: Number(row.projects_in_work),
    projectsSuspended: Number(row.projects_suspended),
    projectsStarted: Number(row.projects_started),
    projectsCompleted: Number(row.projects_completed),
    projectsCommissioned: Number(row.projects_commissioned),
    hires: Number(row.hires),
    peopleWorking: Number(row.people_working),
    hiresReferred: Number(row.hires_referred),
    hiresYouth: Number(row.hires_youth),
    peopleEmployed: Number(row.people),
    referred: Number(row.referred),
    youth: Number(row.youth),
    youthReferred: Number(row.youth_referred),
    permanentJobsCreated: Number(row.jobs_created),
    permanentJobs: Number(row.jobs),
    allocated: tenge(row.allocated),
    disbursed: tenge(row.disbursed),
    adjacentIndustryJobs,
  };
}

export type VersionChange = { key: FigureKey; from: number; to: number };

/** What a resubmission changed: the figures recorded in both versions whose values differ, in table order. */
export function versionChanges(older: Partial<MonthFigures>, newer: Partial<MonthFigures>): VersionChange[] {
  return FIGURE_KEYS.flatMap((key) => {
    const from = older[key];
    const to = newer[key];
    return from !== undefined && to !== undefined && from !== to ? [{ key, from, to }] : [];
  });
}
