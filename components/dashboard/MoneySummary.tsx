// Money allocated and disbursed under the filter, in billions of tenge with one decimal, as the
// programme's reports show it (docs/domain.md, "Money").
import { useFormatter, useTranslations } from "next-intl";
import { sharePercent } from "@/lib/dashboard/percent";

export function MoneySummary({ allocated, disbursed }: { allocated: number; disbursed: number }) {
  const t = useTranslations("dashboard.money");
  const format = useFormatter();
  const billions = (value: number) => t("billions", { amount: format.number(value / 1e9, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  return (
    <section aria-labelledby="money-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="money-title" className="text-lg font-semibold text-slate-900">
        {t("title")}
      </h2>
      <dl className="mt-2 grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-700">{t("allocated")}</dt>
          <dd className="text-2xl font-bold tabular-nums text-brand-900" data-testid="money-allocated" data-value={allocated}>
            {billions(allocated)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700">{t("disbursed")}</dt>
          <dd className="text-2xl font-bold tabular-nums text-brand-900" data-testid="money-disbursed" data-value={disbursed}>
            {billions(disbursed)}
          </dd>
        </div>
      </dl>
      {allocated > 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {t("share", { percent: format.number(sharePercent(disbursed, allocated)! / 100, { style: "percent", maximumFractionDigits: 1 }) })}
        </p>
      ) : null}
    </section>
  );
}
