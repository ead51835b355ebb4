"use client";
// New account: e-mail, name, role (and region for an akimat), initial password.
import { useActionState } from "react";
import { createUserAction } from "@/lib/users/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { initialUserActionState, ROLES, type RegionOption, type UserRole } from "@/lib/users/schema";
import { buttonClass, FieldErrors, inputClass, labelClass } from "./FieldErrors";
import { FormStatus } from "./FormStatus";
import { RoleRegionFields } from "./RoleRegionFields";
import { useAdminText } from "./useAdminText";

function asRole(value: string | undefined): UserRole | "" {
  return (ROLES as readonly string[]).includes(value ?? "") ? (value as UserRole) : "";
}

export function CreateUserForm({ regions }: { regions: RegionOption[] }) {
  const { t } = useAdminText();
  const [state, action, pending] = useActionState(createUserAction, initialUserActionState);
  const values = state.values ?? {};
  const errors = state.errors;
  return (
    // `key` remounts the fields with the echoed values after a refusal (React resets the form).
    <form action={action} noValidate className="max-w-xl space-y-5" key={JSON.stringify(values)}>
      <FormStatus state={state} />
      <div className="space-y-1">
        <label htmlFor="new-user-email" className={labelClass}>
          {t("fields.email")}
        </label>
        <input
          id="new-user-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          defaultValue={values.email}
          aria-invalid={errors?.email ? true : undefined}
          aria-describedby="new-user-email-errors"
          className={inputClass}
        />
        <FieldErrors id="new-user-email-errors" codes={errors?.email} />
      </div>
      <div className="space-y-1">
        <label htmlFor="new-user-name" className={labelClass}>
          {t("fields.name")}
        </label>
        <input
          id="new-user-name"
          name="name"
          autoComplete="off"
          required
          defaultValue={values.name}
          aria-invalid={errors?.name ? true : undefined}
          aria-describedby="new-user-name-errors"
          className={inputClass}
        />
        <FieldErrors id="new-user-name-errors" codes={errors?.name} />
      </div>
      <RoleRegionFields
        idPrefix="new-user"
        regions={regions}
        defaultRole={asRole(values.role)}
        defaultRegionId={values.regionId ? Number(values.regionId) : null}
        errors={errors}
      />
      <PasswordFields idPrefix="new-user" errors={errors} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("users.saving") : t("users.create")}
      </button>
    </form>
  );
}

/** New password twice; used by the create and the reset forms. */
export function PasswordFields({ idPrefix, errors }: { idPrefix: string; errors?: { password?: string[]; passwordConfirm?: string[] } }) {
  const { t } = useAdminText();
  return (
    <>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-password`} className={labelClass}>
          {t("fields.password")}
        </label>
        <input
          id={`${idPrefix}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          aria-invalid={errors?.password ? true : undefined}
          aria-describedby={`${idPrefix}-password-errors`}
          className={inputClass}
        />
        <FieldErrors
          id={`${idPrefix}-password-errors`}
          codes={errors?.password}
          hint={t("fields.passwordHint", { min: MIN_PASSWORD_LENGTH })}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-password-confirm`} className={labelClass}>
          {t("fields.passwordConfirm")}
        </label>
        <input
          id={`${idPrefix}-password-confirm`}
          name="passwordConfirm"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={errors?.passwordConfirm ? true : undefined}
          aria-describedby={`${idPrefix}-password-confirm-errors`}
          className={inputClass}
        />
        <FieldErrors id={`${idPrefix}-password-confirm-errors`} codes={errors?.passwordConfirm} />
      </div>
    </>
  );
}
