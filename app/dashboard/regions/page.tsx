import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AsOfLine } from "@/components/dashboard/AsOfLine";
import { DashboardHeader } from "@/components/dashboard/DashboardHeader";
import { ExportLinks } from "@/components/dashboard/ExportLinks";
import { FilterForm } from "@/components/dashboard/FilterForm";
import { PlaceTable } from "@/components/dashboard/PlaceTable";
import { RegionMap } from "@/components/dashboard/RegionMap";

import { requireUser } from "@/lib/auth/session";
import { placeless, regionPath, withFilter } from "@/lib/dashboard/links";
import { mapGeometry } from "@/lib/dashboard/map-geometry";
import { mapValues } from "@/lib/dashboard/map-metrics";
import { mapMetricOf, sortOf, type SearchParams } from "@/lib/dashboard/page-params";
import { placeTableRows, sortLinks } from "@/lib/dashboard/place-table";
import { getFilterOptions } from "@/lib/dashboard/queries";
import { sortRows } from "@/lib/dashboard/table-rows";
import { getRegionRows, targetsApply } from "@/lib/dashboard/views";
import { resolveLocale } from "@/lib/i18n/config";
import { parseDashboardFilter } from "@/lib/summary/filter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("regions.title") };
}

// The 20 regions on a map and in a sortable table, each with the percentage of its own targets.
export default async function RegionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("dashboard.read");
  const params = await searchParams;
  const filter = parseDashboardFilter(params);
  const locale = resolveLocale(await getLocale());
  const [{ rows, targetYears }, options, t] = await Promise.all([getRegionRows(filter, locale), getFilterOptions(), getTranslations("dashboard")]);
  // Choosing a region in the filter here means opening that region.
  const chosen = options.regions.find((r) => r.id === filter.regionId);
  if (chosen) redirect(withFilter(regionPath(chosen.code), placeless(filter)));

  const sort = sortOf(params);
  const metric = mapMetricOf(params);
  const keep = { sort: params.sort ? sort.key : undefined, dir: params.sort ? (sort.descending ? "desc" : "asc") : undefined };
  const own = user.role === "AKIMAT" ? options.regions.find((r) => r.id === user.regionId) ?? null : null;
  const geometry = mapGeometry();
  const showPercent = targetsApply(filter);
  return (
    <div className="space-y-6">
      <DashboardHeader
        crumbs={[{ label: t("breadcrumbs.country"), href: withFilter("/dashboard", filter) }, { label: t("breadcrumbs.regions") }]}
        title={t("regions.title")}
        intro={t("regions.intro")}
        section="regions"
        filter={filter}
        role={user.role}
      />
      <FilterForm action="/dashboard/regions" filter={filter} options={options} locale={locale} keep={{ ...keep, metric: params.metric ? metric : undefined }} />
      <AsOfLine asOf={new Date()} targets={{ years: targetYears, apply: showPercent }} />
      <RegionMap
        width={geometry.width}
        height={geometry.height}
        shapes={geometry.shapes}
        regions={rows.map((row) => ({ code: row.code!, name: row.name, href: withFilter(regionPath(row.code!), filter), values: mapValues(row) }))}
        initialMetric={metric}
        highlightCode={own?.code ?? null}
      />
      <PlaceTable
        id="regions-table"
        caption={t("regions.tableTitle")}
        rows={placeTableRows(sortRows(rows, sort, locale), (row) => withFilter(regionPath(row.code!), filter))}
        sort={sort}
        sortHrefs={sortLinks(sort, (key, descending) => withFilter("/dashboard/regions", filter, { sort: key, dir: descending ? "desc" : "asc", metric: params.metric ? metric : undefined }))}
        nameHeader={t("columns.region")}
        showPercent={showPercent}
        highlightId={own?.id ?? null}
        highlightNote={t("regions.yourRegion")}
      />
      <ExportLinks table="regions" filter={filter} />
    </div>
  );
}
