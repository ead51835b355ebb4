"use client";
// Ending a placement from the project's list: the last day worked, one field and a button.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors, FormStatus, inputClass, secondaryButtonClass } from "@/components/ui/form";
import { endPlacementAction } from "@/lib/placements/actions";
import { initialActionState } from "@/lib/forms/state";

export function EndPlacementForm({ placementId, label }: { placementId: number; label: string }) {
  const t = useTranslations("placements");
  const [state, action, pending] = useActionState(endPlacementAction, initialActionState);
  const id = `end-placement-${placementId}`;
  return (
    <form action={action} noValidate className="space-y-1">
      <input type="hidden" name="placementId" value={placementId} />
      <div className="flex items-end gap-2">
        <div>
          <label htmlFor={id} className="sr-only">{`${t("end.label")}: ${label}`}</label>
          <input id={id} name="endedAt" type="date" required defaultValue={state.values?.endedAt}
            aria-invalid={state.errors?.endedAt ? true : undefined} aria-describedby={`${id}-errors`}
            className={`${inputClass} w-auto py-1 text-sm`} />
        </div>
        <button type="submit" disabled={pending} className={`${secondaryButtonClass} px-2 py-1 text-sm`}>
          {pending ? t("end.submitting") : t("end.submit")}
        </button>
      </div>
      <FieldErrors id={`${id}-errors`} codes={state.errors?.endedAt} namespace="placements" params={state.params} />
      {state.ok ? null : <FormStatus state={{ ...state, message: state.errors ? undefined : state.message }} namespace="placements" />}
    </form>
  );
}
