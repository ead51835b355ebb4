// How many projects break each check, per region; every number links to the list of those
// projects.
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CheckId } from "@/lib/checks/rules";
import type { CheckCounts } from "@/lib/checks/queries";
import { regionLabel } from "@/components/reports/format";

const link = "font-semibold text-brand-700 underline hover:text-brand-900";

export async function CheckCountsTable({ data, showTotals }: { data: CheckCounts; showTotals: boolean }) {
  const [t, format, locale] = await Promise.all([getTranslations("checks"), getFormatter(), getLocale()]);
  const total = (check: CheckId) => Object.values(data.counts[check] ?? {}).reduce((sum, n) => sum + n, 0);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid="check-counts">
        <caption className="sr-only">{t("counts.caption")}</caption>
        <thead className="bg-slate-100 align-bottom text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">{t("counts.region")}</th>
            {data.checks.map((check) => (
              <th key={check} scope="col" className="max-w-36 px-3 py-2 text-right font-semibold">{t(`names.${check}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {showTotals ? (
            <tr className="bg-slate-50" data-region="all">
              <th scope="row" className="px-3 py-2 font-semibold">{t("counts.allRegions")}</th>
              {data.checks.map((check) => (
                <td key={check} className="px-3 py-2 text-right tabular-nums" data-check={check}>
                  {total(check) > 0 ? <Link href={`/checks?check=${check}`} className={link}>{format.number(total(check))}</Link> : "0"}
                </td>
              ))}
            </tr>
          ) : null}
          {data.regions.map((region) => (
            <tr key={region.id} data-region={region.code}>
              <th scope="row" className="px-3 py-2 font-medium">{regionLabel(region, locale)}</th>
              {data.checks.map((check) => {
                const n = data.counts[check]?.[region.id] ?? 0;
                return (
                  <td key={check} className="px-3 py-2 text-right tabular-nums" data-check={check}>
                    {n > 0 ? (
                      <Link href={`/checks?check=${check}&region=${region.code}`} className={link}
                        aria-label={t("counts.cellLabel", { count: n, check: t(`names.${check}`), region: regionLabel(region, locale) })}>
                        {format.number(n)}
                      </Link>
                    ) : "0"}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
