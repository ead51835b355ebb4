// The national headline figures of the Employment Roadmap, as named in the Prime Minister's
// reply to inquiry ДЗ-145 (30.09.2020). Pure types and mappings: no I/O, safe in any bundle.
import type { TargetMetric } from "@/generated/prisma/enums";
import type { Figures } from "@/lib/summary/schema";

export const headlineMetrics = [
  "projects",
  "peopleEmployed",
  "referredByEmploymentCentres",
  // The letter's "из них более 43 тыс. молодых людей" can be read against the referred or
  // against all employed (docs/domain.md); both are computed and labelled.
  "youthAmongReferred",
  "youthAmongAll",
  "objectsCommissioned",
  "permanentJobs",
  "adjacentIndustryJobs",
] as const;

export type HeadlineMetric = (typeof headlineMetrics)[number];

/** Which national Target row each figure is measured against. */
export const targetMetricOf: Record<HeadlineMetric, TargetMetric> = {
  projects: "PROJECTS",
  peopleEmployed: "PEOPLE_EMPLOYED",
  referredByEmploymentCentres: "REFERRED_BY_EMPLOYMENT_CENTRES",
  youthAmongReferred: "YOUTH",
  youthAmongAll: "YOUTH",
  objectsCommissioned: "OBJECTS_COMMISSIONED",
  permanentJobs: "PERMANENT_JOBS",
  adjacentIndustryJobs: "ADJACENT_INDUSTRY_JOBS",
};

/** value null: the figure cannot be split by the chosen filter (adjacent-industry jobs by category). */
export type HeadlineFigure = { value: number | null; target: number | null };

export type HeadlineFigures = {
  /** When the figures were read (the database's clock). */
  asOf: Date;
  /** Programme year of the targets shown; null when no national target exists. */
  targetYear: number | null;
  figures: Record<HeadlineMetric, HeadlineFigure>;
};

/** Whose figures: the whole country (regionId null) or one region. */
export type HeadlineScope = { regionId: number | null };

export const nationalScope: HeadlineScope = { regionId: null };

export type TargetValue = { metric: TargetMetric; programmeYear: number; value: number };

/** The headline values of a set of summary figures. */
export function headlineValues(figures: Figures): Record<HeadlineMetric, number | null> {
  return {
    projects: figures.projects,
    peopleEmployed: figures.peopleEmployed,
    referredByEmploymentCentres: figures.referred,
    youthAmongReferred: figures.youthReferred,
    youthAmongAll: figures.youth,
    objectsCommissioned: figures.commissioned,
    permanentJobs: figures.permanentJobs,
    adjacentIndustryJobs: figures.adjacentIndustryJobs,
  };
}

/**
 * The programme year whose targets apply: the filtered year when one is chosen (no targets if
 * that year has none: another year's plan would mislead), else the latest year that has any.
 */
export function targetYearOf(targets: ReadonlyArray<TargetValue>, programmeYear?: number): number | null {
  if (programmeYear !== undefined) return targets.some((t) => t.programmeYear === programmeYear) ? programmeYear : null;
  return targets.length ? Math.max(...targets.map((t) => t.programmeYear)) : null;
}

/** Pairs counted values with the targets of the chosen programme year (see targetYearOf). */
export function withTargets(
  values: Record<HeadlineMetric, number | null>,
  targets: ReadonlyArray<TargetValue>,
  programmeYear?: number,
): Pick<HeadlineFigures, "targetYear" | "figures"> {
  const targetYear = targetYearOf(targets, programmeYear);
  const ofYear = new Map(targets.filter((t) => t.programmeYear === targetYear).map((t) => [t.metric, t.value]));
  const figures = Object.fromEntries(
    headlineMetrics.map((metric) => [metric, { value: values[metric], target: ofYear.get(targetMetricOf[metric]) ?? null }]),
  ) as Record<HeadlineMetric, HeadlineFigure>;
  return { targetYear, figures };
}
