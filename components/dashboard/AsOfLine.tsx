// When the figures were read, and which year's targets they are measured against.
import { useFormatter, useTranslations } from "next-intl";

/** `targets` undefined: the page measures nothing against targets (trends). */
export function AsOfLine({ asOf, targets }: { asOf: Date; targets?: { year: number | null; apply: boolean } }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  return (
    <div className="space-y-1 text-sm text-slate-700">
      <p className="flex flex-wrap gap-x-4">
        <span>
          {t.rich("asOf", {
            time: format.dateTime(asOf, { dateStyle: "long", timeStyle: "short" }),
            when: (chunks) => (
              <time dateTime={asOf.toISOString()} data-testid="dashboard-as-of">
                {chunks}
              </time>
            ),
          })}
        </span>
        {targets?.apply ? <span>{targets.year === null ? t("noTargets") : t("targetYear", { year: String(targets.year) })}</span> : null}
      </p>
      {targets && !targets.apply ? <p className="max-w-4xl text-slate-600">{t("targetsWholeProgramme")}</p> : null}
    </div>
  );
}
