"use client";
// An analyst freezes the current figures — or those as of the end of a programme month — as a
// snapshot. The server collects the figures itself: the form only names the snapshot and the month.
import { useActionState } from "react";
import { MONTH_LONG, monthAsDate } from "@/components/reports/format";
import type { MonthKey } from "@/lib/reports/period";
import { useFormatter, useTranslations } from "next-intl";
import { publishSnapshotAction } from "@/lib/snapshots/actions";
import { initialActionState } from "@/lib/forms/state";
import { buttonClass, FieldErrors, FormStatus, inputClass, labelClass } from "@/components/ui/form";

export function PublishSnapshotForm({ months }: { months: readonly string[] }) {
  const t = useTranslations("snapshots");
  const format = useFormatter();
  const [state, action, pending] = useActionState(publishSnapshotAction, initialActionState);
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-4 rounded border border-slate-200 bg-white p-5" aria-labelledby="publish-title" noValidate>
      <h2 id="publish-title" className="text-lg font-bold text-brand-900">{t("publishTitle")}</h2>
      <p className="text-sm text-slate-700">{t("publishIntro")}</p>
      <FormStatus state={state} namespace="snapshots" />
      <div className="space-y-1">
        <label htmlFor="snapshot-title" className={labelClass}>{t("fields.title")}</label>
        <input
          id="snapshot-title"
          name="title"
          required
          maxLength={200}
          defaultValue={state.values?.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby="snapshot-title-errors"
          className={inputClass}
        />
        <FieldErrors id="snapshot-title-errors" codes={errors.title} hint={t("fields.titleHint")} namespace="snapshots" />
      </div>
      <div className="space-y-1">
        <label htmlFor="snapshot-note" className={labelClass}>{t("fields.note")}</label>
        <textarea
          id="snapshot-note"
          name="note"
          rows={2}
          maxLength={2000}
          defaultValue={state.values?.note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby="snapshot-note-errors"
          className={inputClass}
        />
        <FieldErrors id="snapshot-note-errors" codes={errors.note} namespace="snapshots" />
      </div>
      <div className="space-y-1">
        <label htmlFor="snapshot-as-of" className={labelClass}>{t("fields.asOf")}</label>
        <select id="snapshot-as-of" name="asOf" defaultValue={state.values?.asOf ?? ""} aria-describedby="snapshot-as-of-errors" className={inputClass}>
          <option value="">{t("fields.asOfLive")}</option>
          {months.map((month) => (
            <option key={month} value={month}>{format.dateTime(monthAsDate(month as MonthKey), MONTH_LONG)}</option>
          ))}
        </select>
        <FieldErrors id="snapshot-as-of-errors" codes={errors.asOf} hint={t("fields.asOfHint")} namespace="snapshots" />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>{pending ? t("publishing") : t("publish")}</button>
    </form>
  );
}
