"use client";
// Grouped horizontal bars (recharts) for breakdowns: one group per category, type of work or
// funding source. Horizontal, so that long names ("Жилищно-коммунальное хозяйство") stay readable.
import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, ChartSeries } from "@/lib/dashboard/chart-rows";
import { SERIES_COLOURS } from "./palette";

/** Room for every bar and the legend. */
export function barChartHeight(rows: number, series: number): number {
  return 70 + rows * (series * 16 + 24);
}

export function BarGroupChart({ rows, series, decimals = 0 }: { rows: ChartRow[]; series: ChartSeries[]; decimals?: number }) {
  const format = useFormatter();
  const number = (value: unknown) => (typeof value === "number" ? format.number(value, { maximumFractionDigits: decimals }) : String(value ?? ""));
  const height = barChartHeight(rows.length, series.length);
  return (
    <BarChart data={rows} layout="vertical" responsive style={{ width: "100%", height }} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid stroke="#e2e8f0" horizontal={false} />
      <XAxis type="number" tick={{ fontSize: 12, fill: "#334155" }} tickFormatter={(value: number) => format.number(value, { notation: "compact" })} />
      <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12, fill: "#334155" }} />
      <Tooltip formatter={(value) => number(value)} />
      <Legend wrapperStyle={{ fontSize: 13 }} />
      {series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
