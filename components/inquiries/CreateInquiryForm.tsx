"use client";
// An analyst registers an incoming deputies' inquiry and links the deputies' accounts among its
// authors: those deputies will see the inquiry and, once sent, its answer. A deputy registers
// their own inquiry with the same form, without the co-signers (`deputies` null): only the
// ministry links other deputies, and the server drops any ids a deputy sends.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createInquiryAction } from "@/lib/inquiries/actions";
import { initialActionState } from "@/lib/forms/state";
import { buttonClass, FieldErrors, FormStatus, inputClass, labelClass } from "@/components/ui/form";

type Field = "number" | "receivedOn" | "dueOn" | "authors" | "faction" | "subject";

export function CreateInquiryForm({ deputies }: { deputies: Array<{ id: number; name: string }> | null }) {
  const t = useTranslations("inquiries");
  const [state, action, pending] = useActionState(createInquiryAction, initialActionState);
  const errors = state.errors ?? {};
  const chosen = new Set((state.values?.deputyIds ?? "").split(",").filter(Boolean));

  const input = (field: Field, props: { type?: string; hint?: string; maxLength: number; required?: boolean }) => (
    <div className="space-y-1">
      <label htmlFor={`inquiry-${field}`} className={labelClass}>{t(`fields.${field}`)}</label>
      <input
        id={`inquiry-${field}`}
        name={field}
        type={props.type ?? "text"}
        required={props.required ?? true}
        maxLength={props.maxLength}
        defaultValue={state.values?.[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={`inquiry-${field}-errors`}
        className={inputClass}
      />
      <FieldErrors id={`inquiry-${field}-errors`} codes={errors[field]} hint={props.hint} namespace="inquiries" />
    </div>
  );

  return (
    <form action={action} className="max-w-3xl space-y-5 rounded border border-slate-200 bg-white p-6" noValidate>
      <FormStatus state={state} namespace="inquiries" />
      <div className="grid gap-5 sm:grid-cols-3">
        {input("number", { hint: t("fields.numberHint"), maxLength: 20 })}
        {input("receivedOn", { type: "date", maxLength: 10 })}
        {input("dueOn", { type: "date", maxLength: 10 })}
      </div>
      {input("authors", { hint: t("fields.authorsHint"), maxLength: 1000 })}
      {input("faction", { hint: t("fields.factionHint"), maxLength: 300, required: false })}
      <div className="space-y-1">
        <label htmlFor="inquiry-subject" className={labelClass}>{t("fields.subject")}</label>
        <textarea
          id="inquiry-subject"
          name="subject"
          rows={3}
          required
          maxLength={1000}
          defaultValue={state.values?.subject}
          aria-invalid={errors.subject ? true : undefined}
          aria-describedby="inquiry-subject-errors"
          className={inputClass}
        />
        <FieldErrors id="inquiry-subject-errors" codes={errors.subject} namespace="inquiries" />
      </div>
      {deputies === null ? null : <CoSigners deputies={deputies} chosen={chosen} codes={errors.deputyIds} />}
      <button type="submit" className={buttonClass} disabled={pending}>{pending ? t("creating") : t("create")}</button>
    </form>
  );
}

/** The deputies' accounts among the authors: the ministry's form only. */
function CoSigners({ deputies, chosen, codes }: { deputies: Array<{ id: number; name: string }>; chosen: Set<string>; codes?: string[] }) {
  const t = useTranslations("inquiries");
  return (
    <fieldset className="space-y-2" aria-describedby="inquiry-deputies-errors">
      <legend className={labelClass}>{t("fields.deputies")}</legend>
      {deputies.length === 0 ? <p className="text-sm text-slate-600">{t("fields.noDeputies")}</p> : null}
      {deputies.map((deputy) => (
        <label key={deputy.id} className="flex items-center gap-2">
          <input type="checkbox" name="deputyIds" value={deputy.id} defaultChecked={chosen.has(String(deputy.id))} className="h-4 w-4" />
          <span>{deputy.name}</span>
        </label>
      ))}
      <FieldErrors id="inquiry-deputies-errors" codes={codes} hint={t("fields.deputiesHint")} namespace="inquiries" />
    </fieldset>
  );
}
