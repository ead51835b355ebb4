import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AsOfLine } from "@/components/dashboard/AsOfLine";
import { DashboardHeader } from "@/components/dashboard/DashboardHeader";
import { ExportLinks } from "@/components/dashboard/ExportLinks";
import { FilterForm } from "@/components/dashboard/FilterForm";
import { BreakdownCharts } from "@/components/dashboard/charts/BreakdownCharts";
import { TrendCharts } from "@/components/dashboard/charts/TrendCharts";

import { requireUser } from "@/lib/auth/session";
import { withFilter } from "@/lib/dashboard/links";
import type { SearchParams } from "@/lib/dashboard/page-params";
import { getFilterOptions } from "@/lib/dashboard/queries";
import { getTrends } from "@/lib/dashboard/views";
import { resolveLocale } from "@/lib/i18n/config";
import { parseDashboardFilter } from "@/lib/summary/filter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("trends.title") };
}

// Monthly series (cumulative) and breakdowns by category, type of work and funding source.
export default async function TrendsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("dashboard.read");
  const filter = parseDashboardFilter(await searchParams);
  const locale = resolveLocale(await getLocale());
  const [trends, options, t] = await Promise.all([getTrends(filter), getFilterOptions(), getTranslations("dashboard")]);
  return (
    <div className="space-y-6">
      <DashboardHeader
        crumbs={[{ label: t("breadcrumbs.country"), href: withFilter("/dashboard", filter) }, { label: t("trends.title") }]}
        title={t("trends.title")}
        intro={t("trends.intro")}
        section="trends"
        filter={filter}
        role={user.role}
      />
      <FilterForm action="/dashboard/trends" filter={filter} options={options} locale={locale} />
      <AsOfLine asOf={new Date()} />
      <TrendCharts series={trends.series} />
      <ExportLinks table="series" filter={filter} />
      <BreakdownCharts breakdowns={trends.breakdowns} filter={filter} />
    </div>
  );
}
