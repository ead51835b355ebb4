// What a summary report shows, whether its figures are live or frozen in a snapshot: the scope
// (the country or one region) in full, and the short table of all regions. Pure.
import { FIGURES } from "@/lib/dashboard/headline";
import type { NarrativeFigures } from "@/lib/narrative/narrative";
import type { FullScope, RegionIdentity, RegionRow, SnapshotFigures } from "./schema";
import { fulfilmentPercent } from "@/lib/dashboard/percent";

export type ReportFigures = {
  /** The moment the figures describe. */
  asOf: Date;
  /** Set for a report as of the end of a month ("YYYY-MM"), counted from the records' own dates. */
  endOfMonth?: string;
  scope: FullScope;
  /** The region the report is about; null for the whole country. */
  region: RegionIdentity | null;
  regions: RegionRow[];
};

/** Strips a full region down to its identity. */
export function identityOf(region: RegionIdentity): RegionIdentity {
  const { regionId, code, nameRu, nameKk, nameEn } = region;
  return { regionId, code, nameRu, nameKk, nameEn };
}

/** The report "as of" a snapshot; null when the snapshot has no region with that code. */
export function reportOfSnapshot(figures: SnapshotFigures, regionCode: string | null): ReportFigures | null {
  const regions: RegionRow[] = figures.regions.map(({ projectsByWorkType: _w, projectsByCategory: _c, series: _s, ...row }) => row);
  const base = { asOf: new Date(figures.asOf), regions };
  if (regionCode === null) return { ...base, scope: figures.national, region: null };
  const region = figures.regions.find((candidate) => candidate.code === regionCode);
  if (!region) return null;
  const { regionId: _id, code: _code, nameRu: _ru, nameKk: _kk, nameEn: _en, ...scope } = region;
  return { ...base, scope, region: identityOf(region) };
}

/** The narrative's input from a scope's figures. */
export function narrativeFiguresOf(scope: FullScope): NarrativeFigures {
  return {
    projects: scope.projects,
    projectsByWorkType: scope.projectsByWorkType,
    peopleEmployed: scope.peopleEmployed,
    referred: scope.referred,
    youthReferred: scope.youthReferred,
    commissioned: scope.commissioned,
    permanentJobs: scope.permanentJobs,
    plannedPermanentJobs: scope.plannedPermanentJobs,
    adjacentIndustryJobs: scope.adjacentIndustryJobs,
  };
}



/** The headline figures of a report: every figure of the catalogue (lib/dashboard/headline.ts), by its field. */
export type HeadlineKey = (typeof FIGURES)[number]["field"];

/** The programme years a scope's targets cover (see targetsSchema); null: none set. */
export function targetYearsOfScope(targets: { year: number | null; years?: { from: number; to: number } | null }): { from: number; to: number } | null {
  if (targets.years) return targets.years;
  return targets.year === null ? null : { from: targets.year, to: targets.year };
}

/** The target column's heading: one year, the whole programme summed, or no year. */
export function targetHeading(t: (key: "summary.table.target" | "summary.table.targetYears" | "summary.table.targetNoYear", values?: Record<string, string>) => string, targets: Parameters<typeof targetYearsOfScope>[0]): string {
  const years = targetYearsOfScope(targets);
  if (years === null) return t("summary.table.targetNoYear");
  return years.from === years.to ? t("summary.table.target", { year: String(years.from) }) : t("summary.table.targetYears", { from: String(years.from), to: String(years.to) });
}

export type HeadlineRow = { key: HeadlineKey; value: number | null; target: number | null; percent: number | null };

/** Value, target and share of the target (whole percent, lib/dashboard/percent.ts; null without a target). */
export function headlineOf(scope: FullScope | RegionRow): HeadlineRow[] {
  return FIGURES.map(({ field: key, target: metric }) => {
    const value = scope[key];
    const target = metric ? (scope.targets.values[metric] ?? null) : null;
    const percent = fulfilmentPercent(value, target);
    return { key, value, target, percent };
  });
}
