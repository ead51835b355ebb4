import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ProjectForm } from "@/components/projects/ProjectForm";
import { allows } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { resolveLocale } from "@/lib/i18n/config";
import { createProjectAction } from "@/lib/projects/actions";
import { regionChoices } from "@/lib/projects/queries";
import { PROJECT_STATUSES } from "@/lib/projects/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("form.newTitle") };
}

export default async function NewProjectPage() {
  const user = await requireUser("project.create");
  const locale = resolveLocale(await getLocale());
  const [t, regions] = await Promise.all([getTranslations("projects"), regionChoices(locale)]);
  // An akimat creates projects in its own region only: it is offered no other.
  const allowed = regions.filter((region) => allows(user, "project.create", { regionId: region.id }));
  return (
    <section aria-labelledby="new-project-title" className="space-y-6">
      <Link href="/projects" className="text-sm font-medium text-brand-700 underline hover:text-brand-900">{t("page.back")}</Link>
      <h1 id="new-project-title" className="text-2xl font-bold text-brand-900">{t("form.newTitle")}</h1>
      <ProjectForm mode="create" action={createProjectAction} values={{ status: "PLANNED" }} regions={allowed} statuses={[...PROJECT_STATUSES]} />
    </section>
  );
}
