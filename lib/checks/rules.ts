// Checks on the data: referred ≤ employed; disbursed ≤ allocated per source; dates in
// order; a commissioned object without permanent jobs; spending without any placement; a project
// not updated for 45 days; cost per job far outside the region's usual range; dates outside the
// programme's months. Each check lists
// the offending projects. The rules' parameters and the arithmetic that needs no database;
// the SQL that finds the projects is lib/checks/checks-sql.ts. No I/O here.
import type { ProjectStatus } from "@/generated/prisma/enums";
import { grantOf, type Actor } from "@/lib/auth/permissions";

export const CHECK_IDS = [
  "referredExceedsEmployed",
  "disbursedExceedsAllocated",
  "datesOutOfOrder",
  "commissionedWithoutPermanentJobs",
  "spendingWithoutPlacements",
  "staleProject",
  "costPerJobOutlier",
  "datesOutsideProgramme",
  "regionalNameDiffers",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * Checks only the ministry sees. "A region's name of a person differs from the national record"
 * would tell an akimat that the person is known elsewhere (docs/privacy.md), so it is for those
 * who keep the national record.
 */
const NATIONAL_ONLY: readonly CheckId[] = ["regionalNameDiffers"];

/** The checks `viewer` may run, in display order. */
export function checksVisibleTo(viewer: Pick<Actor, "role">): CheckId[] {
  const national = grantOf(viewer.role, "worker.nationalRecord.update") === "national";
  return CHECK_IDS.filter((check) => national || !NATIONAL_ONLY.includes(check));
}

export function isCheckId(value: unknown): value is CheckId {
  return typeof value === "string" && (CHECK_IDS as readonly string[]).includes(value);
}

/** A project whose record nobody touched for this many days is stale. */
export const STALE_AFTER_DAYS = 45;
/**
 * Only projects still under way can be stale: a completed or commissioned object has nothing
 * left to update (and the demo data, from 2020–2021, would otherwise flag every project).
 */
export const FINISHED_STATUSES: readonly ProjectStatus[] = ["COMPLETED", "COMMISSIONED"];

/**
 * Cost per job = money disbursed to the project / its placements. "Far outside the region's
 * usual range" = outside Tukey's far-out fences [Q1 − 3·IQR, Q3 + 3·IQR] of the costs of the
 * region's projects (3·IQR, not the 1.5·IQR of ordinary outliers: costs per job vary a lot
 * between a road and a school, and only the far-out ones are worth an analyst's call).
 */
export const OUTLIER_IQR_FACTOR = 3;
/** Fewer projects with a cost than this in a region give no meaningful range: no outliers then. */
export const MIN_PROJECTS_FOR_RANGE = 8;

export type Range = { low: number; high: number };

/** Tukey's fences around the quartiles. */
export function outlierFences(q1: number, q3: number, factor = OUTLIER_IQR_FACTOR): Range {
  const iqr = q3 - q1;
  return { low: q1 - factor * iqr, high: q3 + factor * iqr };
}

export function isOutside(value: number, range: Range): boolean {
  return value < range.low || value > range.high;
}

/**
 * The quartile as PostgreSQL's percentile_cont computes it (linear interpolation between the
 * closest ranks), for checking the SQL and for small in-memory lists.
 */
export function percentileCont(sortedValues: readonly number[], fraction: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const position = fraction * (sortedValues.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const below = sortedValues[lower]!;
  return below + (sortedValues[upper]! - below) * (position - lower);
}

/** Which rule of "dates in order" a project breaks. */
export const DATE_RULES = [
  "plannedStartAfterEnd",
  "actualStartAfterEnd",
  "commissionedBeforeEnd",
  "commissionedWithoutEnd",
  "placementEndedBeforeHired",
] as const;
export type DateRule = (typeof DATE_RULES)[number];

/** Whole days between two moments (the age of a record), rounding down. */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / 86_400_000);
}
