import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ColumnReference } from "@/components/imports/ColumnReference";
import { JobsTable } from "@/components/imports/JobsTable";
import { UploadForm } from "@/components/imports/UploadForm";
import { requirePermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/config";
import { IMPORT_KINDS, kindSlug } from "@/lib/imports/columns";
import { listImportJobs, templateRegion } from "@/lib/imports/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function ImportsPage() {
  const user = await requireUser("import.run");
  const scope = requirePermission(user, "import.run");
  const locale = resolveLocale(await getLocale());
  const [t, jobs, region] = await Promise.all([getTranslations("imports"), listImportJobs(scope), templateRegion(scope.regionId, locale)]);
  const link = "font-medium text-brand-700 underline hover:text-brand-900";
  return (
    <section aria-labelledby="imports-title" className="space-y-8">
      <div className="max-w-3xl space-y-2">
        <h1 id="imports-title" className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="text-slate-600">{t("intro")}</p>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="upload-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="upload-title" className="text-lg font-semibold text-brand-900">{t("upload.title")}</h2>
          <UploadForm />
        </section>
        <section aria-labelledby="templates-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="templates-title" className="text-lg font-semibold text-brand-900">{t("upload.templates")}</h2>
          <ul className="space-y-2">
            {IMPORT_KINDS.map((kind) => (
              <li key={kind} className="flex flex-wrap gap-x-6 gap-y-1">
                <a href={`/imports/templates/${kindSlug(kind)}?format=xlsx`} className={link} download>{t("upload.templateXlsx", { kind: t(`kinds.${kind}`) })}</a>
                <a href={`/imports/templates/${kindSlug(kind)}?format=csv`} className={link} download>{t("upload.templateCsv", { kind: t(`kinds.${kind}`) })}</a>
              </li>
            ))}
          </ul>
          <h3 className="pt-2 font-semibold text-brand-900">{t("upload.regionData")}</h3>
          <p>
            <a href="/imports/data/placements" className={link} download data-testid="region-placements-csv">{t("upload.regionPlacements")}</a>
          </p>
        </section>
      </div>
      <section aria-labelledby="jobs-title" className="space-y-3">
        <h2 id="jobs-title" className="text-lg font-semibold text-brand-900">{t("jobs.title")}</h2>
        <JobsTable jobs={jobs} />
      </section>
      <div className="space-y-3">
        {IMPORT_KINDS.map((kind) => <ColumnReference key={kind} kind={kind} locale={locale} region={region} />)}
      </div>
    </section>
  );
}
