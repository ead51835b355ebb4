// The project registry's state lives in the URL,
// so a filtered list can be bookmarked, shared and reloaded. This file parses searchParams into
// filters (a hand-edited or stale URL never breaks the page: bad values are dropped) and builds
// the links of sort headers and pages. Pure; no server-only imports.
import { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import { CATEGORIES, FUNDING_SOURCES, PROGRAMME_YEARS, PROJECT_STATUSES, WORK_TYPES } from "./vocabulary";

export const REGISTRY_SORTS = ["code", "name", "region", "status", "start", "plannedJobs", "updatedAt"] as const;
export type RegistrySort = (typeof REGISTRY_SORTS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blank = (value: unknown) => {
  const given = first(value);
  return typeof given === "string" && given.trim() === "" ? undefined : given;
};
const id = z.preprocess(blank, z.coerce.number().int().positive().max(2_147_483_647).optional()).catch(undefined);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.preprocess(blank, z.enum(values).optional()).catch(undefined);

export const registryFilterSchema = z.object({
  /** A region id, "all" for the whole country, or absent for the viewer's default scope. */
  region: z.preprocess(blank, z.union([z.literal("all"), z.coerce.number().int().positive().max(2_147_483_647)]).optional()).catch(undefined),
  district: id,
  category: oneOf(CATEGORIES),
  workType: oneOf(WORK_TYPES),
  status: oneOf(PROJECT_STATUSES),
  year: z.preprocess(blank, z.coerce.number().int().min(PROGRAMME_YEARS.min).max(PROGRAMME_YEARS.max).optional()).catch(undefined),
  /** Projects with money allocated from this source. */
  source: oneOf(FUNDING_SOURCES),
  // A NUL byte would reach PostgreSQL, which refuses it: such a search is ignored.
  q: z.preprocess(blank, z.string().trim().max(100).refine((text) => !text.includes("\u0000")).optional()).catch(undefined),
  sort: z.preprocess(first, z.enum(REGISTRY_SORTS)).catch("code"),
  dir: z.preprocess(first, z.enum(["asc", "desc"])).catch("asc"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
  size: z.preprocess(first, z.coerce.number().pipe(z.union(PAGE_SIZES.map((n) => z.literal(n))))).catch(DEFAULT_PAGE_SIZE),
});

export type RegistryFilters = z.output<typeof registryFilterSchema>;

export function parseRegistryFilters(searchParams: Record<string, string | string[] | undefined>): RegistryFilters {
  return registryFilterSchema.parse(searchParams);
}

/**
 * The region the list shows: an akimat opens its own region by default and may switch to the
 * whole country (project.read is national for every role); other roles start national.
 * null = the whole country.
 */
export function registryRegion(filters: Pick<RegistryFilters, "region">, viewer: { role: Role; regionId: number | null }): number | null {
  if (filters.region === "all") return null;
  if (typeof filters.region === "number") return filters.region;
  return viewer.role === "AKIMAT" ? viewer.regionId : null;
}

const DEFAULTS: Partial<Record<keyof RegistryFilters, unknown>> = { sort: "code", dir: "asc", page: 1, size: DEFAULT_PAGE_SIZE };

/** The query string of `filters` with `changes` applied; defaults and blanks are left out. */
export function registryQuery(filters: RegistryFilters, changes: Partial<RegistryFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  for (const key of Object.keys(registryFilterSchema.shape) as (keyof RegistryFilters)[]) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || DEFAULTS[key] === value) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The download of the registry's projects as an import file, with the same filters (every page). */
export function registryExportHref(filters: RegistryFilters, format: "xlsx" | "csv"): string {
  const query = registryQuery(filters, { page: 1 });
  return `/projects/export${query ? `${query}&` : "?"}format=${format}`;
}

/** The link of a sortable column header: a second click on the sorted column reverses it. */
export function sortQuery(filters: RegistryFilters, sort: RegistrySort): string {
  const dir = filters.sort === sort && filters.dir === "asc" ? "desc" : "asc";
  return registryQuery(filters, { sort, dir, page: 1 });
}
