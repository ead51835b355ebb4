// The month's figures, computed from the records (lib/reports/figures.ts). Once submitted, the
// figures frozen at submission are shown beside today's, and a figure that has changed since
// says so in words.
import { getFormatter, getTranslations } from "next-intl/server";
import { changedFigures, FIGURE_GROUPS, MONEY_FIGURES, type FigureKey, type FrozenFigures, type MonthFigures } from "@/lib/reports/figures";

export async function FiguresTable({ live, frozen, adjacentTyped }: {
  live: MonthFigures;
  frozen: FrozenFigures | null;
  /** Whether the live adjacent-industry figure is a typed value (false: nothing typed yet). */
  adjacentTyped: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("reports"), getFormatter()]);
  const changed = new Set(frozen ? changedFigures(frozen.figures, live) : []);
  const value = (key: FigureKey, figures: MonthFigures) => {
    if (key === "adjacentIndustryJobs" && !frozen && !adjacentTyped) return "—";
    const n = figures[key];
    return MONEY_FIGURES.has(key) ? format.number(n / 1e6, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) : format.number(n);
  };
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm" data-testid="report-figures">
        <caption className="sr-only">{t("figures.caption")}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">{t("figures.figure")}</th>
            {frozen ? (
              <>
                <th scope="col" className="px-4 py-3 text-right font-semibold">
                  {t("figures.atSubmission", { date: format.dateTime(new Date(frozen.computedAt), { dateStyle: "medium", timeStyle: "short" }) })}
                </th>
                <th scope="col" className="px-4 py-3 text-right font-semibold">{t("figures.now")}</th>
              </>
            ) : (
              <th scope="col" className="px-4 py-3 text-right font-semibold">{t("figures.value")}</th>
            )}
          </tr>
        </thead>
        {FIGURE_GROUPS.map(({ group, keys }) => (
          <tbody key={group} className="divide-y divide-slate-200 border-t border-slate-300">
            <tr className="bg-slate-50">
              <th scope="colgroup" colSpan={frozen ? 3 : 2} className="px-4 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600">
                {t(`figures.groups.${group}`)}
              </th>
            </tr>
            {keys.map((key) => (
              <tr key={key} data-figure={key}>
                <th scope="row" className="px-4 py-2 font-normal text-slate-900">
                  {t(`figures.labels.${key}`)}
                  {changed.has(key) ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">{t("figures.changed")}</span> : null}
                </th>
                {frozen ? <td className="px-4 py-2 text-right tabular-nums" data-column="frozen" data-value={frozen.figures[key]}>{value(key, frozen.figures)}</td> : null}
                <td className="px-4 py-2 text-right tabular-nums" data-column="live" data-value={live[key]}>{value(key, live)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
