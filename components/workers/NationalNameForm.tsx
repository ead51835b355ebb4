"use client";
// The ministry corrects the national record's name of a person (docs/privacy.md). The regions'
// own spellings are not touched: each region keeps seeing what it typed.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass, FormStatus } from "@/components/ui/form";
import { TextField } from "@/components/projects/Field";
import { initialActionState, type ActionState } from "@/lib/forms/state";

type Props = { action: (previous: ActionState, formData: FormData) => Promise<ActionState>; fullName: string };

export function NationalNameForm({ action, fullName }: Props) {
  const t = useTranslations("workers");
  const [state, submit, pending] = useActionState(action, initialActionState);
  const value = state.ok ? fullName : (state.values?.fullName ?? fullName);
  return (
    <form action={submit} noValidate className="max-w-xl space-y-3">
      <FormStatus state={state} namespace="workers" />
      <TextField key={value} idPrefix="national" name="fullName" label={t("nationalName")} hint={t("nationalNameHint")} defaultValue={value}
        errors={state.errors} params={state.params} namespace="placements" maxLength={200} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? t("saving") : t("save")}</button>
    </form>
  );
}
