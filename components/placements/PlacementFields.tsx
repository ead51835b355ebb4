"use client";
// The fields of a placement, shared by "add worker" and "correct placement". The IIN and the
// hiring date are controlled so that the preview (birth date, sex, age, youth) follows every
// keystroke; the rest are plain inputs. Errors sit under each field (aria-describedby).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldErrors, inputClass, labelClass } from "@/components/ui/form";
import type { PlacementField } from "@/lib/placements/schema";
import { EARLIEST_HIRING_DAY, MAX_HIRING_DAYS_AHEAD, MIN_HIRING_AGE, POSITION_MAX_LENGTH, REFERRAL_NUMBER_MAX_LENGTH } from "@/lib/placements/rules";
import { dayLabel, dayToDate } from "@/lib/placements/days";
import { previewWorker } from "@/lib/placements/worker-preview";
import { WorkerPreview } from "./WorkerPreview";

type Props = {
  idPrefix: string;
  values?: Record<string, string>;
  errors?: Partial<Record<PlacementField | string, string[]>>;
  params?: Record<string, string | number>;
};

/** Placeholders the rule messages need, plus whatever the server sent (e.g. the other project). */
function ruleParams(params?: Record<string, string | number>) {
  return { age: MIN_HIRING_AGE, days: MAX_HIRING_DAYS_AHEAD, date: dayLabel(dayToDate(EARLIEST_HIRING_DAY)), ...params };
}

export function PlacementFields({ idPrefix, values = {}, errors, params }: Props) {
  const t = useTranslations("placements");
  const [iin, setIin] = useState(values.iin ?? "");
  const [hiredAt, setHiredAt] = useState(values.hiredAt ?? "");
  const [referred, setReferred] = useState(values.referredByEmploymentCentre === "on");
  const preview = previewWorker(iin, hiredAt);
  const allParams = ruleParams(params);
  const id = (field: string) => `${idPrefix}-${field}`;
  const described = (field: string, ...extra: string[]) => [...extra, `${id(field)}-errors`].join(" ");
  const invalid = (field: string, also = false) => (errors?.[field] || also ? true : undefined);

  const text = (field: "fullName" | "position", required: boolean, max: number) => (
    <div className="space-y-1">
      <label htmlFor={id(field)} className={labelClass}>{t(`fields.${field}`)}</label>
      <input id={id(field)} name={field} defaultValue={values[field]} required={required} maxLength={max} autoComplete="off"
        aria-invalid={invalid(field)} aria-describedby={described(field)} className={inputClass} />
      <FieldErrors id={`${id(field)}-errors`} codes={errors?.[field]} namespace="placements" params={allParams} />
    </div>
  );

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="space-y-1">
        <label htmlFor={id("iin")} className={labelClass}>{t("fields.iin")}</label>
        <input id={id("iin")} name="iin" value={iin} onChange={(event) => setIin(event.target.value)} inputMode="numeric"
          autoComplete="off" required maxLength={15}
          aria-invalid={invalid("iin", preview.state === "invalid" || (preview.state === "valid" && preview.underMinimumAge))}
          aria-describedby={described("iin", `${id("iin")}-hint`, `${id("iin")}-preview`)} className={`${inputClass} font-mono tracking-wider`} />
        <p id={`${id("iin")}-hint`} className="text-sm text-slate-600">{t("fields.iinHint")}</p>
        <WorkerPreview id={`${id("iin")}-preview`} preview={preview} />
        <FieldErrors id={`${id("iin")}-errors`} codes={errors?.iin} namespace="placements" params={allParams} />
      </div>
      {text("fullName", true, 200)}
      <div className="space-y-1">
        <label htmlFor={id("hiredAt")} className={labelClass}>{t("fields.hiredAt")}</label>
        <input id={id("hiredAt")} name="hiredAt" type="date" value={hiredAt} onChange={(event) => setHiredAt(event.target.value)} required
          aria-invalid={invalid("hiredAt")} aria-describedby={described("hiredAt")} className={inputClass} />
        <FieldErrors id={`${id("hiredAt")}-errors`} codes={errors?.hiredAt} namespace="placements" params={allParams} />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("endedAt")} className={labelClass}>{t("fields.endedAt")}</label>
        <input id={id("endedAt")} name="endedAt" type="date" defaultValue={values.endedAt}
          aria-invalid={invalid("endedAt")} aria-describedby={described("endedAt", `${id("endedAt")}-hint`)} className={inputClass} />
        <p id={`${id("endedAt")}-hint`} className="text-sm text-slate-600">{t("fields.endedAtHint")}</p>
        <FieldErrors id={`${id("endedAt")}-errors`} codes={errors?.endedAt} namespace="placements" params={allParams} />
      </div>
      {text("position", false, POSITION_MAX_LENGTH)}
      <fieldset className="space-y-2 sm:col-span-2">
        <div className="flex items-center gap-2">
          <input id={id("referred")} name="referredByEmploymentCentre" type="checkbox" checked={referred}
            onChange={(event) => setReferred(event.target.checked)} className="h-4 w-4" />
          <label htmlFor={id("referred")} className="text-sm font-semibold text-slate-800">{t("fields.referredByEmploymentCentre")}</label>
        </div>
        {referred ? (
          <div className="max-w-sm space-y-1">
            <label htmlFor={id("referralNumber")} className={labelClass}>{t("fields.referralNumber")}</label>
            <input id={id("referralNumber")} name="referralNumber" defaultValue={values.referralNumber} required
              maxLength={REFERRAL_NUMBER_MAX_LENGTH} autoComplete="off" aria-invalid={invalid("referralNumber")}
              aria-describedby={described("referralNumber")} className={inputClass} />
            <FieldErrors id={`${id("referralNumber")}-errors`} codes={errors?.referralNumber} namespace="placements" params={allParams} />
          </div>
        ) : null}
        <div className="flex items-center gap-2">
          <input id={id("unemployed")} name="unemployedBeforeHiring" type="checkbox" defaultChecked={values.unemployedBeforeHiring === "on"} className="h-4 w-4" />
          <label htmlFor={id("unemployed")} className="text-sm font-semibold text-slate-800">{t("fields.unemployedBeforeHiring")}</label>
        </div>
      </fieldset>
    </div>
  );
}
