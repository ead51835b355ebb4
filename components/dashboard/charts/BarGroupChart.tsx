"use client";
// Grouped bars (recharts) for breakdowns: one group per category, work type or funding source.
import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartRow, ChartSeries } from "@/lib/dashboard/chart-rows";
import { SERIES_COLOURS } from "./palette";

export function BarGroupChart({ rows, series, height = 280, decimals = 0 }: { rows: ChartRow[]; series: ChartSeries[]; height?: number; decimals?: number }) {
  const format = useFormatter();
  const number = (value: unknown) => (typeof value === "number" ? format.number(value, { maximumFractionDigits: decimals }) : String(value ?? ""));
  return (
    <BarChart data={rows} responsive style={{ width: "100%", height }} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
      <CartesianGrid stroke="#e2e8f0" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} interval={0} />
      <YAxis tick={{ fontSize: 12, fill: "#334155" }} tickFormatter={(value: number) => format.number(value, { notation: "compact" })} width={56} />
      <Tooltip formatter={(value) => number(value)} />
      <Legend wrapperStyle={{ fontSize: 13 }} />
      {series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={SERIES_COLOURS[i % SERIES_COLOURS.length]} isAnimationActive={false} />
      ))}
    </BarChart>
  );
}
