"use client";
// Removing a wrongly entered placement, after a confirmation (the removal is audited, and the
// person is deleted too when nothing else refers to them).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus } from "@/components/ui/form";
import { removePlacementAction } from "@/lib/placements/actions";
import { initialActionState } from "@/lib/forms/state";

export function RemovePlacementButton({ placementId, label }: { placementId: number; label: string }) {
  const t = useTranslations("placements");
  const [state, action, pending] = useActionState(removePlacementAction, initialActionState);
  return (
    <form
      action={action}
      onSubmit={(event) => {
        if (!window.confirm(t("remove.confirm"))) event.preventDefault();
      }}
    >
      <input type="hidden" name="placementId" value={placementId} />
      <button type="submit" disabled={pending} aria-label={`${t("remove.submit")}: ${label}`}
        className="rounded px-2 py-1 text-sm font-semibold text-red-700 underline hover:text-red-900 disabled:opacity-60">
        {pending ? t("remove.submitting") : t("remove.submit")}
      </button>
      {state.ok ? null : <FormStatus state={state} namespace="placements" />}
    </form>
  );
}
