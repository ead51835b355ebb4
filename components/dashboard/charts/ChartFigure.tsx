// A chart with its title and, for screen readers and for reading exact values, the same data as
// a table behind "show as table" (WCAG 1.1.1: a text alternative to non-text content).
import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ChartRow, ChartSeries } from "@/lib/dashboard/chart-rows";

type Props = {
  id: string;
  title: string;
  rows: ChartRow[];
  series: ChartSeries[];
  /** Header of the first column (month, category, …). */
  labelHeader: string;
  decimals?: number;
  /** The chart (a client component); presented as one image named by the title. */
  children: ReactNode;
  actions?: ReactNode;
};

export function ChartFigure({ id, title, rows, series, labelHeader, decimals = 0, children, actions }: Props) {
  const t = useTranslations("dashboard.chart");
  const format = useFormatter();
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <figcaption id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title`}>
        {children}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-brand-700">{t("showTable")}</summary>
        <div className="mt-2 max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={title}>
          <table className="min-w-full" data-testid={`${id}-table`}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="px-2 py-1 text-left">{labelHeader}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="px-2 py-1 text-right">{s.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label} className="border-t border-slate-200">
                  <th scope="row" className="px-2 py-1 text-left font-normal">{row.label}</th>
                  {series.map((s) => {
                    const value = row[s.key];
                    return (
                      <td key={s.key} className="px-2 py-1 text-right tabular-nums">
                        {typeof value === "number" ? format.number(value, { maximumFractionDigits: decimals }) : value}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {actions}
    </figure>
  );
}
