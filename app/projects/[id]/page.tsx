import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PermanentJobsSection } from "@/components/permanent-jobs/PermanentJobsSection";
import { ProjectPlacementsSection } from "@/components/placements/ProjectPlacementsSection";
import { DeleteProjectForm } from "@/components/projects/DeleteProjectForm";
import { FundingTable } from "@/components/projects/FundingTable";
import { ProjectData } from "@/components/projects/ProjectData";
import { ProjectHistory } from "@/components/projects/ProjectHistory";
import { StatusBadge } from "@/components/projects/StatusBadge";
import { allows } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/config";
import { deleteProjectAction } from "@/lib/projects/actions";
import { getProject, projectHistory, regionChoices } from "@/lib/projects/queries";
import { projectIdSchema } from "@/lib/projects/schema";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const HISTORY_LIMIT = 100;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: `${t("title")} — ${(await params).id}` };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const user = await requireUser("project.read");
  const id = projectIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const locale = resolveLocale(await getLocale());
  const [t, enums, format, project, query] = await Promise.all([
    getTranslations("projects"),
    getTranslations("enums"),
    getFormatter(),
    getProject(user, id.data, locale),
    searchParams,
  ]);
  if (!project) notFound();
  const scope = { regionId: project.regionId };
  const showHistory = allows(user, "audit.read");
  const [history, regions] = showHistory ? await Promise.all([projectHistory(user, project.id, HISTORY_LIMIT), regionChoices(locale)]) : [[], []];
  const saved = query.saved === "created" || query.saved === "updated" ? query.saved : null;
  const section = "space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6";
  const jobs: Array<[string, number]> = [
    [t("page.jobs.plannedTemporary"), project.plannedTemporaryJobs],
    [t("page.jobs.plannedPermanent"), project.plannedPermanentJobs],
    [t("page.jobs.createdPermanent"), project.permanentJobCount],
    [t("page.jobs.filledPermanent"), project.filledPermanentJobCount],
    [t("page.jobs.placements"), project.placementCount],
  ];
  return (
    <article aria-labelledby="project-title" className="space-y-6">
      <Link href="/projects" className="text-sm font-medium text-brand-700 underline hover:text-brand-900">{t("page.back")}</Link>
      {saved ? <p role="status" className="rounded border border-green-300 bg-green-50 px-4 py-2 text-sm text-green-900">{t(`page.saved.${saved}`)}</p> : null}
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <p className="font-mono text-sm text-slate-600">{project.code}</p>
          <h1 id="project-title" className="text-2xl font-bold text-brand-900">{project.name}</h1>
          <p className="flex flex-wrap items-center gap-2 text-slate-700">
            <StatusBadge status={project.status} label={enums(`status.${project.status}`)} />
            <span>{project.districtName ? `${project.regionName}, ${project.districtName}` : project.regionName}</span>
          </p>
          <p className="text-sm text-slate-600">
            {project.updatedByName && allows(user, "audit.read")
              ? t("page.updatedBy", { at: project.updatedAt, name: project.updatedByName })
              : t("page.updated", { at: project.updatedAt })}
          </p>
        </div>
        {allows(user, "project.update", scope) ? (
          <Link href={`/projects/${project.id}/edit`} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700">
            {t("page.edit")}
          </Link>
        ) : user.role === "AKIMAT" ? (
          <p className="text-sm text-slate-600">{t("page.readOnly")}</p>
        ) : null}
      </header>
      <section aria-labelledby="data-title" className={section}>
        <h2 id="data-title" className="text-xl font-bold text-brand-900">{t("page.sections.data")}</h2>
        <ProjectData project={project} />
      </section>
      <section aria-labelledby="funding-title" className={section}>
        <h2 id="funding-title" className="text-xl font-bold text-brand-900">{t("page.sections.funding")}</h2>
        <FundingTable funding={project.funding} />
      </section>
      <section aria-labelledby="jobs-title" className={section}>
        <h2 id="jobs-title" className="text-xl font-bold text-brand-900">{t("page.sections.jobs")}</h2>
        <dl className="grid gap-4 sm:grid-cols-3 lg:grid-cols-5" data-testid="project-jobs">
          {jobs.map(([label, value]) => (
            <div key={label} className="rounded border border-slate-200 p-3">
              <dt className="text-sm text-slate-600">{label}</dt>
              <dd className="text-2xl font-bold tabular-nums text-brand-900">{format.number(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <PermanentJobsSection viewer={user} project={project} />
      <ProjectPlacementsSection projectId={project.id} />
      {showHistory ? (
        <section aria-labelledby="history-title" className={section}>
          <h2 id="history-title" className="text-xl font-bold text-brand-900">{t("page.sections.history")}</h2>
          <ProjectHistory entries={history} regions={regions} limit={HISTORY_LIMIT} />
        </section>
      ) : null}
      {allows(user, "project.delete", scope) ? (
        <DeleteProjectForm code={project.code} version={project.version} action={deleteProjectAction.bind(null, project.id)} />
      ) : null}
    </article>
  );
}
