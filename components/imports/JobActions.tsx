"use client";
// Confirm (write all rows, in one transaction) or cancel a checked import.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormStatus, buttonClass, secondaryButtonClass } from "@/components/ui/form";
import { cancelImportAction, confirmImportAction } from "@/lib/imports/actions";
import { initialActionState } from "@/lib/forms/state";

export function JobActions({ jobId, rows }: { jobId: number; rows: number }) {
  const t = useTranslations("imports");
  const [confirmState, confirm, confirming] = useActionState(confirmImportAction.bind(null, jobId), initialActionState);
  const [cancelState, cancel, cancelling] = useActionState(cancelImportAction.bind(null, jobId), initialActionState);
  const busy = confirming || cancelling;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <form action={confirm}>
          <button type="submit" className={buttonClass} disabled={busy}>{t("job.confirm", { count: rows })}</button>
        </form>
        <form action={cancel}>
          <button type="submit" className={secondaryButtonClass} disabled={busy}>{t("job.cancel")}</button>
        </form>
      </div>
      <FormStatus state={confirmState.message ? confirmState : cancelState} namespace="imports" />
    </div>
  );
}
