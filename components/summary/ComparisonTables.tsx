// The change between two snapshots: per figure for the country, and per region for the main
// figures. Raw numbers are in data-value attributes for tests.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { comparedFigures, type Change, type Comparison } from "@/lib/snapshots/compare";
import type { Locale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/names";

const regionFigures = ["projects", "peopleEmployed", "referred", "youthReferred", "commissioned", "permanentJobs"] as const;

function useChangeText() {
  const format = useFormatter();
  const t = useTranslations("summary.table");
  return {
    value: (value: number | null) => (value === null ? t("none") : format.number(value)),
    change: (change: number | null) => (change === null ? t("none") : change > 0 ? `+${format.number(change)}` : format.number(change)),
  };
}

function ChangeCell({ change }: { change: Change }) {
  const text = useChangeText();
  const tone = change.change === null || change.change === 0 ? "text-slate-700" : change.change > 0 ? "text-green-800" : "text-red-800";
  return (
    <td className={`py-1.5 pr-3 text-right tabular-nums ${tone}`} data-value={change.change ?? ""}>
      {text.change(change.change)}
    </td>
  );
}

export function ComparisonTables({ comparison }: { comparison: Comparison }) {
  const t = useTranslations("snapshots.compare");
  const tFigures = useTranslations("summary.figures");
  const locale = useLocale() as Locale;
  const text = useChangeText();
  return (
    <>
      <section aria-labelledby="compare-national" className="space-y-3">
        <h2 id="compare-national" className="text-lg font-bold text-brand-900">{t("national")}</h2>
        <table className="w-full border-collapse text-sm" data-testid="compare-national">
          <thead>
            <tr className="border-b-2 border-slate-300 text-left">
              <th scope="col" className="py-2 pr-3">{t("figure")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("fromValue")}</th>
              <th scope="col" className="py-2 pr-3 text-right">{t("toValue")}</th>
              <th scope="col" className="py-2 text-right">{t("change")}</th>
            </tr>
          </thead>
          <tbody>
            {comparedFigures.map((key) => {
              const change = comparison.national[key];
              return (
                <tr key={key} className="border-b border-slate-200" data-testid={`compare-${key}`}>
                  <th scope="row" className="py-1.5 pr-3 text-left font-medium">{tFigures(key)}</th>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{text.value(change.from)}</td>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{text.value(change.to)}</td>
                  <ChangeCell change={change} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="compare-regions" className="space-y-3">
        <h2 id="compare-regions" className="text-lg font-bold text-brand-900">{t("byRegion")}</h2>
        <p className="text-sm text-slate-600">{t("byRegionNote")}</p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b-2 border-slate-300 text-left align-bottom">
                <th scope="col" className="py-2 pr-3">{t("region")}</th>
                {regionFigures.map((key) => (
                  <th key={key} scope="col" className="py-2 pr-3 text-right">{tFigures(key)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.regions.map(({ region, figures }) => (
                <tr key={region.code} className="border-b border-slate-200" data-testid={`compare-region-${region.code}`}>
                  <th scope="row" className="py-1.5 pr-3 text-left font-medium">{localName(region, locale)}</th>
                  {regionFigures.map((key) => (
                    <ChangeCell key={key} change={figures[key]} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
