// The national figures as the regions reported them: each region's latest approved monthly
// report, as frozen at submission, summed (lib/reports/approved-totals.ts). Beside the live
// figures above it, it says which months the reports are of and which regions have none, so a
// deputy can quote either and say what it is.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { APPROVED_TOTAL_KEYS, type ApprovedTotals } from "@/lib/reports/approved-totals";
import type { RegionRef } from "@/lib/reports/queries";
import type { Locale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/names";
import { figureText, MONTH_LONG, monthAsDate } from "@/components/reports/format";

export async function ApprovedTotalsSection({ totals }: { totals: ApprovedTotals<RegionRef> }) {
  const [t, tLabels, format, locale] = await Promise.all([
    getTranslations("summary.approved"),
    getTranslations("reports.figures.labels"),
    getFormatter(),
    getLocale() as Promise<Locale>,
  ]);
  const months = totals.months
    .map(({ month, regions }) => t("monthRegions", { month: format.dateTime(monthAsDate(month), MONTH_LONG), regions }))
    .join("; ");
  return (
    <section aria-labelledby="approved-title" className="report-section space-y-2" data-testid="approved-totals">
      <h2 id="approved-title" className="text-lg font-bold text-brand-900">{t("title")}</h2>
      <p className="max-w-4xl text-sm text-slate-700">{t("intro")}</p>
      {totals.regionsReporting === 0 ? (
        <p className="text-slate-800">{t("none")}</p>
      ) : (
        <>
          <p className="text-sm text-slate-800" data-testid="approved-months">
            {t("months", { regions: totals.regionsReporting, months })}
          </p>
          {totals.regionsWithout.length > 0 ? (
            <p className="text-sm text-slate-800" data-testid="approved-missing">
              {t("without", { regions: totals.regionsWithout.map((region) => localName(region, locale)).join(", ") })}
            </p>
          ) : null}
          <table className="w-full max-w-3xl border-collapse text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-1 pr-4">{t("figure")}</th>
                <th scope="col" className="py-1 pr-4 text-right">{t("value")}</th>
              </tr>
            </thead>
            <tbody>
              {APPROVED_TOTAL_KEYS.map((key) => {
                const { value, regions } = totals.figures[key];
                return (
                  <tr key={key} className="border-b border-slate-100">
                    <th scope="row" className="py-1 pr-4 text-left font-normal">{tLabels(key)}</th>
                    <td className="py-1 pr-4 text-right tabular-nums" data-testid={`approved-${key}`} data-value={value}>
                      {figureText(format, key, value)}
                      {regions < totals.regionsReporting ? <span className="block text-xs text-slate-600">{t("partial", { regions, total: totals.regionsReporting })}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
