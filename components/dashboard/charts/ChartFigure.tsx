"use client";
// A chart with its title and, for screen readers and for reading exact values, the same data as
// a table behind "show as table" (WCAG 1.1.1: a text alternative to non-text content). One client
// component draws both from the same plain rows, so the page sends the numbers once.
import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore, type ReactNode } from "react";
import type { ChartRow, ChartSeries } from "@/lib/dashboard/chart-rows";
import { numberFormat } from "@/lib/dashboard/number-format";
import { BarGroupChart, barChartHeight } from "./BarGroupChart";
import { LineSeriesChart } from "./LineSeriesChart";

type Props = {
  id: string;
  title: string;
  kind: "lines" | "bars";
  rows: ChartRow[];
  series: ChartSeries[];
  /** Header of the first column (month, category, …). */
  labelHeader: string;
  decimals?: number;
  actions?: ReactNode;
};

const subscribeNothing = () => () => {};

export function ChartFigure({ id, title, kind, rows, series, labelHeader, decimals = 0, actions }: Props) {
  const t = useTranslations("dashboard.chart");
  const number = numberFormat(useLocale(), { maximumFractionDigits: decimals });
  // The chart is drawn in the browser only: its server-rendered SVG would serve nobody (it needs
  // the browser's width, and the table below is the text alternative), and it costs the server
  // more than the rest of the page.
  const inBrowser = useSyncExternalStore(subscribeNothing, () => true, () => false);
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <figcaption id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </figcaption>
      <div role="img" aria-labelledby={`${id}-title`}>
        {!inBrowser ? (
          <div style={{ height: kind === "lines" ? 300 : barChartHeight(rows.length, series.length) }} />
        ) : kind === "lines" ? (
          <LineSeriesChart rows={rows} series={series} />
        ) : (
          <BarGroupChart rows={rows} series={series} decimals={decimals} />
        )}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-brand-700">{t("showTable")}</summary>
        <div className="mt-2 max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={title}>
          <table className="min-w-full [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums [&_th]:px-2 [&_th]:py-1" data-testid={`${id}-table`}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className="text-left">{labelHeader}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="text-right">{s.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label} className="border-t border-slate-200">
                  <th scope="row" className="text-left font-normal">{row.label}</th>
                  {series.map((s) => {
                    const value = row[s.key];
                    return <td key={s.key}>{typeof value === "number" ? number.format(value) : value}</td>;
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
