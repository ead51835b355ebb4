"use client";
// Corrections of a submitted month (lib/reports/reopening.ts): the akimat's request to reopen,
// with the reason, and the analyst's decision on it (refusing needs a reason too).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { decideReopeningAction, requestReopeningAction } from "@/lib/reports/actions";
import { initialActionState } from "@/lib/forms/state";
import { buttonClass, FieldErrors, FormStatus, inputClass, labelClass, secondaryButtonClass } from "@/components/ui/form";

function TextArea({ name, label, hint, value, errors }: { name: string; label: string; hint: string; value: string; errors?: string[] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className={labelClass}>{label}</label>
      <textarea id={name} name={name} rows={3} defaultValue={value} aria-invalid={errors ? true : undefined}
        aria-describedby={`${name}-hint ${name}-errors`} className={inputClass} />
      <p id={`${name}-hint`} className="text-sm text-slate-600">{hint}</p>
      <FieldErrors id={`${name}-errors`} codes={errors} namespace="reports" />
    </div>
  );
}

export function ReopenRequestForm({ regionCode, month }: { regionCode: string; month: string }) {
  const t = useTranslations("reports");
  const [state, action, pending] = useActionState(requestReopeningAction.bind(null, regionCode, month), initialActionState);
  return (
    <form action={action} noValidate className="space-y-4" data-testid="reopen-request-form">
      <FormStatus state={state} namespace="reports" />
      <TextArea name="reason" label={t("reopen.reasonLabel")} hint={t("reopen.reasonHint")} value={state.values?.reason ?? ""} errors={state.errors?.reason} />
      <button type="submit" disabled={pending} className={buttonClass}>{t("reopen.request")}</button>
    </form>
  );
}

export function ReopenDecisionForm({ regionCode, month }: { regionCode: string; month: string }) {
  const t = useTranslations("reports");
  const [state, action, pending] = useActionState(decideReopeningAction.bind(null, regionCode, month), initialActionState);
  return (
    <form action={action} noValidate className="space-y-4" data-testid="reopen-decision-form">
      <FormStatus state={state} namespace="reports" />
      <TextArea name="comment" label={t("reopen.commentLabel")} hint={t("reopen.commentHint")} value={state.values?.comment ?? ""} errors={state.errors?.comment} />
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="decision" value="approve" disabled={pending} className={buttonClass}>{t("reopen.approve")}</button>
        <button type="submit" name="decision" value="refuse" disabled={pending} className={secondaryButtonClass}>{t("reopen.refuse")}</button>
      </div>
    </form>
  );
}
