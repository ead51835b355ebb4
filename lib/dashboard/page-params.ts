// What a dashboard page reads from its URL besides the filter (lib/summary/filter.ts).
import { isMapMetric, type MapMetric } from "./map-metrics";
import { parseSort, type Sort } from "./table-rows";

export type SearchParams = Record<string, string | string[] | undefined>;

export function first(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

export function sortOf(params: SearchParams, fallback?: Sort): Sort {
  return parseSort(first(params, "sort"), first(params, "dir"), fallback);
}

export function mapMetricOf(params: SearchParams): MapMetric {
  const metric = first(params, "metric");
  return isMapMetric(metric) ? metric : "peopleEmployed";
}

/**
 * The filter form was sent with "all regions" chosen (region=""): on a region's own page that
 * means leaving it for the list of regions.
 */
export function choseAllRegions(params: SearchParams): boolean {
  return first(params, "region") === "";
}
