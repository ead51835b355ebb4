// The scope's headline figures against their targets, in the order the reply to inquiry ДЗ-145
// names them. Raw numbers sit in data-value so tests compare with the database, not with text.
import { useFormatter, useTranslations } from "next-intl";
import { headlineOf } from "@/lib/snapshots/report";
import type { FullScope } from "@/lib/snapshots/schema";

export function HeadlineTable({ scope }: { scope: FullScope }) {
  const t = useTranslations("summary");
  const format = useFormatter();
  const rows = headlineOf(scope);
  const year = scope.targets.year;
  return (
    <section aria-labelledby="headline-title" className="report-section space-y-3">
      <h2 id="headline-title" className="text-lg font-bold text-brand-900">{t("headlineTitle")}</h2>
      <table className="report-table w-full border-collapse text-sm">
        <thead>
          <tr className="border-b-2 border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4">{t("table.figure")}</th>
            <th scope="col" className="py-2 pr-4 text-right">{t("table.value")}</th>
            <th scope="col" className="py-2 pr-4 text-right">{year === null ? t("table.targetNoYear") : t("table.target", { year: String(year) })}</th>
            <th scope="col" className="py-2 text-right">{t("table.percent")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 text-left font-medium">{t(`figures.${row.key}`)}</th>
              <td className="py-2 pr-4 text-right tabular-nums" data-testid={`summary-${row.key}`} data-value={row.value ?? ""}>
                {row.value === null ? t("table.none") : format.number(row.value)}
              </td>
              <td className="py-2 pr-4 text-right tabular-nums">{row.target === null ? t("table.none") : format.number(row.target)}</td>
              <td className="py-2 text-right tabular-nums">{row.percent === null ? t("table.none") : `${format.number(row.percent)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-600">{t("youthNote")}</p>
    </section>
  );
}
