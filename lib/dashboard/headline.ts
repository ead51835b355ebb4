// The national headline figures of the Employment Roadmap, as named in the Prime Minister's
// reply to inquiry ДЗ-145 (30.09.2020). Pure types and mappings: no I/O, safe in any bundle.
import type { TargetMetric } from "@/generated/prisma/enums";
import type { Figures, MonthPoint } from "@/lib/summary/schema";

/**
 * The figure catalogue: every headline figure declared once, in the order the reply names them.
 * - `key`: the dashboard's name of the figure (cards, regions table, exports; label
 *   `headline.<key>`, explanation `headline.<note>` in messages/*.json);
 * - `field`: where the summary figures (lib/summary) and the reports' frozen scopes
 *   (lib/snapshots) hold its value (label in reports `summary.figures.<field>`);
 * - `target`: the Target row it is measured against, if any, on the dashboard and in reports
 *   alike (youth among all employed has none: the letter's "из них более 43 тыс. молодых людей"
 *   counts youth among the referred, docs/domain.md);
 * - `series`: the cumulative monthly series that dates it ("change since last month"), or null
 *   when no record dates it (projects count whatever their dates; adjacent-industry jobs come
 *   from reports);
 * - `dashboard`: false for a figure only the summary report shows.
 * A new figure is one entry here, its value in lib/summary, and its labels (docs/recipes.md).
 */
export const FIGURES = [
  { key: "projects", field: "projects", target: "PROJECTS", series: null, note: "projectsNote", dashboard: true },
  { key: "peopleEmployed", field: "peopleEmployed", target: "PEOPLE_EMPLOYED", series: "peopleEmployed", note: "peopleEmployedNote", dashboard: true },
  {
    key: "referredByEmploymentCentres",
    field: "referred",
    target: "REFERRED_BY_EMPLOYMENT_CENTRES",
   
    series: "referred",
    note: "referredByEmploymentCentresNote",
    dashboard: true,
  },
  // The letter's "из них более 43 тыс. молодых людей" is read against the referred, and only
  // that figure has the youth target; youth among all employed is shown beside it for context.
  { key: "youthAmongReferred", field: "youthReferred", target: "YOUTH", series: "youthReferred", note: "youthNote", dashboard: true },
  { key: "youthAmongAll", field: "youth", target: null, series: "youth", note: "youthNote", dashboard: true },
  { key: "objectsCommissioned", field: "commissioned", target: "OBJECTS_COMMISSIONED", series: "projectsCommissioned", note: "objectsCommissionedNote", dashboard: true },
  { key: "permanentJobs", field: "permanentJobs", target: "PERMANENT_JOBS", series: "permanentJobs", note: "permanentJobsNote", dashboard: true },
  { key: "plannedPermanentJobs", field: "plannedPermanentJobs", target: null, series: null, note: null, dashboard: false },
  { key: "adjacentIndustryJobs", field: "adjacentIndustryJobs", target: "ADJACENT_INDUSTRY_JOBS", series: null, note: "adjacentIndustryJobsNote", dashboard: true },
] as const satisfies ReadonlyArray<{
  key: string;
  field: keyof Figures;
  target: TargetMetric | null;
  series: Exclude<keyof MonthPoint, "month"> | null;
  note: string | null;
  dashboard: boolean;
}>;

type DashboardFigure = Extract<(typeof FIGURES)[number], { dashboard: true }>;
export type HeadlineMetric = DashboardFigure["key"];

/** The dashboard's headline figures, in order. */
export const headlineMetrics: readonly HeadlineMetric[] = FIGURES.filter((f): f is DashboardFigure => f.dashboard).map((f) => f.key);

const entryOf = Object.fromEntries(FIGURES.map((f) => [f.key, f])) as { [K in HeadlineMetric]: Extract<DashboardFigure, { key: K }> };

/** The catalogue's entry of a dashboard figure. */
export function figureOf<K extends HeadlineMetric>(metric: K): Extract<DashboardFigure, { key: K }> {
  return entryOf[metric];
}

/** value null: the figure cannot be split by the chosen filter (adjacent-industry jobs by category). */
export type HeadlineFigure = { value: number | null; target: number | null };

export type HeadlineFigures = {
  /** When the figures were read (the database's clock). */
  asOf: Date;
  /** Programme years whose targets are shown (summed when more than one); null when none is set. */
  targetYears: TargetYears;
  figures: Record<HeadlineMetric, HeadlineFigure>;
};

/** Whose figures: the whole country (regionId null) or one region. */
export type HeadlineScope = { regionId: number | null };

export const nationalScope: HeadlineScope = { regionId: null };

export type TargetValue = { metric: TargetMetric; programmeYear: number; value: number };

/** The headline values of a set of summary figures. */
export function headlineValues(figures: Figures): Record<HeadlineMetric, number | null> {
  return Object.fromEntries(headlineMetrics.map((metric) => [metric, figures[figureOf(metric).field]])) as Record<HeadlineMetric, number | null>;
}

/** The programme years targets are summed over: one year (from = to), the whole programme, or none. */
export type TargetYears = { from: number; to: number } | null;

/**
 * The programme years whose targets apply, so that targets and actuals count the same projects:
 * with a year chosen, that year (no targets if it has none: another year's plan would mislead);
 * with none, every year that has targets — the actuals then count every year's projects.
 */
export function targetYearsOf(targets: ReadonlyArray<TargetValue>, programmeYear?: number): TargetYears {
  if (programmeYear !== undefined) return targets.some((t) => t.programmeYear === programmeYear) ? { from: programmeYear, to: programmeYear } : null;
  if (targets.length === 0) return null;
  const years = targets.map((t) => t.programmeYear);
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** Each metric's target summed over the years (see targetYearsOf). */
export function summedTargets(targets: ReadonlyArray<TargetValue>, years: TargetYears): Map<TargetMetric, number> {
  const sums = new Map<TargetMetric, number>();
  if (!years) return sums;
  for (const t of targets) {
    if (t.programmeYear >= years.from && t.programmeYear <= years.to) sums.set(t.metric, (sums.get(t.metric) ?? 0) + t.value);
  }
  return sums;
}

/** Pairs counted values with the targets of the same programme years (see targetYearsOf). */
export function withTargets(
  values: Record<HeadlineMetric, number | null>,
  targets: ReadonlyArray<TargetValue>,
  programmeYear?: number,
): Pick<HeadlineFigures, "targetYears" | "figures"> {
  const targetYears = targetYearsOf(targets, programmeYear);
  const sums = summedTargets(targets, targetYears);
  const figures = Object.fromEntries(
    headlineMetrics.map((metric) => {
      const measuredBy = figureOf(metric).target;
      return [metric, { value: values[metric], target: measuredBy === null ? null : (sums.get(measuredBy) ?? null) }];
    }),
  ) as Record<HeadlineMetric, HeadlineFigure>;
  return { targetYears, figures };
}
