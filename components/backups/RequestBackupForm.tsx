"use client";
// "Back up now": queues a backup for a worker (lib/backup/actions.ts); the outcome is announced.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass, FormStatus } from "@/components/ui/form";
import { requestBackupAction } from "@/lib/backup/actions";
import { initialActionState } from "@/lib/forms/state";

export function RequestBackupForm() {
  const t = useTranslations("admin.backups");
  const [state, action, pending] = useActionState(requestBackupAction, initialActionState);
  return (
    <form action={action} className="space-y-3">
      <p className="text-sm text-slate-700">{t("requestHint")}</p>
      <FormStatus state={state} namespace="admin.backups" />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("requesting") : t("request")}
      </button>
    </form>
  );
}
