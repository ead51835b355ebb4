import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProjectForm } from "@/components/projects/ProjectForm";
import { RecordNotFoundError, requireProjectAccess } from "@/lib/auth/access";
import { allows, isAuthorizationError } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/config";
import { updateProjectAction } from "@/lib/projects/actions";
import { getProject, regionChoices } from "@/lib/projects/queries";
import { projectIdSchema } from "@/lib/projects/schema";
import { formValuesOf } from "@/lib/projects/snapshot";
import { nextStatuses } from "@/lib/projects/status";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("page.edit") };
}

export default async function EditProjectPage({ params }: Props) {
  const user = await requireUser();
  const id = projectIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  try {
    // The region is the stored project's, read from the database (lib/auth/access.ts).
    await requireProjectAccess(user, "project.update", id.data);
  } catch (error) {
    if (error instanceof RecordNotFoundError) notFound();
    if (isAuthorizationError(error)) forbidden();
    throw error;
  }
  const locale = resolveLocale(await getLocale());
  const [t, project, regions] = await Promise.all([getTranslations("projects"), getProject(user, id.data, locale), regionChoices(locale)]);
  if (!project) notFound();
  return (
    <section aria-labelledby="edit-project-title" className="space-y-6">
      <Link href={`/projects/${project.id}`} className="text-sm font-medium text-brand-700 underline hover:text-brand-900">{project.code}</Link>
      <h1 id="edit-project-title" className="text-2xl font-bold text-brand-900">{t("form.editTitle", { code: project.code })}</h1>
      <ProjectForm
        mode="edit"
        action={updateProjectAction.bind(null, project.id)}
        values={formValuesOf(project.snapshot)}
        regions={regions.filter((region) => allows(user, "project.update", { regionId: region.id }))}
        statuses={nextStatuses(project.status)}
        projectId={project.id}
      />
    </section>
  );
}
