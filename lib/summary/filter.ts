// Reading and writing the dashboard filter in the URL. Pure: no I/O, safe in any bundle.
// A shared link may carry a stale or mistyped value (an old district, "year=abc"); such a value
// is dropped rather than failing the page, so the link still opens, less filtered.
import { dashboardFilterSchema, filterParams, type DashboardFilter } from "./schema";

/** Next.js page `searchParams`, or URLSearchParams. */
export type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: SearchParamsLike, name: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(name) ?? undefined : params[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined || first.trim() === "" ? undefined : first.trim();
}

/** The filter named by the URL; each invalid parameter is left out. */
export function parseDashboardFilter(params: SearchParamsLike): DashboardFilter {
  const filter: Record<string, unknown> = {};
  const shape = dashboardFilterSchema.shape;
  for (const key of Object.keys(filterParams) as Array<keyof DashboardFilter>) {
    const raw = read(params, filterParams[key]);
    if (raw === undefined) continue;
    const parsed = shape[key].safeParse(raw);
    if (parsed.success && parsed.data !== undefined) filter[key] = parsed.data;
  }
  return filter as DashboardFilter;
}

/** Search parameters for a filter, in a fixed order so equal filters give equal links. */
export function filterToSearchParams(filter: DashboardFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(filterParams) as Array<keyof DashboardFilter>) {
    const value = filter[key];
    if (value !== undefined) params.set(filterParams[key], String(value));
  }
  return params;
}

/** True when only the region, district and programme year are set (the common dashboard views). */
export function isPlaceFilter(filter: DashboardFilter): boolean {
  return filter.category === undefined && filter.workType === undefined && filter.fundingSource === undefined;
}
