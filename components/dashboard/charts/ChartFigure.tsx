"use client";
// A chart with its title and, for screen readers and for reading exact values, the same data as
// a table behind "show as table" (WCAG 1.1.1: a text alternative to non-text content). One client
// component draws both from the same plain rows, so the page sends the numbers once; the table's
// cells are rendered when it is opened (a native <details>, reachable by keyboard and screen
// readers), not on every page load by the server.
import { useLocale, useTranslations } from "next-intl";
import { useState, useSyncExternalStore, type ReactNode } from "react";
import type { ChartRow, ChartSeries } from "@/lib/dashboard/chart-rows";
import { numberFormat } from "@/lib/dashboard/number-format";
import { Table, TBody, Td, Th, THead, Tr } from "@/components/ui/Table";
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
  // The chart is drawn in the browser only: it sizes itself from the page's layout, which the
  // server does not have, and the server's time is better spent on the figures (the table below
  // is the text alternative). A box of the chart's height keeps the page from jumping.
  const inBrowser = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const [open, setOpen] = useState(false);
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
      <details className="text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer font-medium text-brand-700 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-brand-700">{t("showTable")}</summary>
        {open ? <ChartTable id={id} title={title} rows={rows} series={series} labelHeader={labelHeader} format={number.format} /> : null}
      </details>
      {actions}
    </figure>
  );
}

function ChartTable(props: { id: string; title: string; rows: ChartRow[]; series: ChartSeries[]; labelHeader: string; format: (value: number) => string }) {
  return (
    <Table region={{ "aria-label": props.title }} wrapperClassName="mt-2 max-h-96 overflow-auto" data-testid={`${props.id}-table`}>
      <THead>
        <Tr>
          <Th scope="col">{props.labelHeader}</Th>
          {props.series.map((s) => (
            <Th key={s.key} scope="col" numeric>{s.label}</Th>
          ))}
        </Tr>
      </THead>
      <TBody>
        {props.rows.map((row) => (
          <Tr key={row.label}>
            <Th scope="row">{row.label}</Th>
            {props.series.map((s) => {
              const value = row[s.key];
              return <Td key={s.key} numeric>{typeof value === "number" ? props.format(value) : value}</Td>;
            })}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
