"use client";
// Deactivate or reactivate an account. The server refuses an admin deactivating themselves.
import { useActionState } from "react";
import { setUserActiveAction } from "@/lib/users/actions";
import { initialUserActionState } from "@/lib/users/schema";
import { buttonClass } from "./FieldErrors";
import { FormStatus } from "./FormStatus";
import { useAdminText } from "./useAdminText";

export function UserStatusForm({ userId, active }: { userId: number; active: boolean }) {
  const { t } = useAdminText();
  const [state, action, pending] = useActionState(setUserActiveAction.bind(null, userId, !active), initialUserActionState);
  return (
    <form action={action} className="space-y-4">
      <p className="text-slate-800">{active ? t("users.statusActive") : t("users.statusInactive")}</p>
      {active ? <p className="text-sm text-slate-700">{t("users.deactivateHint")}</p> : null}
      <FormStatus state={state} />
      <button
        type="submit"
        disabled={pending}
        className={active ? buttonClass.replace("bg-brand-700", "bg-red-700").replace("hover:bg-brand-800", "hover:bg-red-800") : buttonClass}
      >
        {pending ? t("users.saving") : active ? t("users.deactivate") : t("users.reactivate")}
      </button>
    </form>
  );
}
