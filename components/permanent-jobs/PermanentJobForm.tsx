"use client";
// Add or edit a permanent job: title, employer, date created, filled or vacant, and optionally
// who fills it, named by IIN (shown only to those who may see personal data). Checked in the
// browser with the server's schema first; the server checks again and decides.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass, FieldErrors, FormStatus } from "@/components/ui/form";
import { TextField } from "@/components/projects/Field";
import { fieldErrors, initialActionState, type ActionState } from "@/lib/forms/state";
import { permanentJobFormInput, permanentJobSchema } from "@/lib/permanent-jobs/schema";
import { projectFormValues } from "@/lib/projects/schema";

type Props = {
  idPrefix: string;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  values?: Record<string, string>;
  personalData: boolean;
  submitLabel: string;
};

const NAMESPACE = "permanentJobs";

export function PermanentJobForm({ idPrefix, action, values: initialValues = {}, personalData, submitLabel }: Props) {
  const t = useTranslations("permanentJobs");
  const [state, submit, pending] = useActionState(async (previous: ActionState, formData: FormData): Promise<ActionState> => {
    const checked = permanentJobSchema.safeParse(permanentJobFormInput(formData));
    if (!checked.success) return { ok: false, message: "invalidInput", errors: fieldErrors(checked.error), values: projectFormValues(formData) };
    return action(previous, formData);
  }, initialActionState);
  // After a save the fields start again from the stored values; after a refusal, from what was typed.
  const values = state.ok ? initialValues : (state.values ?? initialValues);
  const fieldsKey = state.ok ? `saved-${state.data?.savedAt}` : JSON.stringify(values);
  const shared = { idPrefix, errors: state.errors, params: state.params, namespace: NAMESPACE };
  const filledId = `${idPrefix}-filled`;
  return (
    <form action={submit} noValidate className="space-y-4">
      <FormStatus state={state} namespace={NAMESPACE} />
      <div key={fieldsKey} className="grid gap-4 sm:grid-cols-2">
        <TextField {...shared} name="title" label={t("fields.title")} defaultValue={values.title} maxLength={200} />
        <TextField {...shared} name="employer" label={t("fields.employer")} defaultValue={values.employer} maxLength={300} />
        <TextField {...shared} name="createdOn" type="date" label={t("fields.createdOn")} defaultValue={values.createdOn} />
        <div className="space-y-1 sm:pt-7">
          <div className="flex items-center gap-2">
            <input id={filledId} name="filled" type="checkbox" defaultChecked={values.filled === "on"} aria-describedby={`${filledId}-errors`} className="h-4 w-4" />
            <label htmlFor={filledId} className="text-sm font-semibold text-slate-800">{t("fields.filled")}</label>
          </div>
          <FieldErrors id={`${filledId}-errors`} codes={state.errors?.filled} namespace={NAMESPACE} />
        </div>
        {personalData ? (
          <>
            <TextField {...shared} name="workerIin" label={t("fields.workerIin")} hint={t("fields.workerIinHint")} defaultValue={values.workerIin} inputMode="numeric" maxLength={12} />
            <TextField {...shared} name="workerName" label={t("fields.workerName")} hint={t("fields.workerNameHint")} defaultValue={values.workerName} maxLength={200} />
          </>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? t("saving") : submitLabel}</button>
    </form>
  );
}
