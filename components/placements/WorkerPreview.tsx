"use client";
// What the IIN says, shown while it is typed: the first mistake, or birth date, sex, age on the
// hiring date and a youth badge (14–35, Law No. 285-V art. 1). Announced politely to screen
// readers; the input points at it with aria-describedby.
import { useTranslations } from "next-intl";
import { useFormText } from "@/components/ui/form-text";
import { dayLabel } from "@/lib/placements/days";
import { MIN_HIRING_AGE } from "@/lib/placements/rules";
import type { WorkerPreview as Preview } from "@/lib/placements/worker-preview";

/** Youth at hiring; `compact` (in tables) shows only the positive case, with the short label. */
export function YouthBadge({ youth, compact = false }: { youth: boolean; compact?: boolean }) {
  const t = useTranslations("placements");
  if (youth) {
    return <span className="rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">{compact ? t("youthBadge") : t("preview.youth")}</span>;
  }
  return compact ? null : <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">{t("preview.notYouth")}</span>;
}

export function WorkerPreview({ id, preview }: { id: string; preview: Preview }) {
  const t = useTranslations("placements");
  const { error } = useFormText("placements");
  return (
    <div id={id} aria-live="polite" className="min-h-6 text-sm" data-testid="iin-preview">
      {preview.state === "incomplete" ? <p className="text-slate-600">{t("preview.incomplete", { digits: preview.digits })}</p> : null}
      {preview.state === "invalid" ? <p className="font-medium text-red-700">{error(preview.code)}</p> : null}
      {preview.state === "valid" ? (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1 rounded border border-brand-100 bg-brand-50 px-3 py-2 text-slate-800">
          <span className="font-semibold">{t("preview.label")}:</span>
          <span>{t("preview.birth", { birthDate: dayLabel(preview.birthDate) })}</span>
          <span>{t("preview.sex", { sex: t(`sex.${preview.sex}`) })}</span>
          {preview.age === null ? (
            <span className="text-slate-600">{t("preview.needHiringDate")}</span>
          ) : (
            <>
              <span>{t("preview.age", { age: preview.age })}</span>
              <YouthBadge youth={preview.youth === true} />
            </>
          )}
          {preview.underMinimumAge ? <p className="w-full font-medium text-red-700">{error("underMinimumAge", { age: MIN_HIRING_AGE })}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
