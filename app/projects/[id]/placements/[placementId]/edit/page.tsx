import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditPlacementForm } from "@/components/placements/EditPlacementForm";
import { RecordNotFoundError } from "@/lib/auth/access";
import { isAuthorizationError } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { placementForEdit } from "@/lib/placements/queries";
import { recordIdSchema } from "@/lib/placements/schema";

type Props = { params: Promise<{ id: string; placementId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("placements"))("edit.title") };
}

export default async function EditPlacementPage({ params }: Props) {
  const user = await requireUser();
  const { id, placementId } = await params;
  const projectId = recordIdSchema.safeParse(id);
  const placement = recordIdSchema.safeParse(placementId);
  if (!projectId.success || !placement.success) notFound();
  const loaded = await placementForEdit(user, placement.data).catch((error: unknown) => {
    // Another region's placement is outside the caller's scope: "not found", like an id that
    // does not exist (docs/privacy.md), so the answer does not confirm it exists. A role that may
    // never edit placements gets 403.
    if (isAuthorizationError(error)) return error.code === "wrongRegion" ? null : ("forbidden" as const);
    if (error instanceof RecordNotFoundError) return null;
    throw error;
  });
  if (loaded === "forbidden") forbidden();
  if (!loaded) notFound();
  // A placement moved to another project: its address follows it.
  if (loaded.project.id !== projectId.data) redirect(`/projects/${loaded.project.id}/placements/${loaded.id}/edit`);
  const t = await getTranslations("placements");
  return (
    <section aria-labelledby="edit-placement-title" className="space-y-6">
      <Link href={`/projects/${loaded.project.id}`} className="text-sm font-medium text-brand-700 underline hover:text-brand-900">
        {t("edit.back")}
      </Link>
      <div>
        <h1 id="edit-placement-title" className="text-2xl font-bold text-brand-900">{t("edit.title")}</h1>
        <p className="text-slate-700">{`${loaded.project.code} — ${loaded.project.name}`}</p>
      </div>
      <EditPlacementForm placementId={loaded.id} updatedAt={loaded.updatedAt} values={loaded.values} />
    </section>
  );
}
