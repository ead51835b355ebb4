import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CheckCountsTable } from "@/components/checks/CheckCountsTable";
import { DashboardHeader } from "@/components/dashboard/DashboardHeader";
import { LateReportsPanel } from "@/components/dashboard/LateReportsPanel";

import { requireUser } from "@/lib/auth/session";
import { getCheckCounts } from "@/lib/checks/queries";
import { withFilter } from "@/lib/dashboard/links";
import type { SearchParams } from "@/lib/dashboard/page-params";
import { getLateReports } from "@/lib/dashboard/views";
import { resolveLocale } from "@/lib/i18n/config";
import { parseDashboardFilter } from "@/lib/summary/filter";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("quality.title") };
}

// Data quality by region: late monthly reports (Order No. 55-р) and the data checks of the
// monthly-reports issue. For those who read reports: analysts nationally, an akimat its region.
export default async function QualityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser("dashboard.read", "report.read");
  const filter = parseDashboardFilter(await searchParams);
  const locale = resolveLocale(await getLocale());
  const now = new Date();
  const [late, checks, t] = await Promise.all([getLateReports(user, locale, now), getCheckCounts(user, now), getTranslations("dashboard")]);
  return (
    <div className="space-y-6">
      <DashboardHeader
        crumbs={[{ label: t("breadcrumbs.country"), href: withFilter("/dashboard", filter) }, { label: t("quality.title") }]}
        title={t("quality.title")}
        intro={t("quality.pageIntro")}
        section="quality"
        filter={filter}
        role={user.role}
      />
      {late ? <LateReportsPanel late={late} filter={filter} highlightRegionId={user.role === "AKIMAT" ? user.regionId : null} /> : null}
      <section aria-labelledby="checks-title" className="space-y-3">
        <h2 id="checks-title" className="text-lg font-semibold text-slate-900">
          {t("quality.checks")}
        </h2>
        <CheckCountsTable data={checks} showTotals={user.role !== "AKIMAT"} />
      </section>
    </div>
  );
}
