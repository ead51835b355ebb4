"use client";
// "Add a worker" on the project page: IIN (checked as it is typed), name, dates, referral.
// The server action validates with the same schema and decides; this form only helps.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass, FormStatus } from "@/components/ui/form";
import { addWorkerAction } from "@/lib/placements/actions";
import { initialActionState } from "@/lib/forms/state";
import { PlacementFields } from "./PlacementFields";

export function AddWorkerForm({ projectId }: { projectId: number }) {
  const t = useTranslations("placements");
  const [state, action, pending] = useActionState(addWorkerAction, initialActionState);
  // A fresh set of fields after each save; after a refusal, the fields again with what was typed.
  const fieldsKey = state.ok ? `saved-${state.data?.placementId}` : `typed-${JSON.stringify(state.values ?? {})}`;
  return (
    <form action={action} noValidate aria-labelledby="add-worker-title" className="space-y-4 border-t border-slate-200 pt-4">
      <h3 id="add-worker-title" className="text-lg font-semibold text-brand-900">{t("add.title")}</h3>
      <FormStatus state={state} namespace="placements" />
      <input type="hidden" name="projectId" value={projectId} />
      <PlacementFields key={fieldsKey} idPrefix="add-worker" values={state.ok ? {} : state.values} errors={state.errors} params={state.params} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? t("add.submitting") : t("add.submit")}</button>
    </form>
  );
}
