// Rows of the regions and districts tables: the headline figures of each place with the
// percentage of that place's own targets (Target rows with its regionId), and their sorting.
// Pure, so the page, the export and the tests build the very same rows.
import { headlineMetrics, headlineValues, withTargets, type HeadlineMetric, type TargetValue } from "./headline";
import { progressOf } from "./progress";
import type { Figures } from "@/lib/summary/schema";

export type PlaceRow = {
  /** Region or district id; null for a region's projects without a district. */
  id: number | null;
  /** KATO code for regions. */
  code: string | null;
  name: string;
  values: Record<HeadlineMetric, number | null>;
  /** Whole percent of the place's target, rounded down (progressOf); null without a target. */
  percents: Record<HeadlineMetric, number | null>;
  targets: Record<HeadlineMetric, number | null>;
};

export function placeRow(
  place: { id: number | null; code: string | null; name: string },
  figures: Figures,
  targets: ReadonlyArray<TargetValue>,
  programmeYear?: number,
): PlaceRow {
  const { figures: paired } = withTargets(headlineValues(figures), targets, programmeYear);
  const values = {} as PlaceRow["values"];
  const percents = {} as PlaceRow["percents"];
  const targetValues = {} as PlaceRow["targets"];
  for (const metric of headlineMetrics) {
    const { value, target } = paired[metric];
    values[metric] = value;
    targetValues[metric] = target;
    percents[metric] = value === null ? null : progressOf(value, target).percent;
  }
  return { ...place, values, percents, targets: targetValues };
}

export type SortKey = "name" | HeadlineMetric | `${HeadlineMetric}Percent`;
export type Sort = { key: SortKey; descending: boolean };

export const sortKeys: readonly SortKey[] = ["name", ...headlineMetrics, ...headlineMetrics.map((m) => `${m}Percent` as const)];

/** `?sort=peopleEmployed&dir=desc` → a sort; anything unknown falls back to the default. */
export function parseSort(sort: string | undefined, dir: string | undefined, fallback: Sort = { key: "name", descending: false }): Sort {
  const key = sortKeys.find((k) => k === sort);
  if (!key) return fallback;
  return { key, descending: dir === undefined ? key !== "name" : dir === "desc" };
}

function sortValue(row: PlaceRow, key: SortKey): number | null {
  if (key === "name") return null;
  if (key.endsWith("Percent")) return row.percents[key.slice(0, -"Percent".length) as HeadlineMetric];
  return row.values[key as HeadlineMetric];
}

/** Sorted copy; rows without a value go last whichever the direction, ties by name. */
export function sortRows(rows: readonly PlaceRow[], sort: Sort, locale: string): PlaceRow[] {
  const byName = (a: PlaceRow, b: PlaceRow) => a.name.localeCompare(b.name, locale);
  return [...rows].sort((a, b) => {
    if (sort.key === "name") return sort.descending ? byName(b, a) : byName(a, b);
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (sort.descending ? y - x : x - y) || byName(a, b);
  });
}
