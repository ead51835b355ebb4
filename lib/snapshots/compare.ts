// The change between two snapshots, per figure and per region. Pure; regions are matched
// by KATO code, so a region present in only one snapshot shows with the other side empty.
import type { RegionIdentity, ScopeFigures, SnapshotFigures } from "./schema";

export const comparedFigures = [
  "projects",
  "peopleEmployed",
  "referred",
  "youthReferred",
  "youth",
  "commissioned",
  "permanentJobs",
  "plannedPermanentJobs",
  "adjacentIndustryJobs",
  "allocated",
  "disbursed",
] as const satisfies ReadonlyArray<keyof ScopeFigures>;

export type ComparedFigure = (typeof comparedFigures)[number];

export type Change = { from: number | null; to: number | null; change: number | null };

export type FigureChanges = Record<ComparedFigure, Change>;

export type Comparison = {
  national: FigureChanges;
  regions: Array<{ region: RegionIdentity; figures: FigureChanges }>;
};

/** Money is kept in tiyn-exact tenge; the difference is rounded back to two decimals. */
function difference(from: number | null, to: number | null): number | null {
  if (from === null || to === null) return null;
  return Math.round((to - from) * 100) / 100;
}

function changes(from: ScopeFigures | undefined, to: ScopeFigures | undefined): FigureChanges {
  const result = {} as FigureChanges;
  for (const key of comparedFigures) {
    const a = from ? from[key] : null;
    const b = to ? to[key] : null;
    result[key] = { from: a, to: b, change: difference(a, b) };
  }
  return result;
}

export function compareSnapshots(from: SnapshotFigures, to: SnapshotFigures): Comparison {
  const codes = [...new Set([...from.regions, ...to.regions].map((region) => region.code))].sort();
  return {
    national: changes(from.national, to.national),
    regions: codes.map((code) => {
      const a = from.regions.find((region) => region.code === code);
      const b = to.regions.find((region) => region.code === code);
      const { regionId, nameRu, nameKk, nameEn } = (b ?? a)!;
      return { region: { regionId, code, nameRu, nameKk, nameEn }, figures: changes(a, b) };
    }),
  };
}
