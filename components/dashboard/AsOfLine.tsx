// When the figures were read (live: they change with every record saved), and which programme
// years' targets they are measured against.
import { useFormatter, useTranslations } from "next-intl";
import type { TargetYears } from "@/lib/dashboard/headline";

/** "Targets for 2020", or for the whole programme with the years' targets summed, or none set. */
export function targetsCaption(t: (key: "noTargets" | "targetYear" | "targetYears", values?: Record<string, string>) => string, years: TargetYears): string {
  if (years === null) return t("noTargets");
  return years.from === years.to ? t("targetYear", { year: String(years.from) }) : t("targetYears", { from: String(years.from), to: String(years.to) });
}

/** `targets` undefined: the page measures nothing against targets (trends). */
export function AsOfLine({ asOf, targets }: { asOf: Date; targets?: { years: TargetYears; apply: boolean } }) {
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
        {targets?.apply ? <span data-testid="targets-caption">{targetsCaption(t, targets.years)}</span> : null}
      </p>
      {targets && !targets.apply ? <p className="max-w-4xl text-slate-600">{t("targetsWholeProgramme")}</p> : null}
    </div>
  );
}
