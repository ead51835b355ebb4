import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AsOfLine } from "@/components/dashboard/AsOfLine";
import { DashboardHeader } from "@/components/dashboard/DashboardHeader";
import { ExportLinks } from "@/components/dashboard/ExportLinks";
import { FilterForm } from "@/components/dashboard/FilterForm";
import { HeadlineGrid } from "@/components/dashboard/HeadlineGrid";
import { MoneySummary } from "@/components/dashboard/MoneySummary";
import { ProjectsTable } from "@/components/dashboard/ProjectsTable";

import { requireUser } from "@/lib/auth/session";
import { placeless, regionPath, withFilter } from "@/lib/dashboard/links";
import { localName } from "@/lib/i18n/names";
import { choseAllRegions, type SearchParams } from "@/lib/dashboard/page-params";
import { getFilterOptions } from "@/lib/dashboard/queries";
import { getDistrictView } from "@/lib/dashboard/views";
import { resolveLocale } from "@/lib/i18n/config";
import { parseDashboardFilter } from "@/lib/summary/filter";

type Props = { params: Promise<{ code: string; districtId: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("district.projectsTitle") };
}

// One district: its figures (districts have no targets) and its projects, each linking to the
// project's page.
export default async function DistrictPage({ params, searchParams }: Props) {
  const user = await requireUser("dashboard.read");
  const [{ code, districtId }, query, options, t, language] = await Promise.all([params, searchParams, getFilterOptions(), getTranslations("dashboard"), getLocale()]);
  const region = options.regions.find((r) => r.code === code);
  if (!region || !/^\d{1,9}$/.test(districtId)) notFound();
  const filter = parseDashboardFilter(query);
  const rest = placeless(filter);
  if (choseAllRegions(query)) redirect(withFilter("/dashboard/regions", rest));
  const locale = resolveLocale(language);
  const other = options.regions.find((r) => r.id === filter.regionId && r.id !== region.id);
  if (other) redirect(withFilter(regionPath(other.code), rest));

  const view = await getDistrictView(region, Number(districtId), rest);
  if (!view) notFound();
  const scoped = { ...rest, regionId: region.id, districtId: view.district.id };
  const here = `${regionPath(region.code)}/districts/${view.district.id}`;
  const name = localName(view.district, locale);
  return (
    <div className="space-y-6">
      <DashboardHeader
        crumbs={[
          { label: t("breadcrumbs.country"), href: withFilter("/dashboard", rest) },
          { label: t("breadcrumbs.regions"), href: withFilter("/dashboard/regions", rest) },
          { label: localName(region, locale), href: withFilter(regionPath(region.code), rest) },
          { label: name },
        ]}
        title={name}
        intro={t("district.intro")}
        section={null}
        filter={{ ...rest, regionId: region.id }}
        role={user.role}
      />
      <FilterForm action={here} filter={rest} options={options} locale={locale} regionId={region.id} />
      <AsOfLine asOf={view.overview.asOf} targets={{ years: null, apply: false }} />
      <HeadlineGrid figures={view.overview.figures} change={view.overview.change ?? undefined} />
      <ExportLinks table="overview" filter={scoped} />
      <MoneySummary allocated={view.overview.allocated} disbursed={view.overview.disbursed} />
      <section aria-labelledby="projects-title" className="space-y-2">
        <h2 id="projects-title" className="text-xl font-semibold text-slate-900">
          {t("district.projectsTitle")}
        </h2>
        <ProjectsTable rows={view.projects} caption={t("tables.projects")} />
        <ExportLinks table="projects" filter={scoped} />
      </section>
    </div>
  );
}
