// The short table by region: the main figures of each of the 20 regions and its progress
// towards its own employment target. Distinct people are counted per region, so a person who
// worked in two regions counts in both rows: the rows need not add up to the country.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/config";
import { localName } from "@/lib/i18n/names";
import type { RegionRow } from "@/lib/snapshots/schema";

const columns = ["projects", "peopleEmployed", "referred", "youthReferred", "commissioned", "permanentJobs"] as const;

export function RegionsTable({ regions, current }: { regions: RegionRow[]; current: string | null }) {
  const t = useTranslations("summary");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  return (
    <section aria-labelledby="regions-title" className="report-section space-y-3">
      <h2 id="regions-title" className="text-lg font-bold text-brand-900">{t("regionsTitle")}</h2>
      <div className="overflow-x-auto print:overflow-visible">
        <table className="report-table w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-slate-300 text-left align-bottom">
              <th scope="col" className="py-2 pr-3">{t("regionsTable.region")}</th>
              {columns.map((column) => (
                <th key={column} scope="col" className="py-2 pr-3 text-right">{t(`regionsTable.${column}`)}</th>
              ))}
              <th scope="col" className="py-2 text-right">{t("regionsTable.peopleTarget")}</th>
            </tr>
          </thead>
          <tbody>
            {regions.map((region) => {
              const target = region.targets.values.PEOPLE_EMPLOYED ?? null;
              return (
                <tr
                  key={region.code}
                  className={"border-b border-slate-200 " + (region.code === current ? "bg-brand-50 font-semibold" : "")}
                  data-testid={`region-row-${region.code}`}
                >
                  <th scope="row" className="py-1.5 pr-3 text-left font-medium">{localName(region, locale)}</th>
                  {columns.map((column) => (
                    <td key={column} className="py-1.5 pr-3 text-right tabular-nums" data-value={region[column]}>
                      {format.number(region[column])}
                    </td>
                  ))}
                  <td className="py-1.5 text-right tabular-nums">
                    {target ? `${format.number(Math.round((region.peopleEmployed / target) * 100))}%` : t("table.none")}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-600">{t("regionsNote")}</p>
    </section>
  );
}
