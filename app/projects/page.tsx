import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/projects/Pagination";
import { RegistryFilters } from "@/components/projects/RegistryFilters";
import { RegistryTable } from "@/components/projects/RegistryTable";
import { allows } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/config";
import { listProjects, programmeYears, regionChoices } from "@/lib/projects/queries";
import { parseRegistryFilters, registryExportHref, registryQuery } from "@/lib/projects/registry";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("title") };
}

export default async function ProjectsPage({ searchParams }: Props) {
  const user = await requireUser("project.read");
  const query = await searchParams;
  const filters = parseRegistryFilters(query);
  const locale = resolveLocale(await getLocale());
  const [t, regions, years, result] = await Promise.all([
    getTranslations("projects"),
    regionChoices(locale),
    programmeYears(),
    listProjects(user, filters, locale),
  ]);
  const ownRegionShown = user.role === "AKIMAT" && result.regionId === user.regionId && filters.region === undefined;
  return (
    <section aria-labelledby="projects-title" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 id="projects-title" className="text-2xl font-bold text-brand-900">{t("title")}</h1>
          <p className="text-slate-600">{t("registry.intro")}</p>
        </div>
        {allows(user, "project.create") ? (
          <Link href="/projects/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
            {t("registry.newProject")}
          </Link>
        ) : null}
      </div>
      {query.deleted ? <p role="status" className="rounded border border-green-300 bg-green-50 px-4 py-2 text-sm text-green-900">{t("registry.deleted")}</p> : null}
      {ownRegionShown ? (
        <p className="text-sm text-slate-700">
          {t("registry.ownRegion")}{" "}
          <Link href={`/projects${registryQuery(filters, { region: "all", page: 1 })}`} className="font-medium text-brand-700 underline hover:text-brand-900">{t("registry.showAllRegions")}</Link>
        </p>
      ) : null}
      <RegistryFilters filters={filters} regions={regions} years={years} regionId={result.regionId} />
      <p role="status" className="font-semibold text-slate-800" data-testid="registry-count">{t("registry.found", { count: result.total })}</p>
      {result.total > 0 ? (
        <p className="text-sm text-slate-700">
          {t("registry.download")}{" "}
          {(["xlsx", "csv"] as const).map((format, i) => (
            <span key={format}>
              {i > 0 ? " · " : null}
              <a href={registryExportHref(filters, format)} download data-testid={`registry-download-${format}`} className="font-medium text-brand-700 underline hover:text-brand-900">
                {format.toUpperCase()}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {result.total > 0 ? <RegistryTable rows={result.rows} filters={{ ...filters, page: result.page }} /> : <p className="text-slate-700">{t("registry.empty")}</p>}
      {result.pageCount > 1 ? <Pagination filters={filters} page={result.page} pageCount={result.pageCount} /> : null}
    </section>
  );
}
