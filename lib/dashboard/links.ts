// Links between dashboard pages keep the filter: it lives in the URL, so any view can
// be shared, bookmarked, and exported as shown.
import { filterToSearchParams } from "@/lib/summary/filter";
import type { DashboardFilter } from "@/lib/summary/schema";

export function withFilter(path: string, filter: DashboardFilter, extra: Record<string, string | undefined> = {}): string {
  const params = filterToSearchParams(filter);
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The filter a region's or district's page applies besides its place (the place is in the path). */
export function placeless(filter: DashboardFilter): DashboardFilter {
  const { regionId: _region, districtId: _district, ...rest } = filter;
  return rest;
}

export const regionPath = (code: string) => `/dashboard/regions/${code}`;
export const districtPath = (code: string, districtId: number) => `/dashboard/regions/${code}/districts/${districtId}`;
export const exportPath = (table: string) => `/dashboard/export/${table}`;
