"use client";
// The project form, for a new project and for edits (every field of the model, funding
// by source, errors next to the field, translated). The same zod schema as the server action
// checks it first in the browser, so most mistakes are shown without a round trip; the server
// validates again and decides (region, code uniqueness, status moves, version, month lock).
import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { buttonClass, FormStatus } from "@/components/ui/form";
import type { ProjectStatus } from "@/generated/prisma/enums";
import { fieldErrors, initialActionState, type ActionState } from "@/lib/forms/state";
import type { RegionChoice } from "@/lib/projects/queries";
import { CATEGORIES, WORK_TYPES } from "@/lib/projects/vocabulary";
import { SelectField, TextField } from "./Field";
import { FundingFields } from "./FundingFields";
import { PlaceFields } from "./PlaceFields";

type Props = {
  mode: "create" | "edit";
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  values: Record<string, string>;
  regions: RegionChoice[];
  statuses: ProjectStatus[];
  projectId?: number;
};

const NAMESPACE = "projects";

/** The project schema, fetched once: on the form's first focus, so it is there by the first submit. */
const loadSchema = () => import("@/lib/projects/schema");

export function ProjectForm({ mode, action, values: initialValues, regions, statuses, projectId }: Props) {
  const t = useTranslations("projects");
  const enums = useTranslations("enums");
  const [state, submit, pending] = useActionState(async (previous: ActionState, formData: FormData): Promise<ActionState> => {
    // The schema (and zod) loads when the form is first used, not with the page (npm run bench:browser).
    const { projectSchema, projectUpdateSchema, projectFormInput, projectFormValues } = await loadSchema();
    const checked = (mode === "create" ? projectSchema : projectUpdateSchema).safeParse(projectFormInput(formData));
    if (!checked.success) {
      return { ok: false, message: "invalidInput", errors: fieldErrors(checked.error), values: projectFormValues(formData) };
    }
    return action(previous, formData);
  }, initialActionState);
  const formRef = useRef<HTMLFormElement>(null);
  // After a refusal, move the focus to the first field to fix (WCAG 3.3.1: errors identified).
  useEffect(() => {
    if (!state.errors) return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [state]);

  const values = state.values ?? initialValues;
  const shared = { idPrefix: "project", errors: state.errors, params: state.params, namespace: NAMESPACE };
  const text = (name: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField {...shared} name={name} label={t(`fields.${name}` as "fields.code")} defaultValue={values[name]} {...extra} />
  );
  const options = (kind: "category" | "workType" | "status", list: readonly string[]) =>
    list.map((value) => ({ value, label: enums(`${kind}.${value}` as "status.PLANNED") }));
  const section = "space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6";
  const legend = "px-1 text-lg font-semibold text-brand-900";
  const stale = state.message === "staleVersion" || state.message === "staleVersionUnknown";

  return (
    <form ref={formRef} action={submit} onFocus={() => void loadSchema()} noValidate className="space-y-6" aria-describedby="project-form-status">
      <div id="project-form-status">
        <FormStatus state={state} namespace={NAMESPACE} />
        {stale && projectId ? (
          <a href={`/projects/${projectId}/edit`} className="mt-2 inline-block font-medium text-brand-700 underline hover:text-brand-900">
            {t("form.reload")}
          </a>
        ) : null}
      </div>
      {/* `key` remounts the fields with what was typed after a refusal (React resets a form after its action). */}
      <div key={JSON.stringify(values)} className="space-y-6">
        {mode === "edit" ? <input type="hidden" name="version" value={values.version ?? ""} /> : null}
        <fieldset className={section}>
          <legend className={legend}>{t("form.sections.identity")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {text("code", { hint: t("form.hints.code"), maxLength: 32 })}
            {text("programmeYear", { inputMode: "numeric", maxLength: 4 })}
          </div>
          {text("name", { maxLength: 500 })}
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField {...shared} name="category" label={t("fields.category")} options={options("category", CATEGORIES)} placeholder={t("form.choose")} defaultValue={values.category} />
            <SelectField {...shared} name="workType" label={t("fields.workType")} options={options("workType", WORK_TYPES)} placeholder={t("form.choose")} defaultValue={values.workType} />
          </div>
        </fieldset>
        <fieldset className={section}>
          <legend className={legend}>{t("form.sections.place")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <PlaceFields {...shared} regions={regions} regionId={values.regionId} districtId={values.districtId} />
          </div>
          {text("settlement", { maxLength: 200 })}
          <div className="grid gap-4 sm:grid-cols-2">
            {text("latitude", { inputMode: "decimal", hint: t("form.hints.coordinates") })}
            {text("longitude", { inputMode: "decimal" })}
          </div>
        </fieldset>
        <fieldset className={section}>
          <legend className={legend}>{t("form.sections.schedule")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField {...shared} name="status" label={t("fields.status")} options={options("status", statuses)} defaultValue={values.status ?? statuses[0]} hint={t("form.hints.status")} />
            {text("statusSince", { type: "date", hint: t("form.hints.statusSince") })}
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            {text("plannedStart", { type: "date" })}
            {text("plannedEnd", { type: "date" })}
            {text("actualStart", { type: "date", hint: t("form.hints.actualDates") })}
            {text("actualEnd", { type: "date" })}
            {text("commissionedAt", { type: "date" })}
          </div>
        </fieldset>
        <fieldset className={section}>
          <legend className={legend}>{t("form.sections.contractor")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {text("contractorName", { maxLength: 300 })}
            {text("contractorBin", { inputMode: "numeric", maxLength: 12, hint: t("form.hints.bin") })}
          </div>
        </fieldset>
        <fieldset className={section}>
          <legend className={legend}>{t("form.sections.jobs")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {text("plannedTemporaryJobs", { inputMode: "numeric" })}
            {text("plannedPermanentJobs", { inputMode: "numeric" })}
          </div>
        </fieldset>
        <fieldset className={section}>
          <legend className={legend}>{t("form.sections.funding")}</legend>
          <div className="max-w-sm">{text("fundingOn", { type: "date", hint: t("form.hints.fundingOn") })}</div>
          <FundingFields {...shared} values={values} />
        </fieldset>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? t("form.saving") : mode === "create" ? t("form.create") : t("form.save")}
        </button>
        <a href={projectId ? `/projects/${projectId}` : "/projects"} className="font-medium text-brand-700 underline hover:text-brand-900">
          {t("form.cancel")}
        </a>
      </div>
    </form>
  );
}
