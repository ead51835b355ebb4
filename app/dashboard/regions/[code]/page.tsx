import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AsOfLine } from "@/components/dashboard/AsOfLine";
import { DashboardHeader } from "@/components/dashboard/DashboardHeader";
import { ExportLinks } from "@/components/dashboard/ExportLinks";
import { FilterForm } from "@/components/dashboard/FilterForm";
import { HeadlineGrid } from "@/components/dashboard/HeadlineGrid";
import { MoneySummary } from "@/components/dashboard/MoneySummary";
import { PlaceTable } from "@/components/dashboard/PlaceTable";
import { TrendCharts } from "@/components/dashboard/charts/TrendCharts";

import { requireUser } from "@/lib/auth/session";
import { districtPath, placeless, regionPath, withFilter } from "@/lib/dashboard/links";
import { localName } from "@/lib/i18n/names";
import { choseAllRegions, sortOf, type SearchParams } from "@/lib/dashboard/page-params";
import { placeTableRows, sortLinks } from "@/lib/dashboard/place-table";
import { getFilterOptions } from "@/lib/dashboard/queries";
import { sortRows } from "@/lib/dashboard/table-rows";
import { getDistrictRows, getOverview } from "@/lib/dashboard/views";
import { resolveLocale } from "@/lib/i18n/config";
import { parseDashboardFilter } from "@/lib/summary/filter";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ code }, options] = await Promise.all([params, getFilterOptions()]);
  const region = options.regions.find((r) => r.code === code);
  return { title: region ? localName(region, resolveLocale(await getLocale())) : (await getTranslations("dashboard"))("regions.title") };
}

// One region: its figures against its own targets, its districts, its monthly trend.
export default async function RegionPage({ params, searchParams }: Props) {
  const user = await requireUser("dashboard.read");
  const [{ code }, query, options, t, language] = await Promise.all([params, searchParams, getFilterOptions(), getTranslations("dashboard"), getLocale()]);
  // The regions are few and read with the filter's options: no query of its own.
  const region = options.regions.find((r) => r.code === code);
  if (!region) notFound();
  const filter = parseDashboardFilter(query);
  const rest = placeless(filter);
  // The filter form names a region: another one opens that region, "all" the list of regions.
  if (choseAllRegions(query)) redirect(withFilter("/dashboard/regions", rest));
  const locale = resolveLocale(language);
  const other = options.regions.find((r) => r.id === filter.regionId && r.id !== region.id);
  if (other) redirect(withFilter(regionPath(other.code), rest));

  const scoped = { ...rest, regionId: region.id };
  const [overview, districts] = await Promise.all([getOverview(scoped), getDistrictRows(region, scoped, locale, t("table.noDistrict"))]);
  const name = localName(region, locale);
  const sort = sortOf(query);
  const here = regionPath(region.code);
  return (
    <div className="space-y-6">
      <DashboardHeader
        crumbs={[
          { label: t("breadcrumbs.country"), href: withFilter("/dashboard", rest) },
          { label: t("breadcrumbs.regions"), href: withFilter("/dashboard/regions", rest) },
          { label: name },
        ]}
        title={name}
        intro={t("region.intro")}
        section={null}
        filter={scoped}
        role={user.role}
      />
      <FilterForm action={here} filter={rest} options={options} locale={locale} regionId={region.id} />
      <AsOfLine asOf={overview.asOf} targets={{ years: overview.targetYears, apply: overview.targetsApply }} />
      <HeadlineGrid figures={overview.figures} change={overview.change ?? undefined} adjacentMonths={overview.adjacentMonths} />
      <ExportLinks table="overview" filter={scoped} />
      <MoneySummary allocated={overview.allocated} disbursed={overview.disbursed} />
      <section aria-labelledby="districts-title" className="space-y-2">
        <h2 id="districts-title" className="text-xl font-semibold text-slate-900">
          {t("region.districtsTitle")}
        </h2>
        <PlaceTable
          id="districts-table"
          caption={t("tables.districts")}
          rows={placeTableRows(sortRows(districts, sort, locale), (row) => (row.id === null ? null : withFilter(districtPath(region.code, row.id), rest)))}
          sort={sort}
          sortHrefs={sortLinks(sort, (key, descending) => withFilter(here, rest, { sort: key, dir: descending ? "desc" : "asc" }))}
          nameHeader={t("columns.district")}
          showPercent={false}
        />
        <ExportLinks table="districts" filter={scoped} />
      </section>
      <section aria-labelledby="trend-title" className="space-y-2">
        <h2 id="trend-title" className="text-xl font-semibold text-slate-900">
          {t("region.trendTitle")}
        </h2>
        <TrendCharts series={overview.series} />
        <ExportLinks table="series" filter={scoped} />
      </section>
    </div>
  );
}
