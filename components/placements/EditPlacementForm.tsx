"use client";
// Correcting a placement: every field, including the person (IIN) and the project (a code of
// the same region). The version it was opened on travels along, so a change made meanwhile by
// someone else is not overwritten.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass, FieldErrors, FormStatus, inputClass, labelClass } from "@/components/ui/form";
import { correctPlacementAction } from "@/lib/placements/actions";
import { initialActionState } from "@/lib/forms/state";
import { PlacementFields } from "./PlacementFields";

export function EditPlacementForm({ placementId, updatedAt, values }: { placementId: number; updatedAt: string; values: Record<string, string> }) {
  const t = useTranslations("placements");
  const [state, action, pending] = useActionState(correctPlacementAction, initialActionState);
  const shown = state.values ?? values;
  return (
    <form action={action} noValidate className="max-w-3xl space-y-4" key={JSON.stringify(shown)}>
      <FormStatus state={state} namespace="placements" />
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="updatedAt" value={updatedAt} />
      <div className="max-w-sm space-y-1">
        <label htmlFor="edit-placement-projectCode" className={labelClass}>{t("fields.projectCode")}</label>
        <input id="edit-placement-projectCode" name="projectCode" defaultValue={shown.projectCode} required autoComplete="off"
          aria-invalid={state.errors?.projectCode ? true : undefined}
          aria-describedby="edit-placement-projectCode-hint edit-placement-projectCode-errors" className={inputClass} />
        <p id="edit-placement-projectCode-hint" className="text-sm text-slate-600">{t("fields.projectCodeHint")}</p>
        <FieldErrors id="edit-placement-projectCode-errors" codes={state.errors?.projectCode} namespace="placements" />
      </div>
      <PlacementFields idPrefix="edit-placement" values={shown} errors={state.errors} params={state.params} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? t("edit.submitting") : t("edit.submit")}</button>
    </form>
  );
}
