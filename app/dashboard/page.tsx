import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AsOfLine } from "@/components/dashboard/AsOfLine";
import { DashboardHeader } from "@/components/dashboard/DashboardHeader";
import { ExportLinks } from "@/components/dashboard/ExportLinks";
import { FilterForm } from "@/components/dashboard/FilterForm";
import { HeadlineGrid } from "@/components/dashboard/HeadlineGrid";
import { MoneySummary } from "@/components/dashboard/MoneySummary";
import { QualitySummary } from "@/components/dashboard/QualitySummary";

import { requireUser } from "@/lib/auth/session";
import { regionPath, withFilter } from "@/lib/dashboard/links";
import { localName } from "@/lib/i18n/names";
import type { SearchParams } from "@/lib/dashboard/page-params";
import { getFilterOptions } from "@/lib/dashboard/queries";
import { getLateReports, getOverview } from "@/lib/dashboard/views";
import { resolveLocale } from "@/lib/i18n/config";
import { parseDashboardFilter } from "@/lib/summary/filter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("overview.title") };
}

// National overview: headline figures against targets, change since last month, money,
// and the number of late reports (details in the data-quality section). Read on every request: the summaries are live.
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("dashboard.read");
  const filter = parseDashboardFilter(await searchParams);
  const locale = resolveLocale(await getLocale());
  const [overview, options, late, t] = await Promise.all([
    getOverview(filter),
    getFilterOptions(),
    getLateReports(user, locale),
    getTranslations("dashboard"),
  ]);
  const region = options.regions.find((r) => r.id === filter.regionId);
  const crumbs = [{ label: t("breadcrumbs.country"), href: region ? "/dashboard" : undefined }];
  if (region) crumbs.push({ label: localName(region, locale), href: regionPath(region.code) });
  return (
    <div className="space-y-6">
      <DashboardHeader crumbs={crumbs} title={t("overview.title")} intro={t("overview.intro")} section="overview" filter={filter} role={user.role} />
      <FilterForm action="/dashboard" filter={filter} options={options} locale={locale} />
      <AsOfLine asOf={overview.asOf} targets={{ years: overview.targetYears, apply: overview.targetsApply }} />
      <HeadlineGrid figures={overview.figures} change={overview.change ?? undefined} adjacentMonths={overview.adjacentMonths} />
      <ExportLinks table="overview" filter={filter} />
      <MoneySummary allocated={overview.allocated} disbursed={overview.disbursed} />
      {late ? <QualitySummary total={late.total} href={withFilter("/dashboard/quality", filter)} /> : null}
    </div>
  );
}
