// The overview's pointer to the data-quality section: how many monthly reports are late.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";

export function QualitySummary({ total, href }: { total: number; href: string }) {
  const t = useTranslations("dashboard.quality");
  const format = useFormatter();
  return (
    <section aria-labelledby="quality-summary-title" className="flex flex-wrap items-baseline justify-between gap-3 rounded-lg border border-slate-200 bg-white p-5">
      <div>
        <h2 id="quality-summary-title" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        <p className="mt-1 font-semibold" data-testid="late-reports-total" data-value={total}>
          {total === 0 ? t("none") : t("totalLate", { count: format.number(total) })}
        </p>
      </div>
      <Link href={href} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900">
        {t("more")}
      </Link>
    </section>
  );
}
