"use client";
// Role and region: the region list appears for akimat accounts only, which are bound to one
// region; the server drops a region sent for any other role (lib/users/schema.ts).
import { useState } from "react";
import { ROLES, type RegionOption, type UserActionState, type UserRole } from "@/lib/users/schema";
import { FieldErrors, inputClass, labelClass } from "./FieldErrors";
import { useAdminText } from "./useAdminText";

export function RoleRegionFields({
  idPrefix,
  regions,
  defaultRole,
  defaultRegionId,
  errors,
}: {
  idPrefix: string;
  regions: RegionOption[];
  defaultRole: UserRole | "";
  defaultRegionId: number | null;
  errors: UserActionState["errors"];
}) {
  const { t } = useAdminText();
  const [role, setRole] = useState<string>(defaultRole);
  return (
    <>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-role`} className={labelClass}>
          {t("fields.role")}
        </label>
        <select
          id={`${idPrefix}-role`}
          name="role"
          required
          value={role}
          onChange={(event) => setRole(event.target.value)}
          aria-invalid={errors?.role ? true : undefined}
          aria-describedby={`${idPrefix}-role-errors`}
          className={inputClass}
        >
          <option value="" disabled>
            —
          </option>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {t(`roles.${value}`)}
            </option>
          ))}
        </select>
        <FieldErrors id={`${idPrefix}-role-errors`} codes={errors?.role} />
      </div>
      {role === "AKIMAT" ? (
        <div className="space-y-1">
          <label htmlFor={`${idPrefix}-region`} className={labelClass}>
            {t("fields.regionId")}
          </label>
          <select
            id={`${idPrefix}-region`}
            name="regionId"
            required
            defaultValue={defaultRegionId ?? ""}
            aria-invalid={errors?.regionId ? true : undefined}
            aria-describedby={`${idPrefix}-region-errors`}
            className={inputClass}
          >
            <option value="">{t("fields.regionNone")}</option>
            {regions.map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
          <FieldErrors id={`${idPrefix}-region-errors`} codes={errors?.regionId} hint={t("fields.regionHint")} />
        </div>
      ) : null}
    </>
  );
}
