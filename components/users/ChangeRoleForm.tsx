"use client";
import { useActionState } from "react";
import { changeRoleAction } from "@/lib/users/actions";
import { initialUserActionState, type RegionOption, type UserRole } from "@/lib/users/schema";
import { buttonClass } from "./FieldErrors";
import { FormStatus } from "./FormStatus";
import { RoleRegionFields } from "./RoleRegionFields";
import { useAdminText } from "./useAdminText";

export function ChangeRoleForm({ userId, role, regionId, regions }: { userId: number; role: UserRole; regionId: number | null; regions: RegionOption[] }) {
  const { t } = useAdminText();
  const [state, action, pending] = useActionState(changeRoleAction.bind(null, userId), initialUserActionState);
  return (
    <form action={action} noValidate className="space-y-4">
      <FormStatus state={state} />
      <RoleRegionFields idPrefix="change-role" regions={regions} defaultRole={role} defaultRegionId={regionId} errors={state.errors} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("users.saving") : t("users.saveRole")}
      </button>
    </form>
  );
}
