"use client";
import { useActionState } from "react";
import { resetPasswordAction } from "@/lib/users/actions";
import { initialUserActionState } from "@/lib/users/schema";
import { PasswordFields } from "./CreateUserForm";
import { buttonClass } from "./FieldErrors";
import { FormStatus } from "./FormStatus";
import { useAdminText } from "./useAdminText";

export function ResetPasswordForm({ userId }: { userId: number }) {
  const { t } = useAdminText();
  const [state, action, pending] = useActionState(resetPasswordAction.bind(null, userId), initialUserActionState);
  return (
    <form action={action} noValidate className="space-y-4">
      <p className="text-sm text-slate-700">{t("users.passwordSectionHint")}</p>
      <FormStatus state={state} />
      <PasswordFields idPrefix="reset-password" errors={state.errors} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("users.saving") : t("users.resetPassword")}
      </button>
    </form>
  );
}
