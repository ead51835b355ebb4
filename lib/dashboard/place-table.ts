// Compact rows of the regions and districts tables for the client table component: values in
// headlineMetrics order, links already built. Plain data, so the page sends numbers, not markup.
import { headlineMetrics } from "./headline";
import { sortKeys, type PlaceRow, type Sort, type SortKey } from "./table-rows";

export type PlaceTableRow = {
  /** Region code, district id or "none": the row's test id. */
  key: string;
  id: number | null;
  name: string;
  href: string | null;
  values: Array<number | null>;
  percents: Array<number | null>;
};

export function placeTableRows(rows: readonly PlaceRow[], href: (row: PlaceRow) => string | null): PlaceTableRow[] {
  return rows.map((row) => ({
    key: row.code ?? String(row.id ?? "none"),
    id: row.id,
    name: row.name,
    href: href(row),
    values: headlineMetrics.map((metric) => row.values[metric]),
    percents: headlineMetrics.map((metric) => row.percents[metric]),
  }));
}

/** For each sort key, the link that sorts by it (toggling the direction of the current one). */
export function sortLinks(sort: Sort, href: (key: SortKey, descending: boolean) => string): Record<SortKey, string> {
  return Object.fromEntries(sortKeys.map((key) => [key, href(key, sort.key === key ? !sort.descending : key !== "name")])) as Record<SortKey, string>;
}
