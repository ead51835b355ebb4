// Search and filters of the project registry: a plain GET form, so the URL holds the state
// (lib/projects/registry.ts) and the page works without JavaScript. Sorting and page size
// survive a new search.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass, inputClass, labelClass } from "@/components/ui/styles";
import type { RegionChoice } from "@/lib/projects/queries";
import { PAGE_SIZES, type RegistryFilters as Filters } from "@/lib/projects/registry";
import { CATEGORIES, FUNDING_SOURCES, PROJECT_STATUSES, WORK_TYPES } from "@/lib/projects/schema";

type Props = { filters: Filters; regions: RegionChoice[]; years: number[]; regionId: number | null };

export async function RegistryFilters({ filters, regions, years, regionId }: Props) {
  const [t, enums] = await Promise.all([getTranslations("projects"), getTranslations("enums")]);
  const region = regions.find((choice) => choice.id === regionId);
  const select = (name: string, label: string, value: string | number | undefined, options: { value: string; label: string }[]) => (
    <div className="space-y-1">
      <label htmlFor={`filter-${name}`} className={labelClass}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value === undefined ? "" : String(value)} className={inputClass}>
        <option value="">{t("filters.any")}</option>
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
  const enumOptions = (kind: "category" | "workType" | "status" | "fundingSource", values: readonly string[]) =>
    values.map((value) => ({ value, label: enums(`${kind}.${value}` as "status.PLANNED") }));
  return (
    <form method="get" action="/projects" role="search" aria-labelledby="filters-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="filters-title" className="text-lg font-semibold text-brand-900">{t("filters.legend")}</h2>
      <div className="space-y-1">
        <label htmlFor="filter-q" className={labelClass}>{t("filters.q")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} aria-describedby="filter-q-hint" className={inputClass} />
        <p id="filter-q-hint" className="text-sm text-slate-600">{t("filters.qHint")}</p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1">
          <label htmlFor="filter-region" className={labelClass}>{t("filters.region")}</label>
          <select id="filter-region" name="region" defaultValue={regionId === null ? "all" : String(regionId)} className={inputClass}>
            <option value="all">{t("filters.allRegions")}</option>
            {regions.map((choice) => <option key={choice.id} value={choice.id}>{choice.name}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="filter-district" className={labelClass}>{t("filters.district")}</label>
          <select id="filter-district" name="district" defaultValue={filters.district ? String(filters.district) : ""} className={inputClass}>
            <option value="">{t("filters.anyDistrict")}</option>
            {/* Without a chosen region, districts are grouped by region. */}
            {region
              ? region.districts.map((district) => <option key={district.id} value={district.id}>{district.name}</option>)
              : regions.map((choice) => (
                  <optgroup key={choice.id} label={choice.name}>
                    {choice.districts.map((district) => <option key={district.id} value={district.id}>{district.name}</option>)}
                  </optgroup>
                ))}
          </select>
        </div>
        {select("category", t("filters.category"), filters.category, enumOptions("category", CATEGORIES))}
        {select("workType", t("filters.workType"), filters.workType, enumOptions("workType", WORK_TYPES))}
        {select("status", t("filters.status"), filters.status, enumOptions("status", PROJECT_STATUSES))}
        {select("year", t("filters.year"), filters.year, years.map((year) => ({ value: String(year), label: String(year) })))}
        {select("source", t("filters.source"), filters.source, enumOptions("fundingSource", FUNDING_SOURCES))}
        <div className="space-y-1">
          <label htmlFor="filter-size" className={labelClass}>{t("filters.size")}</label>
          <select id="filter-size" name="size" defaultValue={String(filters.size)} className={inputClass}>
            {PAGE_SIZES.map((size) => <option key={size} value={size}>{size}</option>)}
          </select>
        </div>
      </div>
      {filters.sort !== "code" ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      {filters.dir !== "asc" ? <input type="hidden" name="dir" value={filters.dir} /> : null}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass}>{t("filters.apply")}</button>
        <Link href="/projects" className="font-medium text-brand-700 underline hover:text-brand-900">{t("filters.reset")}</Link>
      </div>
    </form>
  );
}
